package org.enforcement.testing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.restassured.response.ValidatableResponse;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/**
 * When a token was issued and how long it is valid (commons TokenLifetime): a token without {@code iat} or
 * {@code exp}, issued in the future beyond the clock skew, or valid for longer than
 * {@code enforcement.token.max-lifetime} is 401 problem+json {@code unauthenticated}; tokens as real issuers mint
 * them still read. A service runs them with a {@code @QuarkusTest} subclass that names a GET endpoint.
 */
public abstract class TokenLifetimeCheck {

    private static final long HOUR = 3600;
    private final Court court = Court.fresh();

    /** A GET endpoint that answers 200 to {@link #role()} of a fresh court. */
    protected abstract String readablePath();

    /** A role that may read {@link #readablePath()}. */
    protected abstract String role();

    @Test
    public void shouldReadWithATokenAsIssuersMintThem() {
        long now = now();
        read(court.as("judge.chen", role())).statusCode(200);
        read(token(now, now + HOUR)).statusCode(200);
        read(token(now - 30, now + maxLifetime() - 30)).statusCode(200); // exactly the longest lifetime allowed
        read(token(now + 30, now + HOUR)).statusCode(200); // the issuer's clock runs a little ahead: within the skew
    }

    @Test
    public void shouldRefuseTokenIssuedInTheFuture() {
        long now = now();
        assertRefused(token(now + HOUR, now + 2 * HOUR));
        assertRefused(token(now + 120, now + HOUR)); // beyond the 60 s clock skew
    }

    @Test
    public void shouldRefuseTokenValidForLongerThanTheMaximum() {
        long now = now();
        assertRefused(token(now, now + 100L * 365 * 24 * HOUR)); // a century
        assertRefused(token(now, now + maxLifetime() + 60));
    }

    @Test
    public void shouldRefuseTokenWithoutIssuedAtOrExpiry() {
        long now = now();
        assertRefused(token(null, now + HOUR));
        assertRefused(token(now, null));
        assertRefused(token(null, null));
    }

    @Test
    public void shouldRefuseTokenThatExpiresBeforeItWasIssued() {
        long now = now();
        assertRefused(token(now, now - 1));
    }

    private String token(Long issuedAt, Long expiresAt) {
        return Tokens.timed("judge.chen", role(), court.code(), issuedAt, expiresAt);
    }

    private ValidatableResponse read(String token) {
        return given().auth().oauth2(token).get(readablePath()).then();
    }

    private void assertRefused(String token) {
        read(token).statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", "Bearer")
                .body("type", equalTo("/problems/unauthenticated"));
    }

    private static long maxLifetime() {
        return ConfigProvider.getConfig().getValue("enforcement.token.max-lifetime", Duration.class).toSeconds();
    }

    private static long now() {
        return Instant.now().getEpochSecond();
    }
}
