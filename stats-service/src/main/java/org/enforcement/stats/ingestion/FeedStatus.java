package org.enforcement.stats.ingestion;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How far a feed has been read, how far its source has got, and how its last poll went. */
@Schema(name = "FeedStatus")
public record FeedStatus(
        @Schema(example = "case") String feed,
        @Schema(description = "OK; FAILING: the last poll failed (retried on the next); DIVERGED: the source went"
                + " backwards (restored from an older backup), the feed is not read until rebuilt with"
                + " POST /api/ingestion/{feed}/rebuild", enumeration = {"OK", "FAILING", "DIVERGED"},
                example = "OK")
        String state,
        @Schema(description = "The last event id applied (the cursor)", example = "1042") long lastEventId,
        @Schema(description = "Events applied since the start (replays not counted)") long eventsApplied,
        @Schema(nullable = true) Instant lastPolledAt,
        @Schema(nullable = true, description = "When a poll last succeeded") Instant lastSuccessAt,
        @Schema(nullable = true, description = "Why the last poll failed; null when it succeeded", example = "HTTP 500 from case-service")
        String lastError,
        @Schema(nullable = true, description = "The source's newest event id at the last successful read; null until it reported one",
                example = "1100")
        Long headEventId,
        @Schema(nullable = true, description = "Events the source has that are not applied yet (head − lastEventId) as of the last"
                + " successful read; null when the head is unknown", example = "58")
        Long lagEvents,
        @Schema(nullable = true, description = "Seconds since a poll last succeeded; null when none has", example = "4")
        Long secondsSinceLastSuccess,
        @Schema(description = "Events of this feed set aside as dead letters", example = "0") long deadLetters,
        @Schema(nullable = true, description = "When the source was found to have gone backwards; null unless DIVERGED")
        Instant divergedAt,
        @Schema(nullable = true, description = "What was found: cursor, head and the expected vs found event at the cursor; null"
                + " unless DIVERGED", example = "event at cursor 1042 (head 1100) is"
                + " 0b6f4f2e-8c1d-4a5e-9f00-3d2c1b0a9e88, expected 6f1c2a9e-3b7d-4c1e-9a55-0d2f8b7e4a10")
        String divergedReason) {

    public static final String OK = "OK";
    public static final String FAILING = "FAILING";
    public static final String DIVERGED = "DIVERGED";
}
