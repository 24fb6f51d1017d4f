package org.enforcement.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.Map;
import org.jose4j.json.JsonUtil;
import org.jose4j.jwk.RsaJsonWebKey;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.lang.JoseException;

/** The development key pair (deploy/dev-keys, public on purpose) and test tokens signed with a key. */
public final class DevKeys {

    private DevKeys() {
    }

    /** Claims signed RS256 with {@code key}, {@code kid} in the header. */
    public static String sign(Map<String, Object> claims, PrivateKey key, String kid) {
        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(JsonUtil.toJson(claims));
        jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
        jws.setHeader("typ", "JWT");
        if (kid != null) {
            jws.setKeyIdHeaderValue(kid);
        }
        jws.setKey(key);
        try {
            return jws.getCompactSerialization();
        } catch (JoseException e) {
            throw new IllegalStateException("Cannot sign a test token", e);
        }
    }

    /** The development key pair of deploy/dev-keys, found above the working directory (tests only). */
    static RsaJsonWebKey pair() {
        Path keys = devKeys();
        try {
            KeyFactory rsa = KeyFactory.getInstance("RSA");
            RsaJsonWebKey key = new RsaJsonWebKey((RSAPublicKey) rsa.generatePublic(new X509EncodedKeySpec(
                    pem(keys.resolve("jwt-public.pem")))));
            key.setPrivateKey(rsa.generatePrivate(new PKCS8EncodedKeySpec(pem(keys.resolve("jwt-private.pem")))));
            key.setKeyId(TestOidcProvider.DEV_KEY_ID);
            return key;
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("Cannot read the development key pair in " + keys, e);
        }
    }

    private static byte[] pem(Path file) throws IOException {
        return Base64.getDecoder().decode(Files.readString(file, StandardCharsets.US_ASCII)
                .replaceAll("-----(BEGIN|END) [A-Z ]+-----", "").replaceAll("\\s", ""));
    }

    private static Path devKeys() {
        String configured = System.getenv("ENFORCEMENT_DEV_KEYS");
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isRegularFile(p.resolve("deploy/dev-keys/jwt-private.pem"))) {
                return p.resolve("deploy/dev-keys");
            }
        }
        throw new IllegalStateException("deploy/dev-keys not found above " + Path.of("").toAbsolutePath());
    }
}
