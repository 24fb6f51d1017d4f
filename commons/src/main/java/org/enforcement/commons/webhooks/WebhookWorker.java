package org.enforcement.commons.webhooks;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
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
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import javax.sql.DataSource;
import org.enforcement.commons.http.Json;
import org.enforcement.commons.persistence.SqlValues;
import org.jboss.logging.Logger;

/**
 * Pushes the outbox to the subscriptions, one round per {@link #runOnce()}; every replica runs one, and they share
 * the work through the database alone:
 * <ol>
 * <li>enqueue: each active subscription's new events of its court and types become {@code webhook_delivery} rows;
 * UNIQUE(subscription, event) makes that happen once, whichever replica does it;</li>
 * <li>claim: due deliveries are taken with {@code FOR UPDATE SKIP LOCKED} and reserved for the lease, so no two
 * replicas send the same delivery at once;</li>
 * <li>send: signed POSTs, outside any transaction, in parallel, each bounded by the timeout;</li>
 * <li>record: the attempt in the append-only log, the delivery DELIVERED, or due again after the back-off, or
 * FAILED after the last; the subscription disabled after too many consecutive failures.</li>
 * </ol>
 * A receiver can still see an event twice (it answered after the timeout, or a replica died after sending): the
 * {@code webhook-id} is the event's id on every attempt, for it to deduplicate on.
 */
public class WebhookWorker {

    private static final Logger LOG = Logger.getLogger(WebhookWorker.class);
    private static final int MAX_ERROR = 500;

    private final DataSource dataSource;
    private final WebhookConfig config;
    private final ObjectMapper json;
    private final Clock clock;
    private final WebhookUrls urls;
    private final HttpClient http;
    private final Disabling disabling;

    /**
     * Takes a webhook out of service once it failed too often, with its audit entry; called after the failure that
     * reached the limit committed. Idempotent: of several replicas seeing the limit, one disables and audits.
     */
    @FunctionalInterface
    public interface Disabling {
        void disableAfterFailures(UUID subscriptionId, int limit, String reason);
    }

    public WebhookWorker(DataSource dataSource, WebhookConfig config, ObjectMapper json, Clock clock,
                         Disabling disabling) {
        this.dataSource = dataSource;
        this.disabling = disabling;
        this.config = config;
        this.json = json;
        this.clock = clock;
        this.urls = new WebhookUrls(config.allowHttp(), config.allowedPrivateHosts().orElse(Set.of()));
        // Redirects are not followed: a 3xx could lead the POST into the court network.
        this.http = HttpClient.newBuilder().connectTimeout(config.timeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** One round: enqueue new events, then send what is due. Returns the number of attempts made. */
    public int runOnce() throws SQLException {
        enqueue();
        List<Claim> claims = claim();
        List<CompletableFuture<Void>> sending = new ArrayList<>();
        for (Claim claim : claims) {
            CompletableFuture<Outcome> sent;
            try {
                sent = send(claim);
            } catch (RuntimeException e) {
                // A request that cannot even be built is a failed attempt like any other, not a stopped round.
                sent = CompletableFuture.completedFuture(new Outcome(clock.instant(), null,
                        "could not send: " + e.getClass().getSimpleName(), 0));
            }
            sending.add(sent.thenAccept(outcome -> record(claim, outcome)));
        }
        CompletableFuture.allOf(sending.toArray(CompletableFuture[]::new)).exceptionally(e -> null).join();
        for (CompletableFuture<Void> sent : sending) {
            if (sent.isCompletedExceptionally()) {
                try {
                    sent.join();
                } catch (CompletionException e) {
                    LOG.warnf("Could not record a webhook attempt (the lease expires and it is sent again): %s",
                            e.getCause().toString());
                }
            }
        }
        return claims.size();
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
    List<Claim> claim() throws SQLException {
        Instant now = now();
        UUID token = UUID.randomUUID();
        List<Claim> claims = new ArrayList<>();
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
                    claims.add(new Claim(r.getLong(1), r.getObject(2, UUID.class), token, r.getInt(3),
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

    /** One signed POST; never fails, an error is an outcome. */
    CompletableFuture<Outcome> send(Claim claim) {
        Instant started = clock.instant();
        String refused = refusedAddress(claim.url());
        if (refused != null) {
            return CompletableFuture.completedFuture(new Outcome(started, null, refused, 0));
        }
        long timestamp = started.getEpochSecond();
        HttpRequest request = HttpRequest.newBuilder(claim.url())
                .timeout(config.timeout())
                .header("Content-Type", "application/json")
                .header("User-Agent", "enforcement-webhooks/1")
                .header(WebhookSignature.ID_HEADER, claim.webhookId())
                .header(WebhookSignature.TIMESTAMP_HEADER, Long.toString(timestamp))
                .header(WebhookSignature.SIGNATURE_HEADER,
                        WebhookSignature.sign(claim.secret(), claim.webhookId(), timestamp, claim.body()))
                .POST(HttpRequest.BodyPublishers.ofString(claim.body()))
                .build();
        return http.sendAsync(request, HttpResponse.BodyHandlers.discarding())
                .handle((response, failure) -> {
                    int took = (int) Math.min(Integer.MAX_VALUE,
                            Duration.between(started, clock.instant()).toMillis());
                    if (failure != null) {
                        return new Outcome(started, null, describe(failure), Math.max(0, took));
                    }
                    int status = response.statusCode();
                    return new Outcome(started, status, status / 100 == 2 ? null : "HTTP " + status, Math.max(0, took));
                });
    }

    /** Why the URL's host may not be connected to (it resolves into a private network), or null. */
    private String refusedAddress(URI url) {
        try {
            for (InetAddress address : InetAddress.getAllByName(url.getHost())) {
                if (!urls.mayConnect(url, address)) {
                    return "refused: " + url.getHost() + " resolves to a non-public address";
                }
            }
            return null;
        } catch (UnknownHostException e) {
            return "unknown host " + url.getHost();
        }
    }

    private String describe(Throwable failure) {
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null
                ? failure.getCause() : failure;
        if (cause instanceof HttpConnectTimeoutException) {
            return "could not connect within " + config.timeout().toMillis() + " ms";
        }
        if (cause instanceof HttpTimeoutException) {
            return "no answer within " + config.timeout().toMillis() + " ms";
        }
        if (cause instanceof ConnectException) {
            return "connection refused";
        }
        if (cause instanceof IOException) {
            return "connection failed" + (cause.getMessage() == null ? "" : ": " + cause.getMessage());
        }
        return "could not send: " + cause.getClass().getSimpleName();
    }

    /** Writes one attempt's outcome, in one transaction. */
    void record(Claim claim, Outcome outcome) {
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
        if (limitReached) {
            int limit = config.disableAfterFailures();
            disabling.disableAfterFailures(claim.subscriptionId(), limit,
                    truncate(limit + " consecutive failed attempts; the last: " + outcome.error()));
        }
    }

    private static String truncate(String text) {
        return text == null || text.length() <= MAX_ERROR ? text : text.substring(0, MAX_ERROR - 1) + "…";
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    /** A delivery reserved by this worker: attempt number {@code attempt} of it. */
    record Claim(long deliveryId, UUID subscriptionId, UUID token, int attempt, URI url, String secret,
                 String webhookId, String body) {
    }

    /** What one attempt got: a status (when the receiver answered) or an error (also for non-2xx). */
    record Outcome(Instant at, Integer status, String error, int durationMs) {
    }
}
