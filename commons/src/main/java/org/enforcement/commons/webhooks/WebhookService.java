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
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.enforcement.commons.audit.AuditTrail;
import org.enforcement.commons.persistence.SqlValues;
import org.enforcement.commons.problem.ProblemException;
import org.enforcement.commons.security.Caller;

/**
 * Subscriptions of the caller's court and their delivery log. Another court's subscription does not exist for the
 * caller (404). Their delivery log and replays are {@link WebhookDeliveryLog}'s, delivery itself
 * {@link WebhookWorker}'s.
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

    private static final String SELECT = "SELECT id, url, array_to_string(event_types, ','), description,"
            + " created_by, status, disabled_reason, consecutive_failures, created_at, updated_at"
            + " FROM webhook_subscription";

    /** The caller's court's subscription, locked for a change when {@code forUpdate}; 404 for any other. */
    Object[] find(UUID id, boolean forUpdate) {
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
}
