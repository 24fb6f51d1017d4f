package org.enforcement.stats.metrics;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.UUID;

/**
 * One entry of another service's event feed ({@code GET /events}): the fact the metrics are projected from
 * ({@link MetricProjector}); ingestion reads and pages them. Amounts in the payload stay exact decimals.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record FeedEvent(long id, UUID eventId, String type, String court, String caseId, String aggregateType,
                        String aggregateId, JsonNode payload, Instant occurredAt) {
}
