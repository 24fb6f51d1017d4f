package org.enforcement.commons.security;

import io.quarkus.oidc.runtime.OidcJwtCallerPrincipal;
import jakarta.json.JsonArray;
import jakarta.json.JsonString;
import java.util.List;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * A custom claim of a verified token ({@code court}, {@code client_id}, {@code served_courts}) as plain Java: a JSON
 * string is a {@link String}, an array a {@link List} of such values; other JSON values (numbers, objects, booleans)
 * stay as SmallRye holds them; null when the token has no such claim. Not for the standard claims SmallRye converts
 * its own way (exp, iat, groups, aud); a standard string claim such as upn reads the same either way.
 *
 * <p>Why not {@code JsonWebToken.getClaim}: SmallRye's looks every name up in its {@code Claims} enum first, and for a
 * name the standard does not define ({@code court}, {@code client_id}, {@code served_courts}) that lookup throws and
 * catches an IllegalArgumentException, stack trace and all. Reading the court that way cost 9 % of a case read's CPU
 * (issue 18). The OIDC layer's principal hands out its parsed claims directly.
 */
public final class ClaimValues {

    private ClaimValues() {
    }

    public static Object of(JsonWebToken token, String name) {
        if (token instanceof OidcJwtCallerPrincipal oidc) {
            // SmallRye has already turned arrays and objects in there into JSON values.
            return plain(oidc.getClaims().getClaimValue(name));
        }
        return plain(token.getClaim(name));
    }

    /** The claim if it is a JSON string, else null. */
    public static String text(JsonWebToken token, String name) {
        return of(token, name) instanceof String text ? text : null;
    }

    private static Object plain(Object claim) {
        if (claim instanceof JsonString text) {
            return text.getString();
        }
        if (claim instanceof JsonArray array) {
            return array.stream().map(ClaimValues::plain).toList();
        }
        return claim;
    }
}
