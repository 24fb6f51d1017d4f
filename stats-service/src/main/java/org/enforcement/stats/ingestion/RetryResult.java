package org.enforcement.stats.ingestion;

import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What retrying a dead letter did: APPLIED (counted now) or ALREADY_APPLIED (it had been counted; nothing added). */
@Schema(name = "DeadLetterRetry", description = "APPLIED: counted now; ALREADY_APPLIED: it had been counted, nothing"
        + " added")
public record RetryResult(UUID eventId, Outcome outcome) {

    @Schema(name = "DeadLetterRetryOutcome")
    public enum Outcome { APPLIED, ALREADY_APPLIED }
}
