package org.enforcement.commons.events;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One entry of the event feed. {@code id} is the cursor; {@code eventId} is the id to deduplicate on. */
@Schema(name = "DomainEvent", description = "A state change, in commit order")
public record DomainEvent(
        @Schema(description = "Position in the feed; pass the last one seen as `after`", example = "1042") long id,
        @Schema(description = "Globally unique id of the event, stable across replays") UUID eventId,
        @Schema(example = "PaymentRecorded") String type,
        @Schema(example = "苏0804") String court,
        @Schema(description = "Enforcement case the event is about, if any") String caseId,
        @Schema(example = "Payment") String aggregateType,
        String aggregateId,
        @Schema(description = "Event-specific facts: amounts (exact decimals), statuses, counts; never personal data")
        Map<String, Object> payload,
        Instant occurredAt) {
}
