package org.enforcement.commons.security;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.enforcement.commons.http.edge.ControlCharacters;
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
    /** The court a service account acts for in this request, e.g. operation-service delivering an outcome. */
    public static final String ACTING_COURT_HEADER = "X-Acting-Court";
    /**
     * The courts a service account may act for with {@value #ACTING_COURT_HEADER} (a JSON array of codes; a court
     * covers the courts under it), e.g. operation-service: ["苏", "甘"]. Without it, it acts for no single court.
     */
    public static final String SERVED_COURTS_CLAIM = "served_courts";
    /** The court claim of a service account that acts for every court. */
    public static final String ALL_COURTS = "*";

    @Inject
    SecurityIdentity identity;

    @Inject
    JsonWebToken jwt;

    @Inject
    CurrentVertxRequest request;

    @Inject
    Courts courts;

    /** Memo of {@link #court()}: several steps of one request ask for it (issue 18). */
    private String court;

    /**
     * The court this caller acts for, e.g. {@code 苏0804}: a registered court exactly as written; for a service
     * account the court named in {@value #ACTING_COURT_HEADER}, or {@code *} without it. Anything else (a number,
     * {@code %}, {@code 苏9999}, {@code " 苏0804"}, a person's {@code *}) is 403 {@code unknown-court}: such a token
     * must not create or read data of a court nobody runs.
     */
    public String court() {
        if (court == null) {
            court = actedForCourt();
        }
        return court;
    }

    private String actedForCourt() {
        JsonWebToken token = token();
        Object claim = ClaimValues.of(token, COURT_CLAIM);
        if (claim == null || claim instanceof String text && text.isBlank()) {
            throw ProblemException.forbidden("missing-court-claim", "Token has no court",
                    "The bearer token must carry a 'court' claim naming the court the caller acts for.");
        }
        boolean serviceAccount = isServiceAccount();
        String acting = serviceAccount ? actingCourt() : courtOf(token);
        boolean known = acting != null && (ALL_COURTS.equals(acting) ? serviceAccount : courts.contains(acting));
        if (!known) {
            // Say which of the two a caller controls was wrong: a service account names its court in the header.
            throw ProblemException.forbidden("unknown-court", "Unknown court", serviceAccount
                    ? "The " + ACTING_COURT_HEADER + " header must name a registered court, e.g. \"苏0804\""
                            + " (percent-encoded UTF-8)."
                    : "The token's 'court' claim must be the code of a registered court as a JSON string, e.g."
                            + " \"苏0804\"; * is for service accounts only.");
        }
        if (serviceAccount && !ALL_COURTS.equals(acting) && !serves(acting)) {
            throw ProblemException.forbidden("court-not-served", "Court not served",
                    "This service account may not act for court " + acting + ": its token's '" + SERVED_COURTS_CLAIM
                            + "' claim lists neither that court nor a court above it.");
        }
        return acting;
    }

    /** Whether the service account's {@value #SERVED_COURTS_CLAIM} list holds {@code court} or a court above it. */
    private boolean serves(String court) {
        if (!(ClaimValues.of(token(), SERVED_COURTS_CLAIM) instanceof List<?> served)) {
            return false;
        }
        return served.stream().anyMatch(value -> value instanceof String code && courts.isWithin(court, code));
    }

    /**
     * The court claim of a token exactly as written (no stripping: " 苏0804" is no court), or null when it has none
     * or it is not a JSON string.
     */
    public static String courtOf(JsonWebToken token) {
        String court = ClaimValues.text(token, COURT_CLAIM);
        return court == null || court.isEmpty() ? null : court;
    }

    /**
     * A system calling with its service account's token (client-credentials grant): court {@code *} and a
     * {@code client_id} claim, which people's tokens never carry. Only these act for every court, or for the court
     * named in {@value #ACTING_COURT_HEADER}.
     */
    public boolean isServiceAccount() {
        JsonWebToken token = token();
        String clientId = ClaimValues.text(token, CLIENT_ID_CLAIM);
        return ALL_COURTS.equals(courtOf(token)) && clientId != null && !clientId.isBlank();
    }

    /**
     * A service account's court: the {@value #ACTING_COURT_HEADER} header, else every court. Court codes are not
     * ASCII (苏0804) and HTTP header values are, so the header is percent-encoded UTF-8: {@code %E8%8B%8F0804}.
     */
    private String actingCourt() {
        RoutingContext current = request.getCurrent();
        String header = current == null ? null : current.request().getHeader(ACTING_COURT_HEADER);
        if (header == null || header.isBlank()) {
            return ALL_COURTS;
        }
        String court;
        try {
            court = URLDecoder.decode(header.strip().replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            court = null;
        }
        // U+FFFD: the bytes were not UTF-8; a control character (%00) cannot be in a court code, nor in PostgreSQL text.
        if (court == null || court.isBlank() || court.indexOf('\uFFFD') >= 0 || ControlCharacters.contains(court)) {
            throw ProblemException.badRequest("invalid-acting-court", "Unreadable X-Acting-Court",
                    "X-Acting-Court must be the court code, percent-encoded UTF-8, e.g. %E8%8B%8F0804 for 苏0804.");
        }
        return court;
    }

    /** The {@value #ACTING_COURT_HEADER} value naming {@code court}. */
    public static String actingCourtHeader(String court) {
        return URLEncoder.encode(court, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /**
     * A stable id of the person or system calling: the token's upn, else its preferred_username (Keycloak), else
     * its subject.
     */
    public String id() {
        for (String claim : new String[] {"upn", "preferred_username"}) {
            String name = claimText(token(), claim);
            if (name != null) {
                return name;
            }
        }
        String subject = jwt.getSubject();
        return subject == null ? identity.getPrincipal().getName() : subject;
    }

    /**
     * The verified access token itself (every service is an OIDC {@code service} application: the principal is the
     * bearer token), whose claims {@link ClaimValues} reads without the injected proxy's indirection.
     */
    private JsonWebToken token() {
        return identity.getPrincipal() instanceof JsonWebToken token ? token : jwt;
    }

    private static String claimText(JsonWebToken token, String name) {
        Object claim = ClaimValues.of(token, name);
        String text = claim == null ? null : claim.toString();
        return text == null || text.isBlank() ? null : text;
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

    /**
     * The one rule of who reads personal data as written: the court's own staff (clerks, judges, the director,
     * officers), whose work needs names, numbers and free text whole. Observers and integrators read them masked
     * and scrubbed, as the public does.
     */
    public boolean readsPersonalData() {
        return hasAnyRole(Roles.CLERK, Roles.JUDGE, Roles.DIRECTOR, Roles.OFFICER);
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
