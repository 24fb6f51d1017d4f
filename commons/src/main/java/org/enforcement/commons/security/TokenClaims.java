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
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
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

    /** How many tokens found clean are remembered; the memory is emptied when it is full. */
    static final int REMEMBERED = 1000;

    /**
     * Tokens (the whole signed text) whose claims were found clean. The claims are a function of the token, so the
     * same token is not looked through again on its next request (issue 18: 4 % of a GET's CPU). A refused token is
     * never remembered: it is refused every time.
     */
    private final Map<String, Boolean> clean = new ConcurrentHashMap<>();

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (identity.getPrincipal() instanceof JsonWebToken jwt) {
            String token = jwt.getRawToken();
            if (token != null && clean.containsKey(token)) {
                return Uni.createFrom().item(identity);
            }
            for (String name : jwt.getClaimNames()) {
                if (ControlCharacters.contains(name) || holdsControlCharacter(jwt.getClaim(name))) {
                    LOG.warnf("Refused a token of %s: claim '%s' holds a control character",
                            ControlCharacters.contains(jwt.getName()) ? "?" : jwt.getName(), printable(name));
                    return Uni.createFrom().failure(new AuthenticationFailedException(
                            "A token claim holds a control character"));
                }
            }
            if (token != null) {
                if (clean.size() >= REMEMBERED) {
                    clean.clear();
                }
                clean.put(token, Boolean.TRUE);
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
