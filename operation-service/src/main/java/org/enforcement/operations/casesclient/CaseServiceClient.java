package org.enforcement.operations.casesclient;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * case-service's API, as much of it as operation-service uses: reading cases, and recording the outcomes of an
 * operation (payments, measures, settlements), each with an Idempotency-Key so a retried delivery is recorded once.
 * Errors arrive as {@link CaseServiceErrors.CaseServiceError}s with case-service's status and problem body.
 */
@RegisterRestClient(configKey = "case-service")
@RegisterProvider(CaseServiceErrors.class)
@Path("/api/cases")
@Produces(MediaType.APPLICATION_JSON)
public interface CaseServiceClient {

    String IDEMPOTENCY_KEY = "Idempotency-Key";
    /**
     * The court operation-service's service account acts for, percent-encoded (Caller.actingCourtHeader);
     * case-service ignores it on people's tokens.
     */
    String ACTING_COURT = "X-Acting-Court";

    /** A lookup for a user, with the user's own token. */
    @GET
    @Path("/{caseId}")
    CaseView getCase(@PathParam("caseId") UUID caseId, @HeaderParam("Authorization") String authorization);

    /** A lookup by operation-service itself, with its service-account token, for {@code court}. */
    @GET
    @Path("/{caseId}")
    CaseView getCase(@PathParam("caseId") UUID caseId, @HeaderParam("Authorization") String authorization,
                     @HeaderParam(ACTING_COURT) String court);

    @POST
    @Path("/{caseId}/payments")
    @Consumes(MediaType.APPLICATION_JSON)
    Response recordPayment(@PathParam("caseId") UUID caseId, @HeaderParam("Authorization") String authorization,
                           @HeaderParam(ACTING_COURT) String court, @HeaderParam(IDEMPOTENCY_KEY) String idempotencyKey,
                           PaymentCommand payment);

    @POST
    @Path("/{caseId}/measures")
    @Consumes(MediaType.APPLICATION_JSON)
    Response orderMeasure(@PathParam("caseId") UUID caseId, @HeaderParam("Authorization") String authorization,
                          @HeaderParam(ACTING_COURT) String court, @HeaderParam(IDEMPOTENCY_KEY) String idempotencyKey,
                          MeasureCommand measure);

    @POST
    @Path("/{caseId}/settlements")
    @Consumes(MediaType.APPLICATION_JSON)
    Response signSettlement(@PathParam("caseId") UUID caseId, @HeaderParam("Authorization") String authorization,
                            @HeaderParam(ACTING_COURT) String court, @HeaderParam(IDEMPOTENCY_KEY) String idempotencyKey,
                            SettlementCommand settlement);
}
