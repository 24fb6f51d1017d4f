package org.enforcement.cases.payments;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.enforcement.cases.casefiles.CaseText;
import org.enforcement.commons.idempotency.Idempotent;
import org.enforcement.commons.idempotency.IdempotencyKeys;
import org.enforcement.commons.openapi.ProblemResponses;
import org.enforcement.commons.security.Roles;

@Path("/api/cases/{caseId}/disbursements")
@Tag(name = "Disbursements", description = "Paying collected money out to applicants (案款发放), maker-checker")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class DisbursementResource {

    @Inject
    RequestDisbursement requestDisbursement;

    @Inject
    DecideDisbursement decideDisbursement;

    @Inject
    PaymentViews views;

    @Inject
    CaseText text;

    @POST
    @RolesAllowed(Roles.CLERK)
    @Operation(operationId = "requestDisbursement", summary = "Request paying money out to an applicant",
            description = "The amount must be covered by money received and not yet paid out or requested."
                    + " Requires an Idempotency-Key header: the same key and body replays the first response"
                    + " (header Idempotent-Replayed: true), the same key with another body is 422, and while the"
                    + " first request with the key runs, 409.")
    @APIResponse(responseCode = "201", description = "Requested (or replayed); awaits the director's decision",
            headers = {@Header(name = "Location"), @Header(name = "Idempotent-Replayed",
                    description = "true when this is the stored response of an earlier request with the same key")},
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = DisbursementResponse.class)))
    @ProblemResponses.BadRequest
    @ProblemResponses.Unauthenticated
    @ProblemResponses.Forbidden
    @ProblemResponses.NotFound
    @ProblemResponses.Conflict
    @ProblemResponses.Unprocessable
    @Idempotent(value = "request-disbursement", required = true)
    public Response request(@PathParam("caseId") UUID caseId,
                            @Parameter(description = "Client-chosen unique key, e.g. a UUID", required = true)
                            @HeaderParam(IdempotencyKeys.HEADER) String idempotencyKey,
                            @NotNull @Valid RequestDisbursementRequest request) {
        DisbursementResponse d = DisbursementResponse.of(requestDisbursement.request(caseId, request), text);
        return Response.created(URI.create("/api/cases/" + caseId + "/disbursements/" + d.id())).entity(d).build();
    }

    @POST
    @Path("/{disbursementId}/decision")
    @RolesAllowed(Roles.DIRECTOR)
    @Operation(operationId = "decideDisbursement", summary = "Approve or reject a disbursement (director)",
            description = "Whoever requested it cannot decide it (403 maker-checker).")
    @APIResponse(responseCode = "200", description = "Decided", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DisbursementResponse.class)))
    @ProblemResponses.BadRequest
    @ProblemResponses.Unauthenticated
    @ProblemResponses.Forbidden
    @ProblemResponses.NotFound
    @ProblemResponses.Conflict
    @ProblemResponses.Unprocessable
    public DisbursementResponse decide(@PathParam("caseId") UUID caseId,
                                       @PathParam("disbursementId") UUID disbursementId,
                                       @NotNull @Valid DecideDisbursementRequest request) {
        return DisbursementResponse.of(decideDisbursement.decide(caseId, disbursementId, request), text);
    }

    @GET
    @RolesAllowed({Roles.CLERK, Roles.JUDGE, Roles.DIRECTOR, Roles.OFFICER, Roles.OBSERVER, Roles.INTEGRATOR})
    @APIResponse(responseCode = "200", description = "The disbursements")
    @Operation(operationId = "listDisbursements", summary = "The case's disbursements")
    @ProblemResponses.Unauthenticated
    @ProblemResponses.Forbidden
    @ProblemResponses.NotFound
    public List<DisbursementResponse> list(@PathParam("caseId") UUID caseId) {
        return views.disbursements(caseId).stream().map(d -> DisbursementResponse.of(d, text)).toList();
    }
}
