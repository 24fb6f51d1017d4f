package org.enforcement.commons.security;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.util.Collection;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.enforcement.commons.http.edge.ControlCharacters;
import org.jboss.logging.Logger;

/**
 * Refuses a signed token whose claims hold a control character (e.g. {@code "court":"a\u0000b"}): such a
 * court, subject or role cannot be a real one, and PostgreSQL refuses a NUL in text, which made it a 500. The
 * token is treated as invalid: 401 problem+json (RFC 6750 {@code invalid_token}), like an expired one.
 */
@ApplicationScoped
public class TokenClaims implements SecurityIdentityAugmentor {

    private static final Logger LOG = Logger.getLogger(TokenClaims.class);

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (identity.getPrincipal() instanceof JsonWebToken jwt) {
            for (String name : jwt.getClaimNames()) {
                if (ControlCharacters.contains(name) || holdsControlCharacter(jwt.getClaim(name))) {
                    LOG.warnf("Refused a token of %s: claim '%s' holds a control character",
                            ControlCharacters.contains(jwt.getName()) ? "?" : jwt.getName(), printable(name));
                    return Uni.createFrom().failure(new AuthenticationFailedException(
                            "A token claim holds a control character"));
                }
            }
        }
        return Uni.createFrom().item(identity);
    }

    private static boolean holdsControlCharacter(Object claim) {
        if (claim instanceof String text) {
            return ControlCharacters.contains(text);
        }
        if (claim instanceof JsonString text) {
            return ControlCharacters.contains(text.getString());
        }
        if (claim instanceof JsonArray array) {
            return array.stream().anyMatch(TokenClaims::holdsControlCharacter);
        }
        if (claim instanceof JsonObject object) {
            return object.entrySet().stream().anyMatch(e -> ControlCharacters.contains(e.getKey())
                    || holdsControlCharacter(e.getValue()));
        }
        if (claim instanceof Collection<?> values) {
            return values.stream().anyMatch(TokenClaims::holdsControlCharacter);
        }
        return false;
    }

    private static String printable(String name) {
        return name.replaceAll("\\p{Cntrl}", "?");
    }
}
