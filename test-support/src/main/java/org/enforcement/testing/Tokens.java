package org.enforcement.testing;

import static io.restassured.RestAssured.given;

import java.security.PrivateKey;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jose4j.jwk.RsaJsonWebKey;

/**
 * Test tokens as the {@link TestOidcProvider} issues them: signed with the development key (kid
 * {@value TestOidcProvider#DEV_KEY_ID}), issuer = the provider the service under test trusts
 * ({@code quarkus.oidc.auth-server-url}), audience {@value TestOidcProvider#AUDIENCE}.
 */
public final class Tokens {

    private static final RsaJsonWebKey DEV_KEY = DevKeys.pair();

    private Tokens() {
    }

    /** A person's token: upn and sub {@code user}, the role in {@code groups}, the court, valid for an hour. */
    public static String token(String user, String role, String court) {
        long now = Instant.now().getEpochSecond();
        return timed(user, role, court, now, now + 3600);
    }

    /**
     * A person's token with the given {@code iat} and {@code exp} (epoch seconds; null leaves the claim out).
     */
    public static String timed(String user, String role, String court, Long issuedAt, Long expiresAt) {
        Map<String, Object> claims = standardClaims();
        claims.put("sub", user);
        claims.put("upn", user);
        claims.put("groups", List.of(role));
        claims.put("court", court);
        claims.remove("iat");
        claims.remove("exp");
        if (issuedAt != null) {
            claims.put("iat", issuedAt);
        }
        if (expiresAt != null) {
            claims.put("exp", expiresAt);
        }
        return sign(claims);
    }

    /**
     * A service account's token as the provider's token endpoint issues it (court {@code *}, role integrator, a
     * {@code client_id} claim), signed here to save the round trip.
     */
    public static String serviceAccount(String clientId) {
        Map<String, Object> claims = standardClaims();
        claims.put("sub", UUID.nameUUIDFromBytes(clientId.getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .toString());
        claims.put("preferred_username", "service-account-" + clientId);
        claims.put("client_id", clientId);
        claims.put("azp", clientId);
        claims.put("groups", List.of("integrator"));
        claims.put("court", "*");
        TestOidcProvider.servedCourts(clientId).ifPresent(served -> claims.put("served_courts", served));
        return sign(claims);
    }

    /** A token from the provider's token endpoint by the client-credentials grant (fails the test if refused). */
    public static String clientCredentials(String clientId, String secret) {
        return given().auth().preemptive().basic(clientId, secret).formParam("grant_type", "client_credentials")
                .post(issuer() + "/protocol/openid-connect/token").then().statusCode(200)
                .extract().path("access_token");
    }

    /** iss, aud, iat, exp (an hour) and jti of a token the test provider would issue now. */
    public static Map<String, Object> standardClaims() {
        long now = Instant.now().getEpochSecond();
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("iss", issuer());
        claims.put("aud", TestOidcProvider.AUDIENCE);
        claims.put("iat", now);
        claims.put("exp", now + 3600);
        claims.put("jti", UUID.randomUUID().toString());
        return claims;
    }

    /** Claims signed with the development key, as the test provider signs. */
    public static String sign(Map<String, Object> claims) {
        return DevKeys.sign(claims, DEV_KEY.getPrivateKey(), TestOidcProvider.DEV_KEY_ID);
    }

    /** Claims signed with any key and kid, e.g. one the provider does not publish (yet). */
    public static String sign(Map<String, Object> claims, PrivateKey key, String kid) {
        return DevKeys.sign(claims, key, kid);
    }

    /** The issuer the service under test trusts: its test OIDC provider. */
    public static String issuer() {
        return ConfigProvider.getConfig().getValue("quarkus.oidc.auth-server-url", String.class);
    }

    /**
     * A court code no other test uses, so each test sees only its own data, numbers and events: a basic test court
     * (see {@link TestCourts}) under an intermediate 测9xxxxx, which {@link Court#freshIntermediate()} never makes.
     */
    public static String freshCourt() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return "测9" + String.format("%05d%04d", random.nextInt(100_000), random.nextInt(10_000));
    }

    /**
     * A person's token whose court claim is any JSON value, e.g. the number 804 (the other claims as
     * {@link #token}); null leaves the claim out.
     */
    public static String withCourtClaim(String user, String role, Object court) {
        Map<String, Object> claims = standardClaims();
        claims.put("sub", user);
        claims.put("upn", user);
        claims.put("groups", List.of(role));
        if (court != null) {
            claims.put("court", court);
        }
        return sign(claims);
    }
}
