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
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.enforcement.commons.idempotency.Idempotent;
import org.enforcement.commons.idempotency.IdempotencyKeys;
import org.enforcement.commons.idempotency.IdempotentRequests;
import org.enforcement.commons.openapi.ProblemResponses;
import org.enforcement.commons.security.Roles;

@Path("/api/cases/{caseId}/payments")
@Tag(name = "Payments", description = "Enforcement money received (执行款): an append-only ledger")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PaymentResource implements Idempotent.Replays {

    @Inject
    RecordPayment recordPayment;

    @Inject
    ReversePayment reversePayment;

    @Inject
    PaymentViews views;

    @POST
    @RolesAllowed({Roles.CLERK, Roles.OFFICER, Roles.INTEGRATOR})
    @Operation(operationId = "recordPayment", summary = "Record a payment (idempotent)",
            description = "Requires an Idempotency-Key header. The same key and body replays the first response"
                    + " (header Idempotent-Replayed: true); the same key with another body is 422; while the first"
                    + " request with the key is still running, 409. The payment is applied to the live settlement"
                    + " agreement's oldest open installment first.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = RecordPaymentRequest.class),
            examples = @ExampleObject(name = "on-site payment during the dawn raid", value = """
                    {"channel": "ON_SITE", "payer": "秦某某", "amount": 20000.00, "receivedOn": "2023-02-02",
                     "reference": "淮执·9号 现场履行"}""")))
    @APIResponse(responseCode = "201", description = "Recorded (or replayed)",
            headers = {@Header(name = "Location"), @Header(name = "Idempotent-Replayed",
                    description = "true when this is the stored response of an earlier request with the same key")},
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = PaymentResponse.class)))
    @ProblemResponses.BadRequest
    @ProblemResponses.Unauthenticated
    @ProblemResponses.Forbidden
    @ProblemResponses.NotFound
    @ProblemResponses.Conflict
    @ProblemResponses.Unprocessable
    @Idempotent(value = "record-payment", required = true)
    public Response record(@PathParam("caseId") UUID caseId,
                           @Parameter(description = "Client-chosen unique key, e.g. a UUID", required = true)
                           @HeaderParam(IdempotencyKeys.HEADER) String idempotencyKey,
                           @NotNull @Valid RecordPaymentRequest request) {
        PaymentResponse payment = recordPayment.record(caseId, request);
        return Response.created(URI.create("/api/cases/" + caseId + "/payments/" + payment.id())).entity(payment)
                .build();
    }

    /** A ledger entry is never changed: replay the stored answer, with the payer masked as this caller sees it. */
    @Override
    public Response.ResponseBuilder replay(String operation, IdempotentRequests.StoredResponse stored) {
        return Response.status(stored.status()).type(MediaType.APPLICATION_JSON)
                .location(URI.create(stored.location())).entity(views.maskStoredPayer(stored.body()));
    }

    @GET
    @RolesAllowed({Roles.CLERK, Roles.JUDGE, Roles.DIRECTOR, Roles.OFFICER, Roles.OBSERVER, Roles.INTEGRATOR})
    @APIResponse(responseCode = "200", description = "The ledger entries")
    @Operation(operationId = "listPayments", summary = "The case's ledger: payments and reversals, oldest first")
    @ProblemResponses.Unauthenticated
    @ProblemResponses.Forbidden
    @ProblemResponses.NotFound
    public List<PaymentResponse> list(@PathParam("caseId") UUID caseId) {
        return views.list(caseId);
    }

    @GET
    @Path("/{paymentId}")
    @RolesAllowed({Roles.CLERK, Roles.JUDGE, Roles.DIRECTOR, Roles.OFFICER, Roles.OBSERVER, Roles.INTEGRATOR})
    @APIResponse(responseCode = "200", description = "The entry")
    @Operation(operationId = "getPayment", summary = "One ledger entry")
    @ProblemResponses.Unauthenticated
    @ProblemResponses.Forbidden
    @ProblemResponses.NotFound
    public PaymentResponse get(@PathParam("caseId") UUID caseId, @PathParam("paymentId") UUID paymentId) {
        return views.get(caseId, paymentId);
    }

    @POST
    @Path("/{paymentId}/reversal")
    @RolesAllowed({Roles.CLERK, Roles.DIRECTOR})
    @Operation(operationId = "reversePayment", summary = "Correct a payment by a reversal entry",
            description = "The payment stays in the ledger; a negative entry cancels it and undoes its installment"
                    + " allocations. A payment can be reversed once. Requires an Idempotency-Key header: the same"
                    + " key and body replays the first response (header Idempotent-Replayed: true), the same key"
                    + " with another body is 422, and while the first request with the key runs, 409.")
    @APIResponse(responseCode = "201", description = "The reversal entry (or replayed)",
            headers = {@Header(name = "Location"), @Header(name = "Idempotent-Replayed",
                    description = "true when this is the stored response of an earlier request with the same key")},
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = PaymentResponse.class)))
    @ProblemResponses.BadRequest
    @ProblemResponses.Unauthenticated
    @ProblemResponses.Forbidden
    @ProblemResponses.NotFound
    @ProblemResponses.Conflict
    @ProblemResponses.Unprocessable
    @Idempotent(value = "reverse-payment", required = true)
    public Response reverse(@PathParam("caseId") UUID caseId, @PathParam("paymentId") UUID paymentId,
                            @Parameter(description = "Client-chosen unique key, e.g. a UUID", required = true)
                            @HeaderParam(IdempotencyKeys.HEADER) String idempotencyKey,
                            @NotNull @Valid ReversePaymentRequest request) {
        PaymentResponse reversal = reversePayment.reverse(caseId, paymentId, request);
        return Response.created(URI.create("/api/cases/" + caseId + "/payments/" + reversal.id()))
                .entity(reversal).build();
    }
}
