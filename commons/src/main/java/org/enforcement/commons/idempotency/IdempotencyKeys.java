package org.enforcement.commons.idempotency;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import javax.sql.DataSource;
import org.enforcement.commons.problem.ProblemException;

/**
 * Idempotency keys for requests that must not happen twice. The key is claimed inside the work's own transaction
 * by a non-blocking, transaction-scoped PostgreSQL advisory lock on (scope, key): a concurrent duplicate cannot
 * take it and gets 409 at once; the completed response is stored in that same transaction, so a later duplicate
 * replays exactly what the first one got. The lock dies with the transaction or its connection (failure, database
 * outage, crashed instance), so a failed request leaves nothing behind and its retry runs immediately.
 */
@ApplicationScoped
public class IdempotencyKeys {

    @Inject
    Clock clock;

    public static final String HEADER = "Idempotency-Key";
    public static final String REPLAYED_HEADER = "Idempotent-Replayed";
    public static final int MAX_KEY_LENGTH = 200;

    /** What to do with a request after claiming its key. */
    public sealed interface Claim permits Fresh, Replay {
    }

    /** First time this key completes: do the work. */
    public record Fresh() implements Claim {
    }

    /** Already done: answer with the stored response. */
    public record Replay(int status, String body, String location) implements Claim {
    }

    /** The pool hands out the transaction's connection (closing the handle keeps it open). */
    @Inject
    DataSource dataSource;

    public static String requireKey(String key) {
        if (key == null || key.isBlank()) {
            throw ProblemException.badRequest("idempotency-key-required", "Idempotency-Key required",
                    "Send an Idempotency-Key header (e.g. a UUID) so a retried request is not recorded twice.");
        }
        if (key.length() > MAX_KEY_LENGTH) {
            throw ProblemException.badRequest("idempotency-key-invalid", "Idempotency-Key too long",
                    "An Idempotency-Key has at most " + MAX_KEY_LENGTH + " characters.");
        }
        return key.strip();
    }

    /**
     * Claims {@code (scope, key)} for the current transaction. Rows left IN_FLIGHT by the former lease-based claims
     * count as absent: only COMPLETED rows are answers.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Claim claim(String scope, String key, String fingerprint) {
        // Plain JDBC on the transaction's connection: Hibernate's native queries cost more CPU than the round trips
        // (issue 18), and these statements touch no entity. The length prefix keeps ("a b", "c") and ("a", "b c")
        // apart.
        try (Connection connection = dataSource.getConnection()) {
            try (PreparedStatement lock = connection.prepareStatement(
                    "SELECT pg_try_advisory_xact_lock(hashtextextended(length(?) || ':' || ? || ?, 0))")) {
                lock.setString(1, scope);
                lock.setString(2, scope);
                lock.setString(3, key);
                try (ResultSet rs = lock.executeQuery()) {
                    if (!rs.next() || !rs.getBoolean(1)) {
                        throw inFlight();
                    }
                }
            }
            // A statement of its own, after the lock: its snapshot sees a duplicate that committed while we waited.
            try (PreparedStatement stored = connection.prepareStatement("""
                    SELECT fingerprint, response_status, response_body, response_location
                    FROM idempotency_key WHERE scope = ? AND idem_key = ? AND state = 'COMPLETED'""")) {
                stored.setString(1, scope);
                stored.setString(2, key);
                try (ResultSet rs = stored.executeQuery()) {
                    if (!rs.next()) {
                        return new Fresh();
                    }
                    if (!fingerprint.equals(rs.getString(1))) {
                        throw ProblemException.unprocessable("idempotency-key-reused", "Idempotency-Key reused",
                                "This Idempotency-Key was already used for a different request (another resource or"
                                        + " body); use a new key for a new request.");
                    }
                    return new Replay(rs.getInt(2), rs.getString(3), rs.getString(4));
                }
            }
        } catch (SQLException e) {
            throw new PersistenceException("Claiming the Idempotency-Key failed", e);
        }
    }

    /** Stores the response in the transaction that did the work (and that holds the claim). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void complete(String scope, String key, String fingerprint, int status, String body, String location) {
        Timestamp now = Timestamp.from(clock.instant());
        // An IN_FLIGHT row of the former claims is simply overwritten; lease_until is no longer read.
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement("""
                     INSERT INTO idempotency_key (scope, idem_key, fingerprint, state, created_at, lease_until,
                                                  response_status, response_body, response_location)
                     VALUES (?, ?, ?, 'COMPLETED', ?, ?, ?, ?, ?)
                     ON CONFLICT (scope, idem_key) DO UPDATE SET fingerprint = EXCLUDED.fingerprint,
                         state = 'COMPLETED', created_at = EXCLUDED.created_at,
                         lease_until = EXCLUDED.lease_until, response_status = EXCLUDED.response_status,
                         response_body = EXCLUDED.response_body, response_location = EXCLUDED.response_location""")) {
            insert.setString(1, scope);
            insert.setString(2, key);
            insert.setString(3, fingerprint);
            insert.setTimestamp(4, now);
            insert.setTimestamp(5, now);
            insert.setInt(6, status);
            insert.setString(7, body);
            insert.setString(8, location);
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new PersistenceException("Storing the Idempotency-Key's response failed", e);
        }
    }

    static ProblemException inFlight() {
        return ProblemException.conflict("idempotency-key-in-flight", "Request in progress",
                "A request with this Idempotency-Key is still being processed; retry in a moment.")
                .withHeader("Retry-After", "1");
    }
}
