package org.enforcement.operations.deliveries;

import com.fasterxml.jackson.core.JsonProcessingException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.io.UncheckedIOException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.enforcement.commons.audit.AuditTrail;
import org.enforcement.commons.events.DomainEvents;
import org.enforcement.commons.http.Json;
import org.enforcement.events.operations.TargetOutcome;
import org.jboss.logging.Logger;

/**
 * The delivery rows' short transactions: claiming the next due delivery, and recording what an attempt got. No
 * transaction is open while case-service is called. Marking a delivery DELIVERED also publishes the TargetOutcome
 * event held with it, in the same transaction. Each write is fenced by the claim's token, so an attempt whose
 * lease ran out (and whose delivery another replica took over) cannot overwrite the newer attempt's outcome.
 */
@ApplicationScoped
public class DeliveryStore {

    @Inject
    Clock clock;

    private static final Logger LOG = Logger.getLogger(DeliveryStore.class);
    static final String SYSTEM_ACTOR = "system:outcome-delivery";

    @Inject
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    DomainEvents events;

    /**
     * Claims the oldest due PENDING delivery (of {@code court}, or of any court when null) for one attempt: counts
     * the attempt and moves its due time to the end of the lease, so no other poller takes it meanwhile. Rows
     * locked by another replica's claim are skipped, not waited for.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Claim claimNext(String court, Duration lease) {
        Instant now = clock.instant();
        String sql = "SELECT id FROM delivery WHERE status = 'PENDING' AND next_attempt_at <= ?1"
                + (court == null ? "" : " AND court = ?2")
                + " ORDER BY next_attempt_at, created_at LIMIT 1 FOR UPDATE SKIP LOCKED";
        var query = em.createNativeQuery(sql, UUID.class).setParameter(1, Timestamp.from(now));
        if (court != null) {
            query.setParameter(2, court);
        }
        List<?> ids = query.getResultList();
        if (ids.isEmpty()) {
            return null;
        }
        Delivery d = em.find(Delivery.class, ids.get(0));
        d.claimToken = UUID.randomUUID();
        d.attempts++;
        d.lastAttemptAt = now;
        d.nextAttemptAt = now.plus(lease);
        return new Claim(d.id, d.claimToken, d.court, d.caseId, d.kind, d.idempotencyKey, d.request, d.attempts);
    }

    /** Keeps the completed request (a measure's respondent filled in), so every later attempt sends the same body. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean saveRequest(Claim claim, String request) {
        Delivery d = held(claim);
        if (d == null) {
            return false;
        }
        d.request = request;
        return true;
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void delivered(Claim claim, int status, String location, String summary) {
        Delivery d = held(claim);
        if (d == null) {
            return;
        }
        d.status = DeliveryStatus.DELIVERED;
        d.deliveredAt = clock.instant();
        d.claimToken = null;
        d.lastStatus = status;
        d.lastError = null;
        d.responseStatus = status;
        d.responseLocation = location;
        d.responseSummary = truncate(summary, 1000);
        if (d.outcomeEvent != null) {
            // Accepted by case-service: now the outcome counts. A delivery becomes DELIVERED once, so once only.
            // (Event before audit, the order appends take the two writer locks in.)
            events.publish(d.court, d.caseId.toString(), "Operation", d.operationId.toString(),
                    heldOutcome(d));
        }
        audit.recordAs(SYSTEM_ACTOR, "system", d.court, "OUTCOME_DELIVERED", "Delivery", d.id.toString(),
                d.kind + " " + d.caseNumber + " after " + d.attempts + " attempt(s)"
                        + (location == null ? "" : " → " + location));
    }

    /** The attempt failed in a way worth retrying (5xx, 409, 429, timeout, no connection): due again later. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void retryLater(Claim claim, Integer status, String error, Duration backoff) {
        Delivery d = held(claim);
        if (d == null) {
            return;
        }
        d.claimToken = null;
        d.lastStatus = status;
        d.lastError = truncate(error, 4000);
        d.nextAttemptAt = clock.instant().plus(backoff);
    }

    /** case-service refused the request for good (4xx other than 429 and an in-flight 409): an operator must look at it. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void failed(Claim claim, Integer status, String error) {
        Delivery d = held(claim);
        if (d == null) {
            return;
        }
        d.status = DeliveryStatus.FAILED;
        d.claimToken = null;
        d.lastStatus = status;
        d.lastError = truncate(error, 4000);
        audit.recordAs(SYSTEM_ACTOR, "system", d.court, "OUTCOME_DELIVERY_FAILED", "Delivery", d.id.toString(),
                d.kind + " " + d.caseNumber + " refused by case-service" + (status == null ? "" : " (" + status + ")"));
    }

    /** The delivery locked, if this claim still holds it; null (and logged) when its lease was taken over. */
    private Delivery held(Claim claim) {
        Delivery d = em.find(Delivery.class, claim.id(), LockModeType.PESSIMISTIC_WRITE);
        if (d == null || d.status != DeliveryStatus.PENDING || !claim.token().equals(d.claimToken)) {
            LOG.warnf("Delivery %s: attempt %d lost its claim (lease expired and taken over); its outcome is dropped",
                    claim.id(), claim.attempts());
            return null;
        }
        return d;
    }

    static String truncate(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }

    /** The TargetOutcome kept with the delivery, read back strictly: it was written from the same record. */
    private static TargetOutcome heldOutcome(Delivery d) {
        try {
            return Json.CANONICAL.readValue(d.outcomeEvent, TargetOutcome.class);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("Delivery " + d.id + " holds an unreadable outcome event", e);
        }
    }
}
