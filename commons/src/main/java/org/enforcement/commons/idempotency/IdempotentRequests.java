package org.enforcement.commons.idempotency;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.function.Supplier;
import org.enforcement.commons.http.Json;

/**
 * Runs a state-changing request at most once per Idempotency-Key, on top of {@link IdempotencyKeys}:
 * <ol>
 * <li>the key is claimed in its own short transaction (a concurrent duplicate gets 409 at once; the same key with
 * another fingerprint gets 422; a completed key replays its stored response);</li>
 * <li>the work runs in a new transaction, and its response is stored in that same transaction, so the change and
 * the stored response commit together or not at all;</li>
 * <li>if the work fails the claim is released, so the client may retry with the same key.</li>
 * </ol>
 * Call it outside any transaction: the work must commit before the response is returned.
 */
@ApplicationScoped
public class IdempotentRequests {

    @Inject
    IdempotencyKeys keys;

    /** The response of a request: fresh, or the stored one of an earlier request with the same key. */
    public record StoredResponse(int status, String body, String location, boolean replayed) {

        /** A fresh response to store. */
        public static StoredResponse of(int status, String body, String location) {
            return new StoredResponse(status, body, location, false);
        }
    }

    /**
     * Runs {@code work} once for {@code (scope, key)}. {@code scope} names the operation and the tenant (e.g.
     * {@code "苏0804 record-payment"}); {@code fingerprint} identifies what the request means (see
     * {@link #fingerprint(Object)}).
     */
    public StoredResponse execute(String scope, String key, String fingerprint, Supplier<StoredResponse> work) {
        if (keys.claim(scope, key, fingerprint) instanceof IdempotencyKeys.Replay replay) {
            return new StoredResponse(replay.status(), replay.body(), replay.location(), true);
        }
        try {
            return QuarkusTransaction.requiringNew().call(() -> {
                StoredResponse response = work.get();
                keys.complete(scope, key, response.status(), response.body(), response.location());
                return new StoredResponse(response.status(), response.body(), response.location(), false);
            });
        } catch (RuntimeException e) {
            keys.release(scope, key);
            throw e;
        }
    }

    /** SHA-256 of the canonical JSON of what a request means (normalise amounts' scale before). */
    public static String fingerprint(Object meaning) {
        return Json.sha256(Json.canonical(meaning));
    }
}
