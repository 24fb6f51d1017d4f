package org.enforcement.commons.idempotency;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.enforcement.commons.problem.ProblemException;

/**
 * Idempotency keys for requests that must not happen twice (money). The key is claimed in its own short
 * transaction before the work starts, so a concurrent duplicate sees it at once and gets 409; the response is
 * stored in the work's transaction, so a later duplicate replays exactly what the first one got. A claim left by
 * a crashed instance expires after {@link #LEASE}.
 */
@ApplicationScoped
public class IdempotencyKeys {

    public static final String HEADER = "Idempotency-Key";
    public static final int MAX_KEY_LENGTH = 200;
    static final Duration LEASE = Duration.ofMinutes(2);

    /** What to do with a request after claiming its key. */
    public sealed interface Claim permits Fresh, Replay {
    }

    /** First time this key is seen (or a stale claim was taken over): do the work. */
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

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Claim claim(String scope, String key, String fingerprint) {
        Instant now = Instant.now();
        int inserted = em.createNativeQuery("""
                        INSERT INTO idempotency_key (scope, idem_key, fingerprint, state, created_at, lease_until)
                        VALUES (?1, ?2, ?3, 'IN_FLIGHT', ?4, ?5) ON CONFLICT (scope, idem_key) DO NOTHING""")
                .setParameter(1, scope).setParameter(2, key).setParameter(3, fingerprint)
                .setParameter(4, Timestamp.from(now)).setParameter(5, Timestamp.from(now.plus(LEASE)))
                .executeUpdate();
        if (inserted == 1) {
            return new Fresh();
        }
        List<?> rows = em.createNativeQuery("""
                        SELECT fingerprint, state, response_status, response_body, response_location, lease_until
                        FROM idempotency_key WHERE scope = ?1 AND idem_key = ?2 FOR UPDATE""")
                .setParameter(1, scope).setParameter(2, key).getResultList();
        if (rows.isEmpty()) {
            // Released between our insert attempt and this read: the caller may simply retry.
            throw inFlight();
        }
        Object[] row = (Object[]) rows.get(0);
        if (!fingerprint.equals(row[0])) {
            throw ProblemException.unprocessable("idempotency-key-reused", "Idempotency-Key reused",
                    "This Idempotency-Key was already used for a different request (another resource or body);"
                            + " use a new key for a new request.");
        }
        if ("COMPLETED".equals(row[1])) {
            return new Replay(((Number) row[2]).intValue(), (String) row[3], (String) row[4]);
        }
        Instant leaseUntil = org.enforcement.commons.persistence.SqlValues.instant(row[5]);
        if (leaseUntil.isAfter(now)) {
            throw inFlight();
        }
        em.createNativeQuery("UPDATE idempotency_key SET lease_until = ?3 WHERE scope = ?1 AND idem_key = ?2")
                .setParameter(1, scope).setParameter(2, key).setParameter(3, Timestamp.from(now.plus(LEASE)))
                .executeUpdate();
        return new Fresh();
    }

    /** Stores the response in the transaction that did the work. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void complete(String scope, String key, int status, String body, String location) {
        em.createNativeQuery("""
                        UPDATE idempotency_key SET state = 'COMPLETED', response_status = ?3,
                               response_body = ?4, response_location = ?5
                        WHERE scope = ?1 AND idem_key = ?2""")
                .setParameter(1, scope).setParameter(2, key).setParameter(3, status)
                .setParameter(4, body).setParameter(5, location)
                .executeUpdate();
    }

    /** Frees the key after the work failed, so the client can retry with the same key. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void release(String scope, String key) {
        em.createNativeQuery("DELETE FROM idempotency_key WHERE scope = ?1 AND idem_key = ?2 AND state = 'IN_FLIGHT'")
                .setParameter(1, scope).setParameter(2, key).executeUpdate();
    }

    private static ProblemException inFlight() {
        return ProblemException.conflict("idempotency-key-in-flight", "Request in progress",
                "A request with this Idempotency-Key is still being processed; retry in a moment.")
                .withHeader("Retry-After", "1");
    }
}
