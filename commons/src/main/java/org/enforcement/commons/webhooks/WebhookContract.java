package org.enforcement.commons.webhooks;

import java.util.List;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;

/**
 * Describes the POST a subscriber receives in the contract's {@code webhooks} section (OpenAPI 3.1): the body is one
 * event exactly as the feed serves it, with the three Standard Webhooks headers. Only in a service that offers
 * webhooks (its contract has {@code /api/webhooks}).
 */
public class WebhookContract implements OASFilter {

    public static final String NAME = "domainEvent";
    /** The schemas of this package: scanned into every service's contract, kept only where webhooks are offered. */
    private static final List<String> SCHEMAS = List.of("CreateWebhookRequest", "NewWebhook", "Webhook",
            "WebhookDeliveryPage", "WebhookDelivery", "WebhookAttempt", "WebhookReplayRequest", "WebhookReplay");

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItem("/api/webhooks") == null) {
            if (openAPI.getComponents() != null && openAPI.getComponents().getSchemas() != null) {
                SCHEMAS.forEach(openAPI.getComponents()::removeSchema);
            }
            return;
        }
        var operation = OASFactory.createOperation()
                .operationId("receiveDomainEvent")
                .summary("An event of the subscribed court, pushed to the webhook's URL")
                .description("One event as `GET /events` serves it, POSTed once it committed. Verify the signature"
                        + " before trusting the body: `webhook-signature` is `v1,` and the base64 of HMAC-SHA256,"
                        + " keyed with the base64-decoded part of the secret after `whsec_`, over"
                        + " `<webhook-id>.<webhook-timestamp>.<raw body>`; refuse timestamps far from now (replays)."
                        + " Answer 2xx within the timeout; anything else is retried with back-off, and the same"
                        + " `webhook-id` marks every retry and replay of the event.")
                .addParameter(header(WebhookSignature.ID_HEADER, "The event's eventId: deduplicate on it",
                        "7d7f2a9e-5b9c-4c1e-9a53-3f1f0d7e2c41"))
                .addParameter(header(WebhookSignature.TIMESTAMP_HEADER, "When this attempt was signed, Unix seconds",
                        "1764921600"))
                .addParameter(header(WebhookSignature.SIGNATURE_HEADER, "`v1,` + base64(HMAC-SHA256)",
                        "v1,K5oZfzN95Z9UVu1EsfQmfVNQhnkZ2pj9o9NDN/H/pI4="))
                .requestBody(OASFactory.createRequestBody().required(true).content(OASFactory.createContent()
                        .addMediaType("application/json", OASFactory.createMediaType()
                                .schema(OASFactory.createSchema().ref("#/components/schemas/DomainEvent")))))
                .responses(OASFactory.createAPIResponses()
                        .addAPIResponse("2XX", OASFactory.createAPIResponse()
                                .description("Received: the delivery is done"))
                        .defaultValue(OASFactory.createAPIResponse()
                                .description("Anything else, or no answer within the timeout: tried again later")));
        openAPI.addWebhook(NAME, OASFactory.createPathItem().POST(operation));
    }

    private static Parameter header(String name, String description, String example) {
        return OASFactory.createParameter().name(name).in(Parameter.In.HEADER).required(true)
                .description(description).example(example)
                .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING));
    }
}
