package org.enforcement.commons.webhooks;

import io.quarkus.arc.properties.IfBuildProperty;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.enforcement.commons.idempotency.IdempotencyKeys;
import org.enforcement.commons.idempotency.Idempotent;
import org.enforcement.commons.openapi.ProblemResponses;
import org.enforcement.commons.paging.LogCursor;
import org.enforcement.commons.problem.Problem;
import org.enforcement.commons.security.Roles;

/**
 * Webhooks of the caller's court: the event feed pushed as signed POSTs (Standard Webhooks). The feed stays the
 * source of truth; a webhook only saves the polling. Integrators and the bureau director manage them.
 */
@Path("/api/webhooks")
@Tag(name = "Webhooks", description = "The court's events pushed as signed POSTs (Standard Webhooks); the event feed"
        + " stays the source of truth")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.INTEGRATOR, Roles.DIRECTOR})
@IfBuildProperty(name = "webhooks.enabled", stringValue = "true")
public class WebhookResource {

    public static final int MAX_LIMIT = 100;

    @Inject
    WebhookService service;

    @Inject
    WebhookDeliveryLog log;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createWebhook", summary = "Subscribe a URL to the court's events",
            description = "Events of the caller's court committed from now on (of the chosen types) are POSTed to the"
                    + " URL, signed with the secret in the answer, which is shown this once. Retries follow a"
                    + " back-off schedule; after persistent failure the webhook is disabled. An Idempotency-Key makes"
                    + " a retried request answer as the first one did.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = CreateWebhookRequest.class),
            examples = @ExampleObject(name = "every event type of the court", value = """
                    {"url": "https://hooks.example.org/enforcement", "description": "执行款对账"}""")))
    @APIResponse(responseCode = "201", description = "Subscribed; the secret is in this answer only",
            headers = {@Header(name = "Location"), @Header(name = "Idempotent-Replayed",
                    description = "true when this is the stored response of an earlier request with the same key")},
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = NewWebhook.class)))
    @ProblemResponses.BadRequest
    @ProblemResponses.Unauthenticated
    @ProblemResponses.Forbidden
    @ProblemResponses.Conflict
    @Idempotent("create-webhook")
    public Response create(@Parameter(description = "Client-chosen unique key, e.g. a UUID")
                           @HeaderParam(IdempotencyKeys.HEADER) String idempotencyKey,
                           @NotNull @Valid CreateWebhookRequest request) {
        NewWebhook created = service.create(request);
        return Response.created(URI.create("/api/webhooks/" + created.id())).entity(created).build();
    }

    @GET
    @APIResponse(responseCode = "200", description = "The court's webhooks, oldest first")
    @Operation(operationId = "listWebhooks", summary = "The court's webhooks (secrets are never shown again)")
    @ProblemResponses.Unauthenticated
    @ProblemResponses.Forbidden
    public List<WebhookView> list() {
        return service.list();
    }

    @GET
    @Path("/{webhookId}")
    @APIResponse(responseCode = "200", description = "The webhook")
    @Operation(operationId = "getWebhook", summary = "One webhook (its secret is never shown again)")
    @ProblemResponses.Unauthenticated
    @ProblemResponses.Forbidden
    @ProblemResponses.NotFound
    public WebhookView get(@PathParam("webhookId") UUID webhookId) {
        return service.get(webhookId);
    }

    @POST
    @Path("/{webhookId}/disable")
    @APIResponse(responseCode = "200", description = "Disabled (or already was)")
    @Operation(operationId = "disableWebhook", summary = "Stop pushing to a webhook",
            description = "Nothing is sent while it is disabled; enabling it resumes with the events it missed.")
    @ProblemResponses.Unauthenticated
    @ProblemResponses.Forbidden
    @ProblemResponses.NotFound
    public WebhookView disable(@PathParam("webhookId") UUID webhookId) {
        return service.setEnabled(webhookId, false);
    }

    @POST
    @Path("/{webhookId}/enable")
    @APIResponse(responseCode = "200", description = "Enabled (or already was)")
    @Operation(operationId = "enableWebhook", summary = "Push to a webhook again",
            description = "Also after it was disabled for persistent failure: the failure count starts again from"
                    + " zero, and the events it missed while disabled are sent, oldest first.")
    @ProblemResponses.Unauthenticated
    @ProblemResponses.Forbidden
    @ProblemResponses.NotFound
    public WebhookView enable(@PathParam("webhookId") UUID webhookId) {
        return service.setEnabled(webhookId, true);
    }

    @DELETE
    @Path("/{webhookId}")
    @APIResponse(responseCode = "204", description = "Deleted (or already was)")
    // No body to answer, but Accept is still matched against application/json (errors are JSON).
    @APIResponse(responseCode = "406", description = "None of the media types in Accept can be produced",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @Operation(operationId = "deleteWebhook", summary = "Delete a webhook",
            description = "Nothing more is sent to it. Deleting a deleted webhook again is no error.")
    @ProblemResponses.Unauthenticated
    @ProblemResponses.Forbidden
    @ProblemResponses.NotFound
    public void delete(@PathParam("webhookId") UUID webhookId) {
        service.delete(webhookId);
    }

    @GET
    @Path("/{webhookId}/deliveries")
    @APIResponse(responseCode = "200", description = "A page of the delivery log")
    @Operation(operationId = "listWebhookDeliveries", summary = "The delivery log: every event pushed and each attempt",
            description = "Oldest first, paged like the event feed: `nextCursor` is never null; keep it and ask again.")
    @ProblemResponses.BadRequest
    @ProblemResponses.Unauthenticated
    @ProblemResponses.Forbidden
    @ProblemResponses.NotFound
    public DeliveryPage deliveries(
            @PathParam("webhookId") UUID webhookId,
            @Parameter(description = "The id of the last delivery already read (`nextCursor` of the previous page);"
                    + " absent or 0 to start", schema = @Schema(type = SchemaType.STRING, pattern = LogCursor.PATTERN))
            @QueryParam("cursor") @Size(max = LogCursor.MAX_LENGTH) String cursor,
            @Parameter(description = "Page size") @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(MAX_LIMIT)
            Integer limit) {
        return log.deliveries(webhookId, LogCursor.position("cursor", cursor), limit);
    }

    @POST
    @Path("/{webhookId}/replay")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "replayWebhook", summary = "Push events again",
            description = "Either the court's events after a feed position (those of the webhook's types, at most a"
                    + " page per request: continue after `lastEventId` while `hasMore`), or one delivery of the log."
                    + " Each is sent with its original `webhook-id`, so a receiver that deduplicates keeps one copy.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ReplayRequest.class),
            examples = @ExampleObject(name = "everything after feed position 1000", value = """
                    {"afterEventId": 1000}""")))
    @APIResponse(responseCode = "202", description = "Set to be sent again",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ReplayResult.class)))
    @ProblemResponses.BadRequest
    @ProblemResponses.Unauthenticated
    @ProblemResponses.Forbidden
    @ProblemResponses.NotFound
    public Response replay(@PathParam("webhookId") UUID webhookId, @NotNull @Valid ReplayRequest request) {
        return Response.accepted(log.replay(webhookId, request)).build();
    }
}
