package org.enforcement.operations.casesclient;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.enforcement.commons.problem.ProblemException;

/**
 * Looks cases up in case-service with the caller's own token, so case-service applies its court scoping and
 * roles. Slow or failing calls are retried briefly, then a circuit breaker stops hammering a case-service that is
 * down; both end in a 503 with Retry-After, never a 500.
 */
@ApplicationScoped
public class CaseDirectory {

    static final String RETRY_AFTER_SECONDS = "30";

    @Inject
    Guarded guarded;

    public CaseView lookup(UUID caseId, String bearerToken) {
        try {
            return guarded.get(caseId, "Bearer " + bearerToken);
        } catch (CaseServiceErrors.CaseNotFound e) {
            throw ProblemException.unprocessable("case-not-found", "Case not found",
                    "case-service has no enforcement case " + caseId + " in your court.");
        } catch (CaseServiceErrors.CaseAccessDenied e) {
            throw ProblemException.forbidden("case-access-denied", "case-service refused access",
                    "case-service did not let your token read case " + caseId + " (HTTP " + e.status + ").");
        } catch (CircuitBreakerOpenException | TimeoutException | CaseServiceErrors.CaseServiceFailure
                 | jakarta.ws.rs.ProcessingException e) {
            throw unavailable();
        }
    }

    public static ProblemException unavailable() {
        return new ProblemException(503, "case-service-unavailable", "case-service unavailable",
                "case-service cannot be reached right now, so the case could not be checked. Try again later.")
                .withHeader("Retry-After", RETRY_AFTER_SECONDS);
    }

    /** The fault-tolerance policies live on their own bean so the interceptors apply. */
    @ApplicationScoped
    public static class Guarded {

        @Inject
        @RestClient
        CaseServiceClient client;

        @Timeout(value = 3, unit = ChronoUnit.SECONDS)
        @Retry(maxRetries = 2, delay = 200, jitter = 100,
                abortOn = {CaseServiceErrors.CaseNotFound.class, CaseServiceErrors.CaseAccessDenied.class})
        @CircuitBreaker(requestVolumeThreshold = 6, failureRatio = 0.5, delay = 15, delayUnit = ChronoUnit.SECONDS,
                skipOn = {CaseServiceErrors.CaseNotFound.class, CaseServiceErrors.CaseAccessDenied.class})
        public CaseView get(UUID caseId, String authorization) {
            return client.getCase(caseId, authorization);
        }
    }
}
