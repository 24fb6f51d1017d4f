package org.enforcement.commons.webhooks;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A subscription to the caller's court's events. */
@Schema(name = "CreateWebhookRequest")
public record CreateWebhookRequest(
        @Schema(description = "Where the events are POSTed: an absolute https URL of a public host, without user"
                + " name, password or fragment", example = "https://hooks.example.org/enforcement", maxLength = 2000)
        @NotNull @Size(max = WebhookUrls.MAX_LENGTH) String url,
        @Schema(description = "The event types to receive, among the `type`s of this service's event feed (e.g."
                + " PaymentRecorded in case-service, OperationPlanned in operation-service); empty or absent: every"
                + " type")
        @Size(max = 100) List<@NotNull @Size(max = 64) String> eventTypes,
        @Schema(description = "What the subscription is for (shown in listings)", example = "淮安市财政局 执行款对账",
                maxLength = 200)
        @Size(max = 200) String description) {
}
