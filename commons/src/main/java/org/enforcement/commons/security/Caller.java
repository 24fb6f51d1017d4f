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
    /** The claim Keycloak puts in service-account tokens (client-credentials grant) only. */
    public static final String CLIENT_ID_CLAIM = "client_id";
    /** The court claim of a service account that acts for every court. */
    public static final String ALL_COURTS = "*";

    @Inject
    SecurityIdentity identity;

    @Inject
    JsonWebToken jwt;

    @Inject
    Courts courts;

    /**
     * The court this caller acts for, e.g. {@code 苏0804}: a registered court exactly as written, or {@code *} on a
     * service account's token. Anything else (a number, {@code %}, {@code 苏9999}, {@code " 苏0804"}, a person's
     * {@code *}) is 403 {@code unknown-court}: such a token must not create or read data of a court nobody runs.
     */
    public String court() {
        Object claim = jwt.getClaim(COURT_CLAIM);
        if (claim == null || claim instanceof jakarta.json.JsonString text && text.getString().isBlank()
                || claim instanceof String text && text.isBlank()) {
            throw ProblemException.forbidden("missing-court-claim", "Token has no court",
                    "The bearer token must carry a 'court' claim naming the court the caller acts for.");
        }
        String court = courtOf(jwt);
        boolean known = court != null && (ALL_COURTS.equals(court) ? isServiceAccount() : courts.contains(court));
        if (!known) {
            throw ProblemException.forbidden("unknown-court", "Unknown court",
                    "The token's 'court' claim must be the code of a registered court as a JSON string, e.g."
                            + " \"苏0804\"; * is for service accounts only.");
        }
        return court;
    }

    /**
     * The court claim of a token exactly as written (no stripping: " 苏0804" is no court), or null when it has none
     * or it is not a JSON string.
     */
    public static String courtOf(JsonWebToken token) {
        Object claim = token.getClaim(COURT_CLAIM);
        String court = claim instanceof jakarta.json.JsonString text ? text.getString()
                : claim instanceof String text ? text : null;
        return court == null || court.isEmpty() ? null : court;
    }

    /**
     * A system calling with its service account's token (client-credentials grant): court {@code *} and a
     * {@code client_id} claim, which people's tokens never carry. Only these act for every court.
     */
    public boolean isServiceAccount() {
        Object clientId = jwt.getClaim(CLIENT_ID_CLAIM);
        return ALL_COURTS.equals(courtOf(jwt)) && clientId != null && !clientId.toString().isBlank();
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
