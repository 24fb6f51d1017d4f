package org.enforcement.commons.security;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonNumber;
import java.time.Clock;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.enforcement.commons.http.edge.ControlCharacters;
import org.jboss.logging.Logger;

/**
 * Refuses a signed token that says when it was issued and until when it is valid in a way no real issuer would: no
 * {@code iat} or no {@code exp}, issued in the future beyond the clock skew, or valid for longer than
 * {@code enforcement.token.max-lifetime} (default 8 h, a working day: what deploy/local/token.sh and the demo loader
 * mint). A leaked key or a careless issuer cannot hand out a token for a century. Refused like an expired token: 401
 * problem+json. Lives here rather than in smallrye-jwt's options so it survives the move to quarkus-oidc.
 */
@ApplicationScoped
public class TokenLifetime implements SecurityIdentityAugmentor {

    /**
     * A token is judged by the real time, as the OIDC layer judges its {@code exp}, not by the service's business
     * clock: a test that puts the service on another day keeps its tokens, and no setting of the business clock can
     * make an issuer's token valid. VerifiedTokens judges exp by it too.
     */
    static final Clock REAL_TIME = Clock.systemUTC();

    private static final Logger LOG = Logger.getLogger(TokenLifetime.class);

    @ConfigProperty(name = "enforcement.token.max-lifetime", defaultValue = "8h")
    Duration maxLifetime;

    @ConfigProperty(name = "enforcement.token.clock-skew", defaultValue = "60s")
    Duration clockSkew;

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (identity.getPrincipal() instanceof JsonWebToken jwt) {
            String refusal = refusal(seconds(jwt.getClaim("iat")), seconds(jwt.getClaim("exp")),
                    REAL_TIME.instant().getEpochSecond(), maxLifetime, clockSkew);
            if (refusal != null) {
                LOG.warnf("Refused a token of %s: %s", ControlCharacters.contains(jwt.getName()) ? "?" : jwt.getName(),
                        refusal);
                return Uni.createFrom().failure(new AuthenticationFailedException(refusal));
            }
        }
        return Uni.createFrom().item(identity);
    }

    /** Why a token issued at {@code iat} and valid until {@code exp} (epoch seconds) is refused at {@code now}, or null. */
    static String refusal(Long iat, Long exp, long now, Duration maxLifetime, Duration clockSkew) {
        if (iat == null || exp == null) {
            return "the token has no " + (iat == null ? "iat" : "exp") + " claim";
        }
        if (iat > now + clockSkew.toSeconds()) {
            return "the token was issued " + (iat - now) + " s in the future";
        }
        if (exp < iat) {
            return "the token expires before it was issued";
        }
        if (exp - iat > maxLifetime.toSeconds()) {
            return "the token is valid for " + (exp - iat) + " s, longer than " + maxLifetime.toSeconds() + " s";
        }
        return null;
    }

    /** A NumericDate claim as epoch seconds (RFC 7519 allows fractions); anything but a number counts as absent. */
    private static Long seconds(Object claim) {
        if (claim instanceof JsonNumber number) {
            return number.longValue();
        }
        return claim instanceof Number number ? number.longValue() : null;
    }
}
