package org.enforcement.commons.idempotency;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
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

    @Inject
    EntityManager em;

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
        // The length prefix keeps ("a b", "c") and ("a", "b c") apart.
        Object locked = em.createNativeQuery(
                        "SELECT pg_try_advisory_xact_lock(hashtextextended(length(?1) || ':' || ?1 || ?2, 0))")
                .setParameter(1, scope).setParameter(2, key).getSingleResult();
        if (!Boolean.TRUE.equals(locked)) {
            throw inFlight();
        }
        List<?> rows = em.createNativeQuery("""
                        SELECT fingerprint, response_status, response_body, response_location
                        FROM idempotency_key WHERE scope = ?1 AND idem_key = ?2 AND state = 'COMPLETED'""")
                .setParameter(1, scope).setParameter(2, key).getResultList();
        if (rows.isEmpty()) {
            return new Fresh();
        }
        Object[] row = (Object[]) rows.get(0);
        if (!fingerprint.equals(row[0])) {
            throw ProblemException.unprocessable("idempotency-key-reused", "Idempotency-Key reused",
                    "This Idempotency-Key was already used for a different request (another resource or body);"
                            + " use a new key for a new request.");
        }
        return new Replay(((Number) row[1]).intValue(), (String) row[2], (String) row[3]);
    }

    /** Stores the response in the transaction that did the work (and that holds the claim). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void complete(String scope, String key, String fingerprint, int status, String body, String location) {
        Timestamp now = Timestamp.from(clock.instant());
        // An IN_FLIGHT row of the former claims is simply overwritten; lease_until is no longer read.
        em.createNativeQuery("""
                        INSERT INTO idempotency_key (scope, idem_key, fingerprint, state, created_at, lease_until,
                                                     response_status, response_body, response_location)
                        VALUES (?1, ?2, ?3, 'COMPLETED', ?4, ?4, ?5, ?6, ?7)
                        ON CONFLICT (scope, idem_key) DO UPDATE SET fingerprint = EXCLUDED.fingerprint,
                            state = 'COMPLETED', created_at = EXCLUDED.created_at,
                            lease_until = EXCLUDED.lease_until, response_status = EXCLUDED.response_status,
                            response_body = EXCLUDED.response_body, response_location = EXCLUDED.response_location""")
                .setParameter(1, scope).setParameter(2, key).setParameter(3, fingerprint)
                .setParameter(4, now).setParameter(5, status).setParameter(6, body).setParameter(7, location)
                .executeUpdate();
    }

    static ProblemException inFlight() {
        return ProblemException.conflict("idempotency-key-in-flight", "Request in progress",
                "A request with this Idempotency-Key is still being processed; retry in a moment.")
                .withHeader("Retry-After", "1");
    }
}
