package org.enforcement.stats.ingestion;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How far a feed has been read and how its last poll went. */
@Schema(name = "FeedStatus")
public record FeedStatus(
        @Schema(example = "case") String feed,
        @Schema(description = "The last event id applied (the cursor)", example = "1042") long lastEventId,
        @Schema(description = "Events applied since the start (replays not counted)") long eventsApplied,
        Instant lastPolledAt,
        @Schema(description = "When a poll last succeeded") Instant lastSuccessAt,
        @Schema(description = "Why the last poll failed; null when it succeeded", example = "HTTP 500 from case-service")
        String lastError) {
}
