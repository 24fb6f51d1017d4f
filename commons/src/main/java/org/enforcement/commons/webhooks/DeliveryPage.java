package org.enforcement.commons.webhooks;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.enforcement.commons.paging.CursorPage;

/** A page of a subscription's delivery log, oldest first. */
@Schema(name = "WebhookDeliveryPage")
public record DeliveryPage(
        List<Delivery> items,
        @Schema(description = "Pass as `cursor` to read on: the id of the page's last delivery, or the request's"
                + " cursor when nothing new; never null (the log has no last page)", example = "311") String nextCursor,
        @Schema(description = "True when more deliveries are waiting right now") boolean hasMore,
        @Schema(description = "The page size served", example = "50") int limit) implements CursorPage<DeliveryPage.Delivery> {

    /** One event for one subscription, and every attempt to push it. */
    @Schema(name = "WebhookDelivery")
    public record Delivery(
            @Schema(description = "Position in the log; a replay of one delivery names it", example = "311") long id,
            @Schema(description = "The event's id in the feed (its `id`), to replay from", example = "1042")
            long eventPosition,
            @Schema(description = "The event's eventId, sent as `webhook-id`: the same on every retry and replay")
            UUID eventId,
            @Schema(example = "PaymentRecorded") String eventType,
            @Schema(description = "PENDING: waiting for its (next) attempt. DELIVERED: the receiver answered 2xx."
                    + " FAILED: every attempt of the retry schedule failed; replay it to try again",
                    enumeration = {"PENDING", "DELIVERED", "FAILED"}) String status,
            @Schema(description = "Attempts since it was enqueued or last replayed") int attempts,
            @Schema(nullable = true, description = "When the next attempt is due (PENDING only)") Instant nextAttemptAt,
            @Schema(nullable = true, description = "The receiver's last HTTP status, if it answered", example = "200") Integer lastStatus,
            @Schema(nullable = true, example = "HTTP 500") String lastError,
            Instant createdAt,
            @Schema(nullable = true) Instant deliveredAt,
            @Schema(description = "Every attempt, oldest first, including those before a replay")
            List<Attempt> attemptLog) {
    }

    /** One POST to the receiver. */
    @Schema(name = "WebhookAttempt")
    public record Attempt(
            Instant attemptedAt,
            @Schema(nullable = true, description = "The receiver's HTTP status; null when it did not answer", example = "500")
            Integer responseStatus,
            @Schema(nullable = true, example = "timed out after 10 s") String error,
            @Schema(example = "84") int durationMs) {
    }
}
