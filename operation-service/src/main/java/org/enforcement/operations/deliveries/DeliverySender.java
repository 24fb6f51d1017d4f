package org.enforcement.operations.deliveries;

import com.fasterxml.jackson.core.JsonProcessingException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.enforcement.commons.http.Json;
import org.enforcement.commons.security.Caller;
import org.enforcement.commons.security.ServiceAccount;
import org.enforcement.operations.casesclient.CaseServiceClient;
import org.enforcement.operations.casesclient.CaseServiceErrors;
import org.enforcement.operations.casesclient.CaseView;
import org.enforcement.operations.casesclient.MeasureCommand;
import org.enforcement.operations.casesclient.PaymentCommand;
import org.enforcement.operations.casesclient.SettlementCommand;

/**
 * One attempt of one delivery: operation-service's service-account token acting for the delivery's court
 * (X-Acting-Court), the stored body, the entry's Idempotency-Key; the answer classified into delivered, retry later, or failed for good. Runs outside any
 * transaction.
 */
@ApplicationScoped
public class DeliverySender {

    @Inject
    @RestClient
    CaseServiceClient client;

    @Inject
    ServiceAccount serviceAccount;

    @Inject
    DeliveryStore store;

    /** What an attempt came to. */
    sealed interface Outcome permits Delivered, Retry, Failed, Abandoned {
    }

    record Delivered(int status, String location, String summary) implements Outcome {
    }

    /** Worth retrying: 5xx, 409 while the key is still in flight, 429, timeouts, no connection. */
    record Retry(Integer status, String error) implements Outcome {
    }

    /** Refused for good (other 4xx): an operator must look. */
    record Failed(Integer status, String error) implements Outcome {
    }

    /** The claim was lost meanwhile; the attempt records nothing. */
    record Abandoned() implements Outcome {
    }

    Outcome send(Claim claim) {
        String authorization;
        try {
            authorization = "Bearer " + serviceAccount.accessToken();
        } catch (RuntimeException e) {
            return new Retry(null, "no service-account token from the OIDC provider: " + transportError(e));
        }
        String court = Caller.actingCourtHeader(claim.court());
        try {
            Response response;
            switch (claim.kind()) {
                case PAYMENT -> response = client.recordPayment(claim.caseId(), authorization, court,
                        claim.idempotencyKey(), read(claim.request(), PaymentCommand.class));
                case SETTLEMENT -> response = client.signSettlement(claim.caseId(), authorization, court,
                        claim.idempotencyKey(), read(claim.request(), SettlementCommand.class));
                default -> {
                    MeasureCommand measure = read(claim.request(), MeasureCommand.class);
                    if (claim.kind().needsRespondent() && measure.respondentId() == null) {
                        UUID respondent = respondentOf(claim.caseId(), authorization, court);
                        if (respondent == null) {
                            return new Failed(null, "case-service lists no respondent for case " + claim.caseId()
                                    + "; a " + claim.kind() + " needs one. Add the respondent in case-service, then"
                                    + " retry the delivery.");
                        }
                        measure = measure.withRespondent(respondent);
                        if (!store.saveRequest(claim, Json.canonical(measure))) {
                            return new Abandoned();
                        }
                    }
                    response = client.orderMeasure(claim.caseId(), authorization, court, claim.idempotencyKey(),
                            measure);
                }
            }
            try (response) {
                if (response.getStatus() / 100 != 2) {
                    // Not an error status (those arrive as exceptions), but not a success either, e.g. a redirect.
                    return classify(response.getStatus(), "case-service answered " + response.getStatus());
                }
                String location = response.getHeaderString("Location");
                boolean replayed = "true".equalsIgnoreCase(response.getHeaderString("Idempotent-Replayed"));
                return new Delivered(response.getStatus(), location, "HTTP " + response.getStatus()
                        + (location == null ? "" : " " + location)
                        + (replayed ? " (case-service replayed the first answer to this Idempotency-Key)" : ""));
            }
        } catch (CaseServiceErrors.CaseServiceError e) {
            return classify(e.status, e.body == null ? e.getMessage() : e.body);
        } catch (UnreadableRequest e) {
            return new Failed(null, e.getMessage());
        } catch (RuntimeException e) {
            // Timeouts, refused or reset connections, unreadable answers: case-service may be down or slow.
            return new Retry(null, transportError(e));
        }
    }

    static Outcome classify(int status, String problem) {
        // A 409 is worth waiting for only while case-service still works on the same key; any other conflict
        // (e.g. the case was concluded meanwhile) will not go away by itself.
        boolean inFlight = status == 409 && problem != null && problem.contains("idempotency-key-in-flight");
        if (inFlight || status == 429 || status >= 500 || status < 400) {
            return new Retry(status == 0 ? null : status, problem);
        }
        return new Failed(status, problem);
    }

    /** The debtor the target was added for: the case's first respondent, as when the target was added. */
    private UUID respondentOf(UUID caseId, String authorization, String court) {
        CaseView kase = client.getCase(caseId, authorization, court);
        if (kase.respondents() == null || kase.respondents().isEmpty()) {
            return null;
        }
        return kase.respondents().get(0).id();
    }

    private static <T> T read(String json, Class<T> type) {
        try {
            return Json.CANONICAL.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new UnreadableRequest("The stored request is not a readable " + type.getSimpleName() + " ("
                    + e.getOriginalMessage() + ")");
        }
    }

    /** A stored body that cannot be read back: retrying would not help. */
    static class UnreadableRequest extends RuntimeException {
        UnreadableRequest(String message) {
            super(message, null, false, false);
        }
    }

    static String transportError(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage();
        return "case-service not reached: " + root.getClass().getSimpleName()
                + (message == null ? "" : " (" + DeliveryStore.truncate(message, 300) + ")");
    }
}
