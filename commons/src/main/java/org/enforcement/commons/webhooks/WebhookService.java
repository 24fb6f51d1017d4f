package org.enforcement.commons.webhooks;

import io.quarkus.arc.properties.IfBuildProperty;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.enforcement.commons.audit.AuditTrail;
import org.enforcement.commons.paging.LogCursor;
import org.enforcement.commons.persistence.SqlValues;
import org.enforcement.commons.problem.ProblemException;
import org.enforcement.commons.security.Caller;

/**
 * Subscriptions of the caller's court and their delivery log. Another court's subscription does not exist for the
 * caller (404). Delivery itself is {@link WebhookWorker}'s.
 */
@ApplicationScoped
@IfBuildProperty(name = "webhooks.enabled", stringValue = "true")
public class WebhookService {

    @Inject
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    AuditTrail audit;

    @Inject
    WebhookConfig config;

    @Inject
    Clock clock;

    @Transactional
    public NewWebhook create(CreateWebhookRequest request) {
        String court = court();
        URI url = urls().check(request.url());
        List<String> types = eventTypes(request.eventTypes());
        String description = request.description() == null || request.description().isBlank() ? null
                : request.description().strip();
        // One creator at a time per court, so the limit below cannot be overrun by parallel requests.
        em.createNativeQuery("SELECT pg_advisory_xact_lock(hashtext('enforcement.webhooks.' || ?1))")
                .setParameter(1, court).getSingleResult();
        long existing = ((Number) em.createNativeQuery("SELECT count(*) FROM webhook_subscription"
                + " WHERE court = ?1 AND status <> 'DELETED'").setParameter(1, court).getSingleResult()).longValue();
        if (existing >= config.maxSubscriptionsPerCourt()) {
            throw ProblemException.conflict("webhook-limit", "Too many webhooks", "A court may have at most "
                    + config.maxSubscriptionsPerCourt() + " webhooks; delete one it no longer needs.");
        }
        UUID id = UUID.randomUUID();
        String secret = WebhookSignature.newSecret();
        Instant now = now();
        // Only events from now on: older ones are in the feed, or pushed on request with a replay.
        long head = ((Number) em.createNativeQuery("SELECT COALESCE(MAX(id), 0) FROM outbox_event")
                .getSingleResult()).longValue();
        em.createNativeQuery("""
                        INSERT INTO webhook_subscription (id, court, url, event_types, description, secret, status,
                                                          event_cursor, created_by, created_at, updated_at)
                        VALUES (?1, ?2, ?3, string_to_array(?4, ','), ?5, ?6, 'ACTIVE', ?7, ?8, ?9, ?9)""")
                .setParameter(1, id).setParameter(2, court).setParameter(3, url.toString())
                .setParameter(4, String.join(",", types)).setParameter(5, description).setParameter(6, secret)
                .setParameter(7, head).setParameter(8, caller.id()).setParameter(9, Timestamp.from(now))
                .executeUpdate();
        audit.record("WEBHOOK_CREATED", "Webhook", id.toString(), "to " + url.getHost()
                + (types.isEmpty() ? ", every event type" : ", " + String.join(" ", types)));
        return new NewWebhook(id, url.toString(), types, description, "ACTIVE", caller.id(), now, secret);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<WebhookView> list() {
        List<WebhookView> views = new ArrayList<>();
        for (Object row : em.createNativeQuery(SELECT + " WHERE court = ?1 AND status <> 'DELETED'"
                + " ORDER BY created_at, id").setParameter(1, court()).getResultList()) {
            views.add(view((Object[]) row));
        }
        return views;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public WebhookView get(UUID id) {
        return view(find(id, false));
    }

    /** Enables or disables; enabling clears the failure count, and events resume from where they stopped. */
    @Transactional
    public WebhookView setEnabled(UUID id, boolean enabled) {
        Object[] row = find(id, true);
        String status = (String) row[5];
        String wanted = enabled ? "ACTIVE" : "DISABLED";
        if (!status.equals(wanted)) {
            em.createNativeQuery("UPDATE webhook_subscription SET status = ?2, disabled_reason = ?3,"
                            + " consecutive_failures = CASE WHEN ?4 THEN 0 ELSE consecutive_failures END,"
                            + " updated_at = ?5 WHERE id = ?1")
                    .setParameter(1, id).setParameter(2, wanted)
                    .setParameter(3, enabled ? null : "Disabled by " + caller.id())
                    .setParameter(4, enabled).setParameter(5, Timestamp.from(now())).executeUpdate();
            audit.record(enabled ? "WEBHOOK_ENABLED" : "WEBHOOK_DISABLED", "Webhook", id.toString(), null);
        }
        return view(find(id, false));
    }

    /** Who takes a persistently failing webhook out of service, in the audit trail. */
    static final String SYSTEM_ACTOR = "system:webhook-delivery";

    /**
     * Takes the webhook out of service after {@code limit} consecutive failed attempts, recorded in the audit trail
     * of its court as WEBHOOK_DISABLED with the reason. Nothing happens when it is no longer active or was enabled
     * again since (its failure count starts from 0 then), so of several replicas seeing the limit one acts.
     */
    @Transactional
    public void disableAfterFailures(UUID id, int limit, String reason) {
        List<?> court = em.createNativeQuery("UPDATE webhook_subscription SET status = 'DISABLED',"
                        + " disabled_reason = ?2, updated_at = ?3"
                        + " WHERE id = ?1 AND status = 'ACTIVE' AND consecutive_failures >= ?4 RETURNING court")
                .setParameter(1, id).setParameter(2, reason).setParameter(3, Timestamp.from(now()))
                .setParameter(4, limit).getResultList();
        if (!court.isEmpty()) {
            audit.recordAs(SYSTEM_ACTOR, "system", (String) court.get(0), "WEBHOOK_DISABLED", "Webhook",
                    id.toString(), reason);
        }
    }

    /**
     * Deletes the subscription: nothing is pushed any more and it is no longer listed. Deleting it again is no
     * error; its rows stay for the audit of what was sent.
     */
    @Transactional
    public void delete(UUID id) {
        int changed = em.createNativeQuery("UPDATE webhook_subscription SET status = 'DELETED', updated_at = ?3"
                        + " WHERE id = ?1 AND court = ?2 AND status <> 'DELETED'")
                .setParameter(1, id).setParameter(2, court()).setParameter(3, Timestamp.from(now())).executeUpdate();
        if (changed == 1) {
            audit.record("WEBHOOK_DELETED", "Webhook", id.toString(), null);
            return;
        }
        Number deleted = (Number) em.createNativeQuery("SELECT count(*) FROM webhook_subscription WHERE id = ?1"
                + " AND court = ?2 AND status = 'DELETED'").setParameter(1, id).setParameter(2, court())
                .getSingleResult();
        if (deleted.intValue() == 0) {
            throw notFound(id);
        }
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public DeliveryPage deliveries(UUID id, long after, int limit) {
        find(id, false);
        List<?> rows = em.createNativeQuery("""
                        SELECT id, outbox_id, event_id, event_type, status, attempts, next_attempt_at, last_status,
                               last_error, created_at, delivered_at
                        FROM webhook_delivery WHERE subscription_id = ?1 AND id > ?2 ORDER BY id LIMIT ?3""")
                .setParameter(1, id).setParameter(2, after).setParameter(3, limit + 1).getResultList();
        boolean more = rows.size() > limit;
        List<?> shown = more ? rows.subList(0, limit) : rows;
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
        for (Object row : shown) {
            Object[] r = (Object[]) row;
            long deliveryId = ((Number) r[0]).longValue();
            String status = (String) r[4];
            deliveries.add(new DeliveryPage.Delivery(deliveryId, ((Number) r[1]).longValue(),
                    UUID.fromString(r[2].toString()), (String) r[3], status, ((Number) r[5]).intValue(),
                    "PENDING".equals(status) ? SqlValues.instant(r[6]) : null, integer(r[7]), (String) r[8],
                    SqlValues.instant(r[9]), r[10] == null ? null : SqlValues.instant(r[10]),
                    List.copyOf(attempts.getOrDefault(deliveryId, List.of()))));
        }
        long next = deliveries.isEmpty() ? after : deliveries.get(deliveries.size() - 1).id();
        return new DeliveryPage(deliveries, LogCursor.of(next), more, limit);
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
        find(id, true);
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

    private static final String SELECT = "SELECT id, url, array_to_string(event_types, ','), description,"
            + " created_by, status, disabled_reason, consecutive_failures, created_at, updated_at"
            + " FROM webhook_subscription";

    /** The caller's court's subscription, locked for a change when {@code forUpdate}; 404 for any other. */
    private Object[] find(UUID id, boolean forUpdate) {
        List<?> rows = em.createNativeQuery(SELECT + " WHERE id = ?1 AND court = ?2 AND status <> 'DELETED'"
                + (forUpdate ? " FOR UPDATE" : "")).setParameter(1, id).setParameter(2, court()).getResultList();
        if (rows.isEmpty()) {
            throw notFound(id);
        }
        return (Object[]) rows.get(0);
    }

    private static ProblemException notFound(UUID id) {
        return ProblemException.notFound("webhook-not-found", "Webhook not found", "No webhook " + id + ".");
    }

    private static WebhookView view(Object[] r) {
        String types = (String) r[2];
        return new WebhookView(UUID.fromString(r[0].toString()), (String) r[1],
                types == null || types.isEmpty() ? List.of() : Arrays.asList(types.split(",")), (String) r[3],
                (String) r[5], (String) r[6], ((Number) r[7]).intValue(), (String) r[4], SqlValues.instant(r[8]),
                SqlValues.instant(r[9]));
    }

    /** The caller's court; a system-wide service account has none to subscribe for. */
    private String court() {
        String court = caller.court();
        if (Caller.ALL_COURTS.equals(court)) {
            throw ProblemException.forbidden("court-required", "A court is required", "Webhooks belong to one"
                    + " court: a service account names it in " + Caller.ACTING_COURT_HEADER + ".");
        }
        return court;
    }

    private List<String> eventTypes(List<String> requested) {
        if (requested == null || requested.isEmpty()) {
            return List.of();
        }
        Set<String> known = new TreeSet<>(config.eventTypes().orElse(Set.of()));
        Set<String> types = new LinkedHashSet<>();
        for (String type : requested) {
            if (type == null || !known.contains(type)) {
                throw ProblemException.invalidField("eventTypes", "has an unknown event type "
                        + (type == null ? "null" : "'" + type + "'") + "; known: " + String.join(", ", known));
            }
            types.add(type);
        }
        return List.copyOf(types);
    }

    private WebhookUrls urls() {
        return new WebhookUrls(config.allowHttp(), config.allowedPrivateHosts().orElse(Set.of()));
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private static Integer integer(Object value) {
        return value == null ? null : ((Number) value).intValue();
    }
}
