package org.enforcement.commons.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * When a verified token is answered from the cache and when it must be verified again, on a clock the test moves
 * (the HTTP side: case-service VerifiedTokensTest).
 */
class VerifiedTokenCacheTest {

    private static final long NOW = 1_700_000_000L;
    private final AtomicLong clock = new AtomicLong(NOW);
    private final VerifiedTokenCache<String> cache = new VerifiedTokenCache<>(100, clock::get);

    @Test
    void shouldAnswerTheSameTokenUntilItsExpiryAndNotAfter() {
        verify("token-a", "dev-key", "identity-a", NOW + 60);
        assertThat(cache.get("token-a")).isEqualTo("identity-a");

        clock.set(NOW + 59);
        assertThat(cache.get("token-a")).isEqualTo("identity-a");
        clock.set(NOW + 60);
        assertThat(cache.get("token-a")).isNull();
        clock.set(NOW + 59); // a clock stepping back does not revive it: the entry is gone
        assertThat(cache.get("token-a")).isNull();
    }

    @Test
    void shouldAnswerOnlyTheVeryTokenVerified() {
        verify("header.claims.signature", "dev-key", "identity", NOW + 60);
        assertThat(cache.get("header.claims.signature")).isEqualTo("identity");
        assertThat(cache.get("header.claims.signaturf")).isNull();
        assertThat(cache.get("header.claims.")).isNull();
        assertThat(cache.get("header.claims")).isNull();
    }

    @Test
    void shouldNotKeepARefusedOrAlreadyExpiredToken() {
        verify("refused", "dev-key", null, NOW + 60);
        verify("expired", "dev-key", "identity", NOW);
        verify("long-expired", "dev-key", "identity", NOW - 3600);
        assertThat(cache.get("refused")).isNull();
        assertThat(cache.get("expired")).isNull();
        assertThat(cache.get("long-expired")).isNull();
        assertThat(cache.size()).isZero();
    }

    @Test
    void shouldNotKeepATokenThatNamesNoKey() {
        verify("no-kid", null, "identity", NOW + 60);
        assertThat(cache.get("no-kid")).isNull();
    }

    @Test
    void shouldDropEverythingWhenATokenNamesAnUnknownKey() {
        verify("token-a", "dev-key", "identity-a", NOW + 60);
        assertThat(cache.get("token-a")).isEqualTo("identity-a");

        // The OIDC layer may fetch the key set for this one and find dev-key revoked.
        VerifiedTokenCache.Verification rotated = cache.start("rotated-key");
        assertThat(cache.get("token-a")).isNull();
        cache.end(rotated, "token-b", "identity-b", NOW + 60);
        // Dropped again at the end (the key set may have changed meanwhile); the new token was verified against it.
        assertThat(cache.get("token-a")).isNull();
        assertThat(cache.get("token-b")).isEqualTo("identity-b");

        // dev-key is unknown again: verifying token-a drops token-b, whose key may have gone in the meantime.
        verify("token-a", "dev-key", "identity-a", NOW + 60);
        assertThat(cache.get("token-b")).isNull();
        assertThat(cache.get("token-a")).isEqualTo("identity-a");
    }

    @Test
    void shouldDropEverythingWhenATokenWithoutKeyIsVerified() {
        verify("token-a", "dev-key", "identity-a", NOW + 60);
        verify("no-kid", null, null, NOW + 60);
        assertThat(cache.get("token-a")).isNull();
    }

    @Test
    void shouldNotStoreWhatWasVerifiedWhileTheKeySetMayHaveChanged() {
        verify("token-a", "dev-key", "identity-a", NOW + 60);

        // Started with a known key, then a token with an unknown key made the OIDC layer fetch the key set.
        VerifiedTokenCache.Verification known = cache.start("dev-key");
        VerifiedTokenCache.Verification unknown = cache.start("other-key");
        cache.end(known, "token-c", "identity-c", NOW + 60);
        cache.end(unknown, "token-d", null, NOW + 60);
        assertThat(cache.get("token-c")).isNull();

        // An unknown key still being checked when a known one ends: not stored either.
        verify("token-a", "dev-key", "identity-a", NOW + 60);
        VerifiedTokenCache.Verification stillChecking = cache.start("third-key");
        VerifiedTokenCache.Verification meanwhile = cache.start("dev-key");
        assertThat(meanwhile.knownKey()).isFalse(); // the drop forgot dev-key too
        cache.end(meanwhile, "token-e", "identity-e", NOW + 60);
        cache.end(stillChecking, "token-f", "identity-f", NOW + 60);
        assertThat(cache.get("token-e")).isNull();
        assertThat(cache.get("token-f")).isNull();
    }

    @Test
    void shouldKeepNoMoreTokensThanItsCapacity() {
        VerifiedTokenCache<String> small = new VerifiedTokenCache<>(3, clock::get);
        for (int i = 0; i < 10; i++) {
            small.end(small.start("dev-key"), "token-" + i, "identity-" + i, NOW + 60);
            assertThat(small.size()).isLessThanOrEqualTo(3);
        }
        assertThat(small.get("token-9")).isEqualTo("identity-9");
    }

    @Test
    void shouldKeepNothingWhenTurnedOff() {
        VerifiedTokenCache<String> off = new VerifiedTokenCache<>(0, clock::get);
        off.end(off.start("dev-key"), "token", "identity", NOW + 60);
        off.end(off.start("dev-key"), "token", "identity", NOW + 60);
        assertThat(off.get("token")).isNull();
    }

    /** One verification by the OIDC layer, nothing else running: its answer is {@code identity}. */
    private void verify(String token, String keyId, String identity, long expiresAt) {
        cache.end(cache.start(keyId), token, identity, expiresAt);
    }
}
