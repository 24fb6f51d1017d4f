package org.enforcement.testing;

import io.smallrye.jwt.build.Jwt;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/** Signed test tokens (the dev key pair of deploy/dev-keys, configured as smallrye.jwt.sign.key.location). */
public final class Tokens {

    private Tokens() {
    }

    public static String token(String user, String role, String court) {
        return Jwt.upn(user).subject(user).groups(role).claim("court", court).expiresIn(Duration.ofHours(1)).sign();
    }

    /** A court code no other test uses, so each test sees only its own data, numbers and events. */
    public static String freshCourt() {
        return "测" + ThreadLocalRandom.current().nextInt(100_000, 999_999);
    }
}
