package org.enforcement.commons.webhooks;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A subscription as its court sees it; the signing secret is only ever shown by {@link NewWebhook}. */
@Schema(name = "Webhook")
public record WebhookView(
        UUID id,
        @Schema(example = "https://hooks.example.org/enforcement") String url,
        @Schema(description = "Event types received; empty: every type") List<String> eventTypes,
        @Schema(nullable = true) String description,
        @Schema(description = "ACTIVE: events are pushed. DISABLED: by a person or after persistent failure (see"
                + " disabledReason); events are enqueued again from where they stopped once enabled",
                enumeration = {"ACTIVE", "DISABLED"}) String status,
        @Schema(nullable = true, example = "20 consecutive failed attempts; the last: HTTP 503") String disabledReason,
        @Schema(description = "Failed attempts since the last success") int consecutiveFailures,
        String createdBy,
        Instant createdAt,
        Instant updatedAt) {
}
