package org.enforcement.cases.edge;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.ValidatableResponse;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.enforcement.cases.support.TestDatabase;
import org.enforcement.testing.Court;
import org.enforcement.testing.TestOidcProvider;
import org.enforcement.testing.Tokens;
import org.jose4j.jwk.RsaJsonWebKey;
import org.jose4j.jwk.RsaJwkGenerator;
import org.jose4j.lang.JoseException;
import org.junit.jupiter.api.Test;

/**
 * A token verified once is answered from commons VerifiedTokens afterwards, and that changes nothing a client can
 * see: it still expires on time, a forged signature over the same claims is still refused, and a key the provider
 * revokes stops working once the service fetches the keys again. Without the 60 s of clock skew, so expiry shows.
 */
@QuarkusTest
@TestProfile(VerifiedTokensTest.NoClockSkew.class)
@QuarkusTestResource(TestDatabase.class)
class VerifiedTokensTest {

    public static class NoClockSkew implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.oidc.token.lifespan-grace", "0");
        }
    }

    private final Court court = Court.fresh();

    @Test
    void shouldRefuseACachedTokenOnceItHasExpired() throws InterruptedException {
        long now = Instant.now().getEpochSecond();
        String token = Tokens.timed("judge.chen", "judge", court.code(), now, now + 3);
        read(token).statusCode(200);
        read(token).statusCode(200); // answered from the cache

        Thread.sleep(Math.max(0, (now + 3) * 1000 - System.currentTimeMillis()) + 300);

        assertRefused(token);
    }

    @Test
    void shouldRefuseAForgedSignatureWhileTheGenuineTokenIsCached() throws JoseException {
        Map<String, Object> claims = judgeClaims();
        String genuine = Tokens.sign(claims);
        read(genuine).statusCode(200);
        read(genuine).statusCode(200);

        RsaJsonWebKey foreign = RsaJwkGenerator.generateJwk(2048);
        String forged = Tokens.sign(claims, foreign.getPrivateKey(), TestOidcProvider.DEV_KEY_ID);
        String signedPart = genuine.substring(0, genuine.lastIndexOf('.'));
        assertThat(forged).startsWith(signedPart + ".").isNotEqualTo(genuine);
        assertRefused(forged);
        String signature = genuine.substring(signedPart.length() + 1);
        assertRefused(signedPart + "." + (signature.charAt(0) == 'A' ? 'B' : 'A') + signature.substring(1));
        assertRefused(signedPart + ".");

        read(genuine).statusCode(200);
    }

    @Test
    void shouldRefuseACachedTokenOnceItsKeyIsRevoked() throws JoseException {
        RsaJsonWebKey revoked = newKey("revoked-");
        TestOidcProvider.publish(Tokens.issuer(), revoked);
        String token = Tokens.sign(judgeClaims(), revoked.getPrivateKey(), revoked.getKeyId());
        read(token).statusCode(200);
        read(token).statusCode(200);

        TestOidcProvider.revoke(Tokens.issuer(), revoked.getKeyId());
        // The service fetches the key set again when a token names a key it does not hold: a newly published one.
        RsaJsonWebKey next = newKey("next-");
        TestOidcProvider.publish(Tokens.issuer(), next);
        read(Tokens.sign(judgeClaims(), next.getPrivateKey(), next.getKeyId())).statusCode(200);

        assertRefused(token);
        read(Tokens.sign(judgeClaims())).statusCode(200); // the development key is still published
    }

    private static RsaJsonWebKey newKey(String prefix) throws JoseException {
        RsaJsonWebKey key = RsaJwkGenerator.generateJwk(2048);
        key.setKeyId(prefix + UUID.randomUUID());
        return key;
    }

    private Map<String, Object> judgeClaims() {
        Map<String, Object> claims = Tokens.standardClaims();
        claims.put("sub", "judge.chen");
        claims.put("upn", "judge.chen");
        claims.put("groups", List.of("judge"));
        claims.put("court", court.code());
        return claims;
    }

    private static ValidatableResponse read(String token) {
        return given().auth().oauth2(token).get("/api/cases").then();
    }

    private static void assertRefused(String token) {
        read(token).statusCode(401)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/unauthenticated"));
    }
}
