package org.enforcement.demo;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Mints RS256 tokens with the development private key, with the claims of {@code deploy/local/token.sh}: issuer,
 * audience, sub/upn, groups (the role) and court. The header names the key ({@value #DEFAULT_KEY_ID}), as the JWKS of
 * the test OIDC provider publishes it, so services that verify against that provider accept them. Plain JDK crypto,
 * so the loader needs no JWT library.
 */
public final class DevTokens implements Tokens {

    static final String DEFAULT_ISSUER = "https://enforcement.local/issuer";
    static final String DEFAULT_AUDIENCE = "enforcement";
    /** The kid of the development key in the test OIDC provider's JWKS (test-support TestOidcProvider). */
    static final String DEFAULT_KEY_ID = "enforcement-dev";
    private static final long TTL_SECONDS = 8 * 3600;
    private static final Base64.Encoder B64URL = Base64.getUrlEncoder().withoutPadding();

    private final PrivateKey key;
    private final String issuer;
    private final String audience;
    private final ObjectMapper json = new ObjectMapper();
    private final Map<String, String> cache = new HashMap<>();

    public DevTokens(Path privateKeyPem, String issuer, String audience) {
        this.key = readKey(privateKeyPem);
        this.issuer = issuer;
        this.audience = audience;
    }

    /** A token for {@code user} acting as {@code role} for {@code court}; reused within one run. */
    @Override
    public synchronized String token(String user, String role, String court) {
        return cache.computeIfAbsent(user + '|' + role + '|' + court, k -> mint(user, role, court));
    }

    private String mint(String user, String role, String court) {
        long now = Instant.now().getEpochSecond();
        ObjectNode claims = json.createObjectNode();
        claims.put("iss", issuer);
        claims.put("aud", audience);
        claims.put("sub", user);
        claims.put("upn", user);
        claims.putArray("groups").add(role);
        claims.put("court", court);
        if ("*".equals(court)) {
            // Only a service account (client_id, as the client-credentials grant issues) acts for every court.
            claims.put("client_id", user);
        }
        claims.put("iat", now);
        claims.put("exp", now + TTL_SECONDS);
        claims.put("jti", UUID.randomUUID().toString());
        String header = "{\"alg\":\"RS256\",\"typ\":\"JWT\",\"kid\":\"" + DEFAULT_KEY_ID + "\"}";
        String input = encode(header.getBytes(StandardCharsets.UTF_8)) + "."
                + encode(claims.toString().getBytes(StandardCharsets.UTF_8));
        try {
            Signature rsa = Signature.getInstance("SHA256withRSA");
            rsa.initSign(key);
            rsa.update(input.getBytes(StandardCharsets.US_ASCII));
            return input + "." + encode(rsa.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot sign a token with the development key", e);
        }
    }

    private static String encode(byte[] bytes) {
        return B64URL.encodeToString(bytes);
    }

    private static PrivateKey readKey(Path pem) {
        String text;
        try {
            text = Files.readString(pem, StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new IllegalArgumentException("Cannot read the private key " + pem + " (" + e.getMessage()
                    + "); pass --key or set DEMO_PRIVATE_KEY", e);
        }
        if (!text.contains("-----BEGIN PRIVATE KEY-----")) {
            throw new IllegalArgumentException(pem + " is not a PKCS#8 PEM private key (BEGIN PRIVATE KEY)");
        }
        String base64 = text.replaceAll("-----(BEGIN|END) PRIVATE KEY-----", "").replaceAll("\\s", "");
        try {
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(
                    Base64.getDecoder().decode(base64)));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalArgumentException(pem + " does not hold a readable RSA private key", e);
        }
    }
}
