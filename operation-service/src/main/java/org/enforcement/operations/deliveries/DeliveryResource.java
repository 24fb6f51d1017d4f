package org.enforcement.operations.deliveries;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.enforcement.commons.openapi.ProblemResponses;
import org.enforcement.commons.security.Roles;

@Path("/api/deliveries")
@Tag(name = "Deliveries", description = "Outcomes of the timeline recorded in case-service exactly once: on-site"
        + " payments, summonses, detentions, settlements and hand-overs")
@Produces(MediaType.APPLICATION_JSON)
public class DeliveryResource {

    @Inject
    DeliveryService service;

    @GET
    @RolesAllowed({Roles.DIRECTOR, Roles.JUDGE, Roles.OBSERVER})
    @APIResponse(responseCode = "200", description = "The deliveries")
    @Operation(operationId = "listDeliveries", summary = "Deliveries of your court, newest first",
            description = "PENDING deliveries are sent by a poller and retried with exponential back-off after 5xx,"
                    + " 409 while the key is in flight, 429, timeouts and refused connections; FAILED ones were refused by case-service (another"
                    + " 4xx, its problem in `problem`) and need an operator. At most " + DeliveryService.MAX_LISTED
                    + " are listed.")
    @ProblemResponses.BadRequest
    @ProblemResponses.Unauthenticated
    @ProblemResponses.Forbidden
    public List<DeliveryResponse> list(
            @Parameter(description = "Only deliveries in this status") @QueryParam("status") DeliveryStatus status,
            @Parameter(description = "Only this operation's deliveries") @QueryParam("operationId") UUID operationId) {
        return service.list(status, operationId);
    }

    @GET
    @Path("/{deliveryId}")
    @RolesAllowed({Roles.DIRECTOR, Roles.JUDGE, Roles.OBSERVER})
    @APIResponse(responseCode = "200", description = "The delivery")
    @Operation(operationId = "getDelivery", summary = "One delivery")
    @ProblemResponses.Unauthenticated
    @ProblemResponses.Forbidden
    @ProblemResponses.NotFound
    public DeliveryResponse get(@PathParam("deliveryId") UUID deliveryId) {
        return service.get(deliveryId);
    }

    @POST
    @Path("/{deliveryId}/retry")
    @RolesAllowed(Roles.DIRECTOR)
    @APIResponse(responseCode = "200", description = "The delivery, PENDING again")
    @Operation(operationId = "retryDelivery", summary = "Send a FAILED delivery again",
            description = "After the cause was fixed in case-service (e.g. the case resumed). The delivery becomes"
                    + " PENDING and due at once, with the same body and Idempotency-Key. Only a FAILED delivery can"
                    + " be retried (else 409).")
    @ProblemResponses.Unauthenticated
    @ProblemResponses.Forbidden
    @ProblemResponses.NotFound
    @ProblemResponses.Conflict
    public DeliveryResponse retry(@PathParam("deliveryId") UUID deliveryId) {
        return service.retry(deliveryId);
    }

}
