package org.enforcement.commons.webhooks;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What to push again: the events after a feed position, or one delivery of the log. Exactly one of the two. */
@Schema(name = "WebhookReplayRequest")
public record ReplayRequest(
        @Schema(description = "Re-send the court's events (of the subscribed types) whose feed `id` is greater than"
                + " this, as far as they were already enqueued; at most a page per request", example = "1000")
        @Min(0) @Max(Long.MAX_VALUE) Long afterEventId,
        @Schema(description = "Re-send this delivery of the log", example = "311") @Min(1) @Max(Long.MAX_VALUE) Long deliveryId) {
}
