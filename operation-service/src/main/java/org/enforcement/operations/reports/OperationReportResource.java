package org.enforcement.operations.reports;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.enforcement.commons.openapi.ProblemResponses;
import org.enforcement.commons.security.Roles;

@Path("/api/operations/{operationId}/report")
@Tag(name = "Reports", description = "What an operation achieved, computed, never typed in")
@Produces(MediaType.APPLICATION_JSON)
public class OperationReportResource {

    @Inject
    OperationReportService service;

    @GET
    @RolesAllowed({Roles.CLERK, Roles.JUDGE, Roles.DIRECTOR, Roles.OFFICER, Roles.OBSERVER, Roles.INTEGRATOR})
    @APIResponse(responseCode = "200", description = "The report")
    @Operation(operationId = "getOperationReport", summary = "The operation report (行动战果)",
            description = "Officers deployed, targets sought, debtors found, summoned and detained, money paid on"
                    + " site, cases concluded (asked of case-service), settlements reached, streams and viewers. If"
                    + " case-service cannot be reached, casesConcluded is null and listed under unavailable."
                    + " Summonses, detentions, payments and settlements count once case-service accepted them;"
                    + " outcomesPending and outcomesRefused say how many are still on their way or were refused.")
    @ProblemResponses.Unauthenticated
    @ProblemResponses.Forbidden
    @ProblemResponses.NotFound
    public OperationReport report(@PathParam("operationId") UUID operationId) {
        return service.report(operationId);
    }
}
