package org.enforcement.commons.idempotency;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import java.util.function.Supplier;
import org.enforcement.commons.http.Json;

/**
 * Runs a state-changing request at most once per Idempotency-Key, on top of {@link IdempotencyKeys}: in ONE new
 * transaction the key is claimed (a concurrent duplicate gets 409 at once; the same key with another fingerprint
 * gets 422; a completed key replays its stored response), the work runs and its response is stored, so the change
 * and the stored response commit together or not at all. A failed request leaves no trace: its retry runs at once.
 * Call it outside any transaction: the work must commit before the response is returned.
 */
@ApplicationScoped
public class IdempotentRequests {

    @Inject
    IdempotencyKeys keys;

    /** The response of a request: fresh, or the stored one of an earlier request with the same key. */
    /**
     * The response of a request: fresh, or the stored one of an earlier request with the same key. {@code fresh}
     * is the response object the work built (null on replay), for callers that answer with it as it is.
     */
    public record StoredResponse(int status, String body, String location, boolean replayed,
                                 Response fresh) {

        /** A fresh response to store. */
        public static StoredResponse of(int status, String body, String location) {
            return new StoredResponse(status, body, location, false, null);
        }
    }

    /**
     * Runs {@code work} once for {@code (scope, key)}. {@code scope} names the operation and the tenant (e.g.
     * {@code "苏0804 record-payment"}); {@code fingerprint} identifies what the request means (see
     * {@link #fingerprint(Object)}).
     */
    public StoredResponse execute(String scope, String key, String fingerprint, Supplier<StoredResponse> work) {
        return QuarkusTransaction.requiringNew().call(() -> {
            if (keys.claim(scope, key, fingerprint) instanceof IdempotencyKeys.Replay replay) {
                return new StoredResponse(replay.status(), replay.body(), replay.location(), true, null);
            }
            StoredResponse response = work.get();
            keys.complete(scope, key, fingerprint, response.status(), response.body(), response.location());
            return new StoredResponse(response.status(), response.body(), response.location(), false,
                    response.fresh());
        });
    }

    /** SHA-256 of the canonical JSON of what a request means (normalise amounts' scale before). */
    public static String fingerprint(Object meaning) {
        return Json.sha256(Json.canonical(meaning));
    }
}
