package org.enforcement.stats.ingestion;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.UUID;

/** One entry of another service's event feed ({@code GET /events}); amounts in the payload stay exact decimals. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record FeedEvent(long id, UUID eventId, String type, String court, String caseId, String aggregateType,
                        String aggregateId, JsonNode payload, Instant occurredAt) {
}
