package org.enforcement.commons.security;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * What the OIDC layer answered for a bearer token, kept until the token's {@code exp} so that the next request with
 * the very same token skips the RSA signature check and the JSON parsing. Keyed by the whole token (header, claims and
 * signature): a token that differs in any character, e.g. a forged signature over the same claims, is verified anew.
 *
 * <p>A key the provider revokes must stop working as soon as the OIDC layer learns of it. The OIDC layer fetches the
 * provider's key set again only while it verifies a token whose {@code kid} is not in the set it holds. So the cache
 * knows the kids of the tokens it stores (each was in the key set when its token was verified) and treats any other
 * kid, or none, as a possible key-set change: every entry is dropped when such a verification starts and again when it
 * ends, and nothing verified while one was running is stored. A result is stored only if no such verification started
 * or ended while it was being verified. Values are opaque here, so the rule is tested without Quarkus.
 */
final class VerifiedTokenCache<V> {

    /** A verification under way: what was known when it started. */
    record Verification(String keyId, boolean knownKey, long generation) {
    }

    private record Entry<V>(V value, long expiresAt) {
    }

    private final Map<String, Entry<V>> entries = new ConcurrentHashMap<>();
    private final Set<String> knownKeys = ConcurrentHashMap.newKeySet();
    private final int capacity;
    private final LongSupplier epochSeconds;
    /** Bumped on every drop; guarded by this, like {@link #keyChecks}. */
    private long generation;
    /** Verifications running with a kid not in {@link #knownKeys}: each may make the OIDC layer fetch the keys. */
    private int keyChecks;

    VerifiedTokenCache(int capacity, LongSupplier epochSeconds) {
        this.capacity = capacity;
        this.epochSeconds = epochSeconds;
    }

    /** The stored answer for exactly this token, or null when there is none or the token's exp has come. */
    V get(String token) {
        Entry<V> entry = entries.get(token);
        if (entry == null) {
            return null;
        }
        if (epochSeconds.getAsLong() >= entry.expiresAt()) {
            entries.remove(token, entry);
            return null;
        }
        return entry.value();
    }

    /** Called before the OIDC layer verifies a token signed with {@code keyId} (null: the token names no key). */
    synchronized Verification start(String keyId) {
        boolean known = keyId != null && knownKeys.contains(keyId);
        if (!known) {
            keyChecks++;
            drop();
        }
        return new Verification(keyId, known, generation);
    }

    /**
     * Called when that verification has ended: {@code value} is what the OIDC layer answered (null if it refused or
     * the request was cancelled), {@code expiresAt} the token's exp in epoch seconds.
     */
    synchronized void end(Verification verification, String token, V value, long expiresAt) {
        boolean undisturbed = verification.generation() == generation
                && keyChecks == (verification.knownKey() ? 0 : 1);
        if (!verification.knownKey()) {
            keyChecks--;
            drop();
        }
        if (value == null || !undisturbed || verification.keyId() == null || capacity <= 0
                || epochSeconds.getAsLong() >= expiresAt) {
            return;
        }
        if (entries.size() >= capacity) {
            long now = epochSeconds.getAsLong();
            entries.values().removeIf(entry -> now >= entry.expiresAt());
            if (entries.size() >= capacity) {
                entries.clear();
            }
        }
        knownKeys.add(verification.keyId());
        entries.put(token, new Entry<>(value, expiresAt));
    }

    int size() {
        return entries.size();
    }

    private void drop() {
        generation++;
        entries.clear();
        knownKeys.clear();
    }
}
