package org.enforcement.commons.webhooks;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The answer to creating a subscription: the only time its signing secret is shown. */
@Schema(name = "NewWebhook")
public record NewWebhook(
        UUID id,
        @Schema(example = "https://hooks.example.org/enforcement") String url,
        @Schema(description = "Event types received; empty: every type") List<String> eventTypes,
        @Schema(nullable = true) String description,
        @Schema(enumeration = {"ACTIVE", "DISABLED"}) String status,
        String createdBy,
        Instant createdAt,
        @Schema(description = "The signing secret (Standard Webhooks): `whsec_` and the base64 of the HMAC-SHA256 key."
                + " Shown only in this answer; keep it, then verify `webhook-signature` of every POST with it",
                example = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw") String secret) {
}
