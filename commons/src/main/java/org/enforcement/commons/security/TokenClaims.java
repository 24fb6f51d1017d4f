package org.enforcement.commons.security;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.util.Collection;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.enforcement.commons.http.edge.ControlCharacters;

/**
 * Refuses a signed token whose claims hold a control character (e.g. {@code "court":"a\u0000b"}): such a
 * court, subject or role cannot be a real one, and PostgreSQL refuses a NUL in text, which made it a 500. The
 * token is treated as invalid: 401 problem+json (RFC 6750 {@code invalid_token}), like an expired one.
 *
 * <p>The claims are a function of the token, so {@link VerifiedTokens} judges them once, when the OIDC layer has
 * verified the token, and keeps only a token found clean: a cached token was clean, a refused one is judged anew
 * every time it comes (issue 18: a second memo of clean tokens cost a map lookup per request).
 */
final class TokenClaims {

    private TokenClaims() {
    }

    /** The name of the first claim whose name or value holds a control character, printable; null if none does. */
    static String refusedClaim(JsonWebToken jwt) {
        for (String name : jwt.getClaimNames()) {
            if (ControlCharacters.contains(name) || holdsControlCharacter(jwt.getClaim(name))) {
                return name.replaceAll("\\p{Cntrl}", "?");
            }
        }
        return null;
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
}
