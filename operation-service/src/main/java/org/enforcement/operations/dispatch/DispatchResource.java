package org.enforcement.operations.dispatch;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.enforcement.commons.openapi.ProblemResponses;
import org.enforcement.commons.ratelimit.PerCourtRateLimit;
import org.enforcement.commons.security.Roles;

@Path("/api/operations/{operationId}")
@Tag(name = "Dispatch", description = "Travel times and dispatch plans: which team goes to which debtor, and when"
        + " (派警方案)")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class DispatchResource {

    @Inject
    DispatchService service;

    @Inject
    TravelTimeService travelTimes;

    @PUT
    @Path("/travel-times")
    @RolesAllowed({Roles.JUDGE, Roles.DIRECTOR})
    @APIResponse(responseCode = "200", description = "The matrix as stored")
    @Operation(operationId = "replaceTravelTimes", summary = "Supply the travel-time matrix (replaces the previous one)",
            description = "Minutes from ASSEMBLY (the assembly point) or a target to a target, 0..1440. A leg given"
                    + " in one direction only is used for both; legs not given are estimated from great-circle"
                    + " distance at operation.dispatch.speed-kmh. Malformed entries, self-legs and repeated legs are"
                    + " 400; places that are not targets of the operation are 422. The stored dispatch plan is"
                    + " dropped (it used the old times).")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = TravelTimeMatrix.class),
            examples = @ExampleObject(name = "Huaiyin", value = """
                    {"entries": [
                      {"from": "ASSEMBLY", "to": "6f1c2b9e-0d2a-4c55-9a57-1b2f3c4d5e6f", "minutes": 19},
                      {"from": "ASSEMBLY", "to": "0a7d5e3c-8b1f-4e2a-b6c4-9d8e7f6a5b4c", "minutes": 58}]}""")))
    @ProblemResponses.BadRequest
    @ProblemResponses.Unauthenticated
    @ProblemResponses.Forbidden
    @ProblemResponses.NotFound
    @ProblemResponses.Conflict
    @ProblemResponses.Unprocessable
    public TravelTimeMatrix replaceTravelTimes(@PathParam("operationId") UUID operationId,
                                               @NotNull @Valid TravelTimeMatrix request) {
        return travelTimes.replaceTravelTimes(operationId, request);
    }

    @GET
    @Path("/travel-times")
    @RolesAllowed({Roles.CLERK, Roles.JUDGE, Roles.DIRECTOR, Roles.OFFICER, Roles.OBSERVER, Roles.INTEGRATOR})
    @APIResponse(responseCode = "200", description = "The matrix")
    @Operation(operationId = "getTravelTimes", summary = "The court's travel-time matrix (empty if none supplied)")
    @ProblemResponses.Unauthenticated
    @ProblemResponses.Forbidden
    @ProblemResponses.NotFound
    public TravelTimeMatrix travelTimes(@PathParam("operationId") UUID operationId) {
        return travelTimes.travelTimes(operationId);
    }

    @POST
    @Path("/dispatch-plan")
    @Consumes(MediaType.WILDCARD) // the body is optional: any (or no) Content-Type without one
    @RolesAllowed({Roles.JUDGE, Roles.DIRECTOR, Roles.OFFICER})
    @Operation(operationId = "computeDispatchPlan", summary = "Compute the dispatch plan for the pending targets",
            description = "All teams leave the assembly point at the departure time on the operation's date"
                    + " (Asia/Shanghai). Only PENDING targets are planned, so computing again after a target was"
                    + " marked absent re-plans without it. Pinned targets stay with their team; a team arriving"
                    + " before arriveNotBefore waits; arriveNotAfter must be met. An optional body gives the minutes"
                    + " spent at the targets (serviceMinutes for all, serviceTimes per target; 0 without a body):"
                    + " a team leaves a target that much after arriving. The plan minimises the latest arrival, then"
                    + " total travel, and reports a lower bound of the latest arrival and the gap to it. The search"
                    + " runs a fixed number of rounds per target (the same plan for the same data) and stops at"
                    + " operation.dispatch.time-limit at the latest. 400 for a malformed body or a target listed"
                    + " twice; 422 unknown-target when serviceTimes names a target not of this operation."
                    + " 409 without teams; 422 without pending targets (no-pending-targets), when a leg's time is"
                    + " unknown (travel-time-unknown), when a window cannot be met even going straight there"
                    + " (window-unreachable) or when no plan meets every window and pin (no-feasible-plan)."
                    + " A court may compute enforcement.rate-limit.per-court.dispatch.requests plans per period (all"
                    + " its users together); beyond that 429 rate-limited with Retry-After.")
    @APIResponse(responseCode = "200", description = "The plan (also stored; GET returns it)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = DispatchPlanResponse.class)))
    @ProblemResponses.Unauthenticated
    @ProblemResponses.Forbidden
    @ProblemResponses.NotFound
    @ProblemResponses.Conflict
    @ProblemResponses.Unprocessable
    @RequestBody(required = false, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = DispatchPlanRequest.class),
            examples = @ExampleObject(name = "Half an hour at each door, two hours at one", value = """
                    {"serviceMinutes": 30,
                     "serviceTimes": [{"targetId": "6f1c2b9e-0d2a-4c55-9a57-1b2f3c4d5e6f", "minutes": 120}]}""")))
    @ProblemResponses.BadRequest
    @PerCourtRateLimit("dispatch") // up to operation.dispatch.time-limit of CPU a plan: one court may not hog the CPUs
    public DispatchPlanResponse compute(@PathParam("operationId") UUID operationId,
                                        @Valid DispatchPlanRequest request) {
        return service.compute(operationId, request);
    }

    @GET
    @Path("/dispatch-plan")
    @RolesAllowed({Roles.CLERK, Roles.JUDGE, Roles.DIRECTOR, Roles.OFFICER, Roles.OBSERVER, Roles.INTEGRATOR})
    @Operation(operationId = "getDispatchPlan", summary = "The last computed dispatch plan",
            description = "404 dispatch-plan-not-found when none was computed since the teams or travel times last"
                    + " changed.")
    @APIResponse(responseCode = "200", description = "The plan", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DispatchPlanResponse.class)))
    @ProblemResponses.Unauthenticated
    @ProblemResponses.Forbidden
    @ProblemResponses.NotFound
    public DispatchPlanResponse plan(@PathParam("operationId") UUID operationId) {
        return service.plan(operationId);
    }
}
