package org.enforcement.stats.ingestion;

import io.smallrye.jwt.build.Jwt;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import org.enforcement.commons.events.EventFeedResource;
import org.enforcement.commons.security.Caller;
import org.enforcement.commons.security.Roles;

/**
 * Short-lived tokens for reading the event feeds: role integrator with court {@code *}, which the feeds answer with
 * every court's events, as a service account (a {@code client_id} claim). Signed with
 * {@code smallrye.jwt.sign.key.location}.
 */
@ApplicationScoped
public class ServiceTokens {

    public static final String SUBJECT = "system.stats-service";
    /** Marks the token as a service account's: only those may act for every court (court *). */
    static final String CLIENT_ID = "stats-service";
    static final Duration LIFETIME = Duration.ofMinutes(2);

    public String mint() {
        return Jwt.upn(SUBJECT).subject(SUBJECT).groups(Roles.INTEGRATOR)
                .claim(Caller.COURT_CLAIM, EventFeedResource.ALL_COURTS)
                .claim(Caller.CLIENT_ID_CLAIM, CLIENT_ID).expiresIn(LIFETIME).sign();
    }
}
