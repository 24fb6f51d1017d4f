package org.enforcement.commons.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.enforcement.commons.problem.ProblemException;
import org.enforcement.rules.identity.PersonIdentity;

/**
 * Who is calling: subject, roles and the court the token is scoped to. Every token must carry a {@code court}
 * claim; data of another court is treated as absent (404), never as forbidden, so its existence does not leak.
 */
@RequestScoped
public class Caller {

    public static final String COURT_CLAIM = "court";

    @Inject
    SecurityIdentity identity;

    @Inject
    JsonWebToken jwt;

    /** The court this caller acts for, e.g. {@code 苏0804}. */
    public String court() {
        String court = courtOf(jwt);
        if (court == null) {
            throw ProblemException.forbidden("missing-court-claim", "Token has no court",
                    "The bearer token must carry a 'court' claim naming the court the caller acts for.");
        }
        return court;
    }

    /** The court claim of a token, stripped, or null when it has none. */
    public static String courtOf(JsonWebToken token) {
        Object claim = token.getClaim(COURT_CLAIM);
        String court = claim instanceof jakarta.json.JsonString text ? text.getString()
                : claim == null ? null : claim.toString();
        return court == null || court.isBlank() ? null : court.strip();
    }

    /** A stable id of the person or system calling (the token's upn, else its subject). */
    public String id() {
        String name = jwt.getName();
        return name == null ? identity.getPrincipal().getName() : name;
    }

    /**
     * Whether the caller is the person recorded as {@code recordedId} (e.g. who ordered a measure), compared in
     * {@link PersonIdentity}'s normal form: {@code CLERK.SB} or {@code clerk.sb } is {@code clerk.sb}.
     */
    public boolean isSamePersonAs(String recordedId) {
        return PersonIdentity.same(recordedId, id());
    }

    public boolean hasRole(String role) {
        return identity.hasRole(role);
    }

    public boolean hasAnyRole(String... roles) {
        for (String role : roles) {
            if (identity.hasRole(role)) {
                return true;
            }
        }
        return false;
    }

    /** The caller's roles, sorted, for audit and "who did it" records. */
    public List<String> roles() {
        Set<String> roles = new TreeSet<>(identity.getRoles());
        return List.copyOf(roles);
    }

    /** The roles joined by comma, as recorded next to an action. */
    public String rolesText() {
        return String.join(",", roles());
    }
}
