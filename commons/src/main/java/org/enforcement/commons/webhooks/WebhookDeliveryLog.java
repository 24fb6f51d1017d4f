package org.enforcement.commons.webhooks;

import io.quarkus.arc.properties.IfBuildProperty;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.enforcement.commons.audit.AuditTrail;
import org.enforcement.commons.paging.LogCursor;
import org.enforcement.commons.persistence.SqlValues;
import org.enforcement.commons.problem.ProblemException;

/**
 * A subscription's delivery log (each delivery with its attempts) and its replays: what was sent, what failed, and
 * sending it again with the same {@code webhook-id}. Only for the caller's court's subscriptions (404 otherwise).
 */
@ApplicationScoped
@IfBuildProperty(name = "webhooks.enabled", stringValue = "true")
public class WebhookDeliveryLog {

    @Inject
    EntityManager em;

    @Inject
    WebhookService webhooks;

    @Inject
    AuditTrail audit;

    @Inject
    WebhookConfig config;

    @Inject
    Clock clock;

    @Transactional(Transactional.TxType.SUPPORTS)
    public DeliveryPage deliveries(UUID id, long after, int limit) {
        webhooks.find(id, false);
        List<?> rows = em.createNativeQuery("""
                        SELECT id, outbox_id, event_id, event_type, status, attempts, next_attempt_at, last_status,
                               last_error, created_at, delivered_at
                        FROM webhook_delivery WHERE subscription_id = ?1 AND id > ?2 ORDER BY id LIMIT ?3""")
                .setParameter(1, id).setParameter(2, after).setParameter(3, limit + 1).getResultList();
        List<?> shown = rows.size() > limit ? rows.subList(0, limit) : rows;
        Map<Long, List<DeliveryPage.Attempt>> attempts = new LinkedHashMap<>();
        if (!shown.isEmpty()) {
            long first = ((Number) ((Object[]) shown.get(0))[0]).longValue();
            long last = ((Number) ((Object[]) shown.get(shown.size() - 1))[0]).longValue();
            for (Object row : em.createNativeQuery("""
                            SELECT a.delivery_id, a.attempted_at, a.response_status, a.error, a.duration_ms
                            FROM webhook_attempt a JOIN webhook_delivery d ON d.id = a.delivery_id
                            WHERE d.subscription_id = ?1 AND d.id BETWEEN ?2 AND ?3 ORDER BY a.id""")
                    .setParameter(1, id).setParameter(2, first).setParameter(3, last).getResultList()) {
                Object[] r = (Object[]) row;
                attempts.computeIfAbsent(((Number) r[0]).longValue(), k -> new ArrayList<>())
                        .add(new DeliveryPage.Attempt(SqlValues.instant(r[1]), integer(r[2]), (String) r[3],
                                ((Number) r[4]).intValue()));
            }
        }
        List<DeliveryPage.Delivery> deliveries = new ArrayList<>();
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            long deliveryId = ((Number) r[0]).longValue();
            String status = (String) r[4];
            deliveries.add(new DeliveryPage.Delivery(deliveryId, ((Number) r[1]).longValue(),
                    UUID.fromString(r[2].toString()), (String) r[3], status, ((Number) r[5]).intValue(),
                    "PENDING".equals(status) ? SqlValues.instant(r[6]) : null, integer(r[7]), (String) r[8],
                    SqlValues.instant(r[9]), r[10] == null ? null : SqlValues.instant(r[10]),
                    List.copyOf(attempts.getOrDefault(deliveryId, List.of()))));
        }
        LogCursor.Page<DeliveryPage.Delivery> page = LogCursor.page(deliveries, limit, after, DeliveryPage.Delivery::id);
        return new DeliveryPage(page.entries(), page.nextCursor(), page.hasMore(), limit);
    }

    /**
     * Sets deliveries to be sent again, with the same {@code webhook-id} (the event's id), so a receiver that
     * deduplicates ignores what it already has. Events after {@code afterEventId} are replayed as far as they were
     * enqueued; newer ones follow on their own.
     */
    @Transactional
    public ReplayResult replay(UUID id, ReplayRequest request) {
        if ((request.afterEventId() == null) == (request.deliveryId() == null)) {
            throw ProblemException.badRequest("validation", "Request is not valid",
                    "Give exactly one of afterEventId (re-send the events after it) and deliveryId (re-send one"
                            + " delivery).");
        }
        webhooks.find(id, true);
        Timestamp now = Timestamp.from(now());
        if (request.deliveryId() != null) {
            List<?> rows = em.createNativeQuery("""
                            UPDATE webhook_delivery SET status = 'PENDING', attempts = 0, next_attempt_at = ?3,
                                   claimed_until = NULL, claim_token = NULL
                            WHERE id = ?2 AND subscription_id = ?1 RETURNING outbox_id""")
                    .setParameter(1, id).setParameter(2, request.deliveryId()).setParameter(3, now).getResultList();
            if (rows.isEmpty()) {
                throw ProblemException.notFound("webhook-delivery-not-found", "Delivery not found",
                        "Webhook " + id + " has no delivery " + request.deliveryId() + ".");
            }
            audit.record("WEBHOOK_REPLAYED", "Webhook", id.toString(), "delivery " + request.deliveryId());
            return new ReplayResult(1, ((Number) rows.get(0)).longValue(), false);
        }
        int limit = config.maxReplay();
        // Events already looked at for this subscription (up to its cursor), of its types: one page of them, and
        // whether there is more after it.
        Object[] r = (Object[]) em.createNativeQuery("""
                        WITH s AS (SELECT id, court, event_types, event_cursor FROM webhook_subscription WHERE id = ?1),
                        candidates AS (
                            SELECT e.id, e.event_id, e.type FROM outbox_event e, s
                            WHERE e.court = s.court AND e.id > ?2 AND e.id <= s.event_cursor
                              AND (cardinality(s.event_types) = 0 OR e.type = ANY (s.event_types))
                            ORDER BY e.id LIMIT ?3 + 1),
                        page AS (SELECT * FROM candidates ORDER BY id LIMIT ?3),
                        upserted AS (
                            INSERT INTO webhook_delivery (subscription_id, outbox_id, event_id, event_type, status,
                                                          attempts, next_attempt_at, created_at)
                            SELECT ?1, p.id, p.event_id, p.type, 'PENDING', 0, ?4, ?4 FROM page p
                            ON CONFLICT (subscription_id, outbox_id) DO UPDATE
                                SET status = 'PENDING', attempts = 0, next_attempt_at = EXCLUDED.next_attempt_at,
                                    claimed_until = NULL, claim_token = NULL
                            RETURNING outbox_id)
                        SELECT (SELECT count(*) FROM upserted), (SELECT COALESCE(MAX(outbox_id), ?2) FROM upserted),
                               (SELECT count(*) FROM candidates) > ?3""")
                .setParameter(1, id).setParameter(2, request.afterEventId()).setParameter(3, limit)
                .setParameter(4, now).getSingleResult();
        int count = ((Number) r[0]).intValue();
        long last = ((Number) r[1]).longValue();
        boolean more = (Boolean) r[2];
        audit.record("WEBHOOK_REPLAYED", "Webhook", id.toString(), count + " event(s) after "
                + request.afterEventId());
        return new ReplayResult(count, last, more);
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private static Integer integer(Object value) {
        return value == null ? null : ((Number) value).intValue();
    }
}
