package org.enforcement.testing;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.util.KeyUtils;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jose4j.json.JsonUtil;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;

/** Signed test tokens (the dev key pair of deploy/dev-keys, configured as smallrye.jwt.sign.key.location). */
public final class Tokens {

    private Tokens() {
    }

    public static String token(String user, String role, String court) {
        return Jwt.upn(user).subject(user).groups(role).claim("court", court).expiresIn(Duration.ofHours(1)).sign();
    }

    /**
     * A token with the given {@code iat} and {@code exp} (epoch seconds; null leaves the claim out), signed with the
     * test key. Built by hand because the JWT builder always adds an {@code iat}.
     */
    public static String timed(String user, String role, String court, Long issuedAt, Long expiresAt) {
        Config config = ConfigProvider.getConfig();
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("iss", config.getValue("mp.jwt.verify.issuer", String.class));
        claims.put("aud", config.getValue("mp.jwt.verify.audiences", String.class));
        claims.put("sub", user);
        claims.put("upn", user);
        claims.put("groups", List.of(role));
        claims.put("court", court);
        claims.put("jti", UUID.randomUUID().toString());
        if (issuedAt != null) {
            claims.put("iat", issuedAt);
        }
        if (expiresAt != null) {
            claims.put("exp", expiresAt);
        }
        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(JsonUtil.toJson(claims));
        jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
        jws.setHeader("typ", "JWT");
        try {
            String location = config.getValue("smallrye.jwt.sign.key.location", String.class);
            jws.setKey(KeyUtils.decodePrivateKey(Files.readString(Path.of(location))));
            return jws.getCompactSerialization();
        } catch (Exception e) {
            throw new IllegalStateException("Cannot sign a test token", e);
        }
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
        var claims = Jwt.upn(user).subject(user).groups(role);
        return (court == null ? claims : claims.claim("court", court)).expiresIn(Duration.ofHours(1)).sign();
    }

    /**
     * A service account's token (client-credentials grant): court {@code *}, role integrator and a
     * {@code client_id} claim, which people's tokens never carry.
     */
    public static String serviceAccount(String clientId) {
        return Jwt.upn("service-account-" + clientId).subject("service-account-" + clientId).groups("integrator")
                .claim("court", "*").claim("client_id", clientId).expiresIn(Duration.ofHours(1)).sign();
    }
}
