package org.enforcement.stats.ingestion;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An event that could not be turned into metrics, kept as it was read with why it failed. */
@Schema(name = "DeadLetter")
public record DeadLetter(
        UUID eventId,
        @Schema(example = "case") String feed,
        @Schema(description = "The event's position in its feed (the cursor value)", example = "1042") long feedEventId,
        @Schema(example = "PaymentRecorded") String type,
        @Schema(example = "苏0804") String court,
        String caseId,
        String aggregateType,
        String aggregateId,
        // Deliberately untyped: a dead letter is an event that did not read as its type's record.
        @Schema(type = SchemaType.OBJECT, description = "The payload as the feed published it. Not typed here: it"
                + " failed to read as the `<type>Payload` of its source's contract (case-service or"
                + " operation-service), which is why it is a dead letter") Object payload,
        Instant occurredAt,
        @Schema(description = "Why it could not be applied", example = "payload.amount is not a number: \"abc\"")
        String error,
        Instant firstFailedAt,
        Instant lastFailedAt,
        @Schema(description = "How often applying it failed (reads of the feed and retries)", example = "1")
        int attempts) {
}
