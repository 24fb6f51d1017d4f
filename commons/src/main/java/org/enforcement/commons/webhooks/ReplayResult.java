package org.enforcement.commons.webhooks;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a replay enqueued. */
@Schema(name = "WebhookReplay")
public record ReplayResult(
        @Schema(description = "Deliveries set to be sent again", example = "12") int enqueued,
        @Schema(description = "The last event position replayed; with hasMore, replay again after it", example = "1042")
        long lastEventId,
        @Schema(description = "True when more events after lastEventId are waiting to be replayed") boolean hasMore) {
}
