package org.enforcement.commons.webhooks;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.enforcement.commons.http.Json;
import org.enforcement.commons.persistence.SqlValues;

/**
 * The deliveries in the database, shared by every replica's {@link WebhookWorker}: enqueueing new outbox events once
 * per subscription, claiming due deliveries with {@code FOR UPDATE SKIP LOCKED} under a lease, and recording each
 * attempt's outcome with the back-off and the count of consecutive failures.
 */
class WebhookQueue {

    static final int MAX_ERROR = 500;

    private final DataSource dataSource;
    private final WebhookConfig config;
    private final ObjectMapper json;
    private final Clock clock;

    WebhookQueue(DataSource dataSource, WebhookConfig config, ObjectMapper json, Clock clock) {
        this.dataSource = dataSource;
        this.config = config;
        this.json = json;
        this.clock = clock;
    }

    /** Turns the new events of every active subscription into deliveries; returns how many. */
    int enqueue() throws SQLException {
        int enqueued = 0;
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                List<UUID> subscriptions = new ArrayList<>();
                // Another replica enqueueing for a subscription right now has it locked: leave it to that one.
                try (PreparedStatement s = c.prepareStatement("SELECT id FROM webhook_subscription"
                        + " WHERE status = 'ACTIVE' ORDER BY id FOR UPDATE SKIP LOCKED");
                     ResultSet rows = s.executeQuery()) {
                    while (rows.next()) {
                        subscriptions.add(rows.getObject(1, UUID.class));
                    }
                }
                Timestamp now = Timestamp.from(now());
                // One statement, one snapshot: the events enqueued are exactly those the cursor moves over. Outbox
                // ids commit in increasing order, so none can appear behind the cursor later.
                try (PreparedStatement s = c.prepareStatement("""
                        WITH s AS (SELECT id, court, event_types, event_cursor FROM webhook_subscription WHERE id = ?),
                        scanned AS (
                            SELECT e.id, e.event_id, e.type FROM outbox_event e, s
                            WHERE e.court = s.court AND e.id > s.event_cursor ORDER BY e.id LIMIT ?),
                        enqueued AS (
                            INSERT INTO webhook_delivery (subscription_id, outbox_id, event_id, event_type, status,
                                                          attempts, next_attempt_at, created_at)
                            SELECT s.id, e.id, e.event_id, e.type, 'PENDING', 0, ?, ? FROM scanned e, s
                            WHERE cardinality(s.event_types) = 0 OR e.type = ANY (s.event_types)
                            ON CONFLICT (subscription_id, outbox_id) DO NOTHING
                            RETURNING 1),
                        moved AS (
                            UPDATE webhook_subscription w SET event_cursor = (SELECT MAX(id) FROM scanned)
                            WHERE w.id = (SELECT id FROM s) AND EXISTS (SELECT 1 FROM scanned)
                            RETURNING 1)
                        SELECT (SELECT count(*) FROM enqueued), (SELECT count(*) FROM moved)""")) {
                    for (UUID subscription : subscriptions) {
                        s.setObject(1, subscription);
                        s.setInt(2, config.batchSize());
                        s.setTimestamp(3, now);
                        s.setTimestamp(4, now);
                        try (ResultSet rows = s.executeQuery()) {
                            rows.next();
                            enqueued += rows.getInt(1);
                        }
                    }
                }
                c.commit();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        }
        return enqueued;
    }

    /** Reserves the due deliveries of active subscriptions for this worker, each counting one more attempt. */
    List<DeliveryClaim> claim() throws SQLException {
        Instant now = now();
        UUID token = UUID.randomUUID();
        List<DeliveryClaim> claims = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("""
                     WITH claimed AS (
                         UPDATE webhook_delivery d SET claimed_until = ?, claim_token = ?, attempts = d.attempts + 1
                         WHERE d.id IN (
                             SELECT due.id FROM webhook_delivery due
                             JOIN webhook_subscription s ON s.id = due.subscription_id AND s.status = 'ACTIVE'
                             WHERE due.status = 'PENDING' AND due.next_attempt_at <= ?
                               AND (due.claimed_until IS NULL OR due.claimed_until < ?)
                             ORDER BY due.next_attempt_at, due.id LIMIT ?
                             FOR UPDATE OF due SKIP LOCKED)
                         RETURNING d.id, d.subscription_id, d.outbox_id, d.attempts)
                     SELECT claimed.id, claimed.subscription_id, claimed.attempts, s.url, s.secret,
                            e.id, e.event_id, e.type, e.court, e.case_id, e.aggregate_type, e.aggregate_id,
                            CAST(e.payload AS text), e.occurred_at
                     FROM claimed JOIN webhook_subscription s ON s.id = claimed.subscription_id
                     JOIN outbox_event e ON e.id = claimed.outbox_id ORDER BY claimed.id""")) {
            s.setTimestamp(1, Timestamp.from(now.plus(config.lease())));
            s.setObject(2, token);
            s.setTimestamp(3, Timestamp.from(now));
            s.setTimestamp(4, Timestamp.from(now));
            s.setInt(5, config.batchSize());
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    Map<String, Object> event = new LinkedHashMap<>();
                    // The same object the feed serves for this event (DomainEvent's members, in its order).
                    event.put("id", r.getLong(6));
                    event.put("eventId", r.getObject(7, UUID.class));
                    event.put("type", r.getString(8));
                    event.put("court", r.getString(9));
                    event.put("caseId", r.getString(10));
                    event.put("aggregateType", r.getString(11));
                    event.put("aggregateId", r.getString(12));
                    event.put("payload", Json.map(r.getString(13)));
                    event.put("occurredAt", SqlValues.instant(r.getTimestamp(14)));
                    claims.add(new DeliveryClaim(r.getLong(1), r.getObject(2, UUID.class), token, r.getInt(3),
                            URI.create(r.getString(4)), r.getString(5), r.getObject(7, UUID.class).toString(),
                            body(event)));
                }
            }
        }
        return claims;
    }

    private String body(Map<String, Object> event) {
        try {
            return json.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("An outbox event could not be written as JSON", e);
        }
    }

    /**
     * Writes one attempt's outcome, in one transaction. True when this failure made the subscription reach the
     * limit of consecutive failures (the worker then has it disabled).
     */
    boolean record(DeliveryClaim claim, DeliveryOutcome outcome) {
        boolean limitReached = false;
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                Timestamp now = Timestamp.from(now());
                try (PreparedStatement s = c.prepareStatement("INSERT INTO webhook_attempt (delivery_id,"
                        + " attempted_at, response_status, error, duration_ms) VALUES (?, ?, ?, ?, ?)")) {
                    s.setLong(1, claim.deliveryId());
                    s.setTimestamp(2, Timestamp.from(outcome.at().truncatedTo(ChronoUnit.MICROS)));
                    s.setObject(3, outcome.status());
                    s.setString(4, truncate(outcome.error()));
                    s.setInt(5, outcome.durationMs());
                    s.executeUpdate();
                }
                boolean delivered = outcome.error() == null;
                List<Duration> schedule = config.retrySchedule();
                boolean last = claim.attempt() > schedule.size();
                // Only while the claim is still ours: a replay in between starts the delivery afresh.
                try (PreparedStatement s = c.prepareStatement("""
                        UPDATE webhook_delivery SET status = ?, next_attempt_at = ?, last_status = ?, last_error = ?,
                               delivered_at = ?, claimed_until = NULL, claim_token = NULL
                        WHERE id = ? AND claim_token = ?""")) {
                    s.setString(1, delivered ? "DELIVERED" : last ? "FAILED" : "PENDING");
                    s.setTimestamp(2, delivered || last ? now
                            : Timestamp.from(now().plus(schedule.get(claim.attempt() - 1))));
                    s.setObject(3, outcome.status());
                    s.setString(4, truncate(outcome.error()));
                    s.setTimestamp(5, delivered ? now : null);
                    s.setLong(6, claim.deliveryId());
                    s.setObject(7, claim.token());
                    s.executeUpdate();
                }
                // The failure is counted here; taking the webhook out of service (with its audit entry) is the
                // service's, in its own transaction once this one committed.
                try (PreparedStatement s = c.prepareStatement(delivered
                        ? "UPDATE webhook_subscription SET consecutive_failures = 0 WHERE id = ?"
                          + " AND consecutive_failures <> 0 RETURNING false"
                        : "UPDATE webhook_subscription SET consecutive_failures = consecutive_failures + 1"
                          + " WHERE id = ? RETURNING status = 'ACTIVE' AND consecutive_failures >= ?")) {
                    s.setObject(1, claim.subscriptionId());
                    if (!delivered) {
                        s.setInt(2, config.disableAfterFailures());
                    }
                    try (ResultSet row = s.executeQuery()) {
                        limitReached = row.next() && row.getBoolean(1);
                    }
                }
                c.commit();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
        return limitReached;
    }

    static String truncate(String text) {
        return text == null || text.length() <= MAX_ERROR ? text : text.substring(0, MAX_ERROR - 1) + "…";
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
