package org.enforcement.cases.settlements;

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
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.enforcement.commons.idempotency.Idempotent;
import org.enforcement.commons.idempotency.IdempotencyKeys;
import org.enforcement.commons.idempotency.IdempotentRequests;
import org.enforcement.commons.http.Preconditions;
import org.enforcement.commons.openapi.ProblemResponses;
import org.enforcement.commons.security.Roles;

@Path("/api/cases/{caseId}/settlements")
@Tag(name = "Settlements", description = "Enforcement settlement agreements (执行和解) with installment plans")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SettlementResource implements Idempotent.Replays {

    @Inject
    SignSettlement signSettlement;

    @Inject
    DeclareBreach declareBreach;

    @Inject
    SettlementQueries queries;

    @POST
    @RolesAllowed({Roles.JUDGE, Roles.DIRECTOR, Roles.INTEGRATOR})
    @Operation(operationId = "signSettlement", summary = "Record a signed settlement agreement",
            description = "The case must be in enforcement; it moves to SETTLEMENT_PERFORMING. Installments must be in"
                    + " date order and add up to the total (else 422). Integrators (operation-service) record"
                    + " agreements reached in the field.\n\n"
                    + "An Idempotency-Key header is required (400 without); the agreement is recorded once per key: the same key and body"
                    + " answers 201 with the agreement the first request recorded (header Idempotent-Replayed: true),"
                    + " the same key with another body is 422, and while the first request with the key runs, 409.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = SignSettlementRequest.class),
            examples = @ExampleObject(name = "Zhang v Qin, four installments", value = """
                    {"signedOn": "2023-01-15", "total": 53300.00, "terms": "分四期履行",
                     "installments": [{"dueOn": "2023-01-20", "amount": 13325.00},
                                      {"dueOn": "2023-03-20", "amount": 13325.00},
                                      {"dueOn": "2023-05-20", "amount": 13325.00},
                                      {"dueOn": "2023-07-20", "amount": 13325.00}]}""")))
    @APIResponse(responseCode = "201", description = "Signed (or replayed)", headers = {@Header(name = "Location"),
            @Header(name = "ETag"), @Header(name = "Idempotent-Replayed",
            description = "true when this answers an earlier request with the same Idempotency-Key")}, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = SettlementResponse.class)))
    @ProblemResponses.BadRequest
    @ProblemResponses.Unauthenticated
    @ProblemResponses.Forbidden
    @ProblemResponses.NotFound
    @ProblemResponses.Conflict
    @ProblemResponses.Unprocessable
    @Idempotent(value = "sign-settlement", required = true)
    public Response sign(@PathParam("caseId") UUID caseId,
                         @Parameter(description = "Client-chosen unique key, e.g. a UUID; makes retries safe",
                                 required = true)
                         @HeaderParam(IdempotencyKeys.HEADER) String idempotencyKey,
                         @NotNull @Valid SignSettlementRequest request) {
        SettlementResponse a = signSettlement.sign(caseId, request);
        return Response.created(URI.create("/api/cases/" + caseId + "/settlements/" + a.id())).tag(etag(a)).entity(a)
                .build();
    }

    /** A duplicate answers with the agreement as it is now (its status may have moved on), with its ETag. */
    @Override
    public Response.ResponseBuilder replay(String operation, IdempotentRequests.StoredResponse stored) {
        String location = stored.location();
        String[] parts = location.split("/");
        SettlementResponse a = queries.get(UUID.fromString(parts[parts.length - 3]),
                UUID.fromString(parts[parts.length - 1]));
        return Response.status(stored.status()).location(URI.create(location)).tag(etag(a)).entity(a);
    }

    @GET
    @RolesAllowed({Roles.CLERK, Roles.JUDGE, Roles.DIRECTOR, Roles.OFFICER, Roles.OBSERVER, Roles.INTEGRATOR})
    @APIResponse(responseCode = "200", description = "The agreements")
    @Operation(operationId = "listSettlements", summary = "The case's settlement agreements, oldest first")
    @ProblemResponses.Unauthenticated
    @ProblemResponses.Forbidden
    @ProblemResponses.NotFound
    public List<SettlementResponse> list(@PathParam("caseId") UUID caseId) {
        return queries.ofCase(caseId);
    }

    @GET
    @Path("/{settlementId}")
    @RolesAllowed({Roles.CLERK, Roles.JUDGE, Roles.DIRECTOR, Roles.OFFICER, Roles.OBSERVER, Roles.INTEGRATOR})
    @Operation(operationId = "getSettlement", summary = "One agreement with its installments")
    @APIResponse(responseCode = "200", description = "The agreement", headers = @Header(name = "ETag"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = SettlementResponse.class)))
    @ProblemResponses.Unauthenticated
    @ProblemResponses.Forbidden
    @ProblemResponses.NotFound
    public Response get(@PathParam("caseId") UUID caseId, @PathParam("settlementId") UUID settlementId) {
        SettlementResponse a = queries.get(caseId, settlementId);
        return Response.ok(a).tag(etag(a)).build();
    }

    @POST
    @Path("/{settlementId}/breach")
    @RolesAllowed({Roles.JUDGE, Roles.DIRECTOR})
    @Operation(operationId = "declareSettlementBreach", summary = "Declare the agreement breached",
            description = "For breaches the installment check cannot see. Requires If-Match with the agreement's ETag."
                    + " The agreement is breached on `breachedOn` (default today; not in the future, not before it was"
                    + " signed): installments due by then and not fully paid are MISSED on that day.")
    @APIResponse(responseCode = "200", description = "Breached", headers = @Header(name = "ETag"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = SettlementResponse.class)))
    @ProblemResponses.BadRequest
    @ProblemResponses.Unauthenticated
    @ProblemResponses.Forbidden
    @ProblemResponses.NotFound
    @ProblemResponses.Conflict
    @ProblemResponses.PreconditionFailed
    @ProblemResponses.PreconditionRequired
    public Response breach(@PathParam("caseId") UUID caseId, @PathParam("settlementId") UUID settlementId,
                           @Parameter(description = "The agreement's current ETag", required = true)
                           @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           @NotNull @Valid DeclareBreachRequest request) {
        SettlementResponse a = declareBreach.declare(caseId, settlementId, ifMatch, request.reason().strip(),
                request.breachedOn());
        return Response.ok(a).tag(etag(a)).build();
    }

    private static EntityTag etag(SettlementResponse a) {
        return Preconditions.entityTag(a.version());
    }
}
