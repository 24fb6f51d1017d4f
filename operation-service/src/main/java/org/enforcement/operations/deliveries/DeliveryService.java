package org.enforcement.operations.deliveries;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.enforcement.commons.audit.AuditTrail;
import org.enforcement.commons.http.Json;
import org.enforcement.commons.problem.ProblemException;
import org.enforcement.commons.security.Caller;
import org.enforcement.commons.security.Roles;
import org.enforcement.operations.streams.PrivacyScrub;

/** What operators see of deliveries in their court, and sending a failed one again. */
@ApplicationScoped
public class DeliveryService {

    @Inject
    Clock clock;

    static final int MAX_LISTED = 500;

    @Inject
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    AuditTrail audit;

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<DeliveryResponse> list(DeliveryStatus status, UUID operationId) {
        StringBuilder jpql = new StringBuilder("select d from Delivery d where d.court = :court");
        if (status != null) {
            jpql.append(" and d.status = :status");
        }
        if (operationId != null) {
            jpql.append(" and d.operationId = :operation");
        }
        jpql.append(" order by d.createdAt desc, d.id");
        var query = em.createQuery(jpql.toString(), Delivery.class).setParameter("court", caller.court())
                .setMaxResults(MAX_LISTED);
        if (status != null) {
            query.setParameter("status", status);
        }
        if (operationId != null) {
            query.setParameter("operation", operationId);
        }
        return query.getResultList().stream().map(this::view).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public DeliveryResponse get(UUID id) {
        return view(find(id, LockModeType.NONE));
    }

    /** A FAILED delivery becomes PENDING and due now, with the same body and Idempotency-Key. */
    @Transactional
    public DeliveryResponse retry(UUID id) {
        Delivery d = find(id, LockModeType.PESSIMISTIC_WRITE);
        if (d.status != DeliveryStatus.FAILED) {
            throw ProblemException.conflict("delivery-not-failed", "Delivery not failed",
                    "Delivery " + d.id + " is " + d.status + "; only a FAILED delivery can be retried.")
                    .with("currentStatus", d.status.name());
        }
        d.status = DeliveryStatus.PENDING;
        d.nextAttemptAt = clock.instant();
        d.claimToken = null;
        audit.record("OUTCOME_DELIVERY_RETRIED", "Delivery", d.id.toString(),
                d.kind + " " + d.caseNumber + " after " + d.attempts + " attempt(s), last HTTP " + d.lastStatus);
        em.flush();
        return view(d);
    }

    private Delivery find(UUID id, LockModeType lock) {
        Delivery d = em.find(Delivery.class, id, lock);
        if (d == null || !d.court.equals(caller.court())) {
            throw ProblemException.notFound("delivery-not-found", "Delivery not found",
                    "There is no delivery " + id + " in your court.");
        }
        return d;
    }

    /**
     * Judges and the director read what was sent and answered as it is; an observer reads no request body and the
     * answers' text scrubbed (a case-service problem may quote a payer's reference or a reason as typed).
     */
    private DeliveryResponse view(Delivery d) {
        boolean full = caller.hasAnyRole(Roles.JUDGE, Roles.DIRECTOR);
        UnaryOperator<String> text = full ? UnaryOperator.identity() : PrivacyScrub::text;
        Map<String, Object> problem = problem(d.lastError);
        if (problem != null && !full) {
            problem.replaceAll((member, value) -> value instanceof String v ? text.apply(v) : value);
        }
        return new DeliveryResponse(d.id, d.entryId, d.operationId, d.targetId, d.caseId, d.caseNumber, d.kind,
                d.status, d.idempotencyKey, d.attempts, d.status == DeliveryStatus.PENDING ? d.nextAttemptAt : null,
                d.lastAttemptAt, d.lastStatus, d.lastError == null ? null : text.apply(d.lastError), problem,
                d.deliveredAt, d.responseStatus, d.responseLocation,
                d.responseSummary == null ? null : text.apply(d.responseSummary), d.createdAt,
                full ? json(d.request) : null);
    }

    private static Map<String, Object> problem(String text) {
        return text != null && text.strip().startsWith("{") ? json(text) : null;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> json(String text) {
        try {
            return Json.CANONICAL.readValue(text, Map.class);
        } catch (java.io.IOException e) {
            return null;
        }
    }
}
