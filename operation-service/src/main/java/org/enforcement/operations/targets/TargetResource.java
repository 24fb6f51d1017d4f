package org.enforcement.operations.targets;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.enforcement.commons.idempotency.IdempotencyKeys;
import org.enforcement.commons.idempotency.Idempotent;
import org.enforcement.commons.openapi.ProblemResponses;
import org.enforcement.commons.problem.Problem;
import org.enforcement.commons.security.Roles;

@Path("/api/operations/{operationId}/targets")
@Tag(name = "Targets", description = "Debtors to seek: enforcement cases of case-service")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TargetResource {

    @Inject
    TargetService service;

    @POST
    @RolesAllowed({Roles.JUDGE, Roles.DIRECTOR, Roles.OFFICER})
    @Operation(operationId = "addTarget", summary = "Add a case whose debtor the operation will seek",
            description = "case-service is asked, with your token, whether the case exists in your court and is in"
                    + " enforcement. If case-service cannot be reached the answer is 503 with Retry-After.")
    @APIResponse(responseCode = "201", description = "Added", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = TargetResponse.class)))
    @APIResponse(responseCode = "503", description = "case-service unavailable; retry after the Retry-After seconds",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ProblemResponses.BadRequest
    @ProblemResponses.Unauthenticated
    @ProblemResponses.Forbidden
    @ProblemResponses.NotFound
    @ProblemResponses.Conflict
    @ProblemResponses.Unprocessable
    @Idempotent("add-target")
    public Response add(
            @Parameter(description = "Optional client-chosen unique key, e.g. a UUID; makes retries safe")
            @HeaderParam(IdempotencyKeys.HEADER) String idempotencyKey,
            @PathParam("operationId") UUID operationId, @NotNull @Valid AddTargetRequest request) {
        TargetResponse t = service.add(operationId, request);
        return Response.created(URI.create("/api/operations/" + operationId + "/targets/" + t.id())).entity(t).build();
    }

    @GET
    @RolesAllowed({Roles.CLERK, Roles.JUDGE, Roles.DIRECTOR, Roles.OFFICER, Roles.OBSERVER, Roles.INTEGRATOR})
    @APIResponse(responseCode = "200", description = "The targets")
    @Operation(operationId = "listTargets", summary = "The operation's targets")
    @ProblemResponses.Unauthenticated
    @ProblemResponses.Forbidden
    @ProblemResponses.NotFound
    public List<TargetResponse> list(@PathParam("operationId") UUID operationId) {
        return service.list(operationId);
    }

    @PUT
    @Path("/{targetId}/pin")
    @RolesAllowed({Roles.JUDGE, Roles.DIRECTOR})
    @APIResponse(responseCode = "200", description = "The target after the change")
    @Operation(operationId = "pinTarget", summary = "Fix a target to a team by hand (teamId null unpins)")
    @ProblemResponses.BadRequest
    @ProblemResponses.Unauthenticated
    @ProblemResponses.Forbidden
    @ProblemResponses.NotFound
    @ProblemResponses.Conflict
    @ProblemResponses.Unprocessable
    public TargetResponse pin(@PathParam("operationId") UUID operationId, @PathParam("targetId") UUID targetId,
                              @NotNull @Valid PinTargetRequest request) {
        return service.pin(operationId, targetId, request.teamId());
    }

    @POST
    @Path("/{targetId}/absence")
    @Consumes(MediaType.WILDCARD) // no body
    @RolesAllowed({Roles.JUDGE, Roles.DIRECTOR, Roles.OFFICER})
    @APIResponse(responseCode = "200", description = "The target, now ABSENT")
    @Operation(operationId = "markTargetAbsent", summary = "Mark the debtor absent; re-planning leaves the target out")
    @ProblemResponses.Unauthenticated
    @ProblemResponses.Forbidden
    @ProblemResponses.NotFound
    @ProblemResponses.Conflict
    public TargetResponse absent(@PathParam("operationId") UUID operationId, @PathParam("targetId") UUID targetId) {
        return service.markAbsent(operationId, targetId);
    }
}
