package org.enforcement.operations.teams;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.enforcement.commons.openapi.ProblemResponses;
import org.enforcement.commons.security.Roles;

@Path("/api/operations/{operationId}/teams")
@Tag(name = "Teams", description = "Splitting the people into teams (兵分三路)")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TeamResource {

    @Inject
    TeamService service;

    @PUT
    @RolesAllowed({Roles.JUDGE, Roles.DIRECTOR})
    @APIResponse(responseCode = "200", description = "The new teams")
    @Operation(operationId = "formTeams", summary = "Form the teams (replaces earlier teams, pins and plan)",
            description = "Give `count` to deal officers, judges, other staff and witnesses evenly, or `teams` to list"
                    + " them. Each team needs at least 2 officers, and a judge or a witness when the operation"
                    + " requires witnesses (422 names the team otherwise).")
    @ProblemResponses.BadRequest
    @ProblemResponses.Unauthenticated
    @ProblemResponses.Forbidden
    @ProblemResponses.NotFound
    @ProblemResponses.Conflict
    @ProblemResponses.Unprocessable
    public List<TeamResponse> form(@PathParam("operationId") UUID operationId,
                                   @NotNull @Valid FormTeamsRequest request) {
        return service.form(operationId, request);
    }

    @GET
    @RolesAllowed({Roles.CLERK, Roles.JUDGE, Roles.DIRECTOR, Roles.OFFICER, Roles.OBSERVER, Roles.INTEGRATOR})
    @APIResponse(responseCode = "200", description = "The teams")
    @Operation(operationId = "listTeams", summary = "The teams and who is in each")
    @ProblemResponses.Unauthenticated
    @ProblemResponses.Forbidden
    @ProblemResponses.NotFound
    public List<TeamResponse> list(@PathParam("operationId") UUID operationId) {
        return service.list(operationId);
    }
}
