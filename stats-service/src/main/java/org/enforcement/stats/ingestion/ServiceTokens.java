package org.enforcement.stats.ingestion;

import io.smallrye.jwt.build.Jwt;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import org.enforcement.commons.events.EventFeedResource;
import org.enforcement.commons.security.Caller;
import org.enforcement.commons.security.Roles;

/**
 * Short-lived tokens for reading the event feeds: role integrator with court {@code *}, which the feeds answer with
 * every court's events. Signed with {@code smallrye.jwt.sign.key.location}.
 */
@ApplicationScoped
public class ServiceTokens {

    public static final String SUBJECT = "system.stats-service";
    static final Duration LIFETIME = Duration.ofMinutes(2);

    public String mint() {
        return Jwt.upn(SUBJECT).subject(SUBJECT).groups(Roles.INTEGRATOR)
                .claim(Caller.COURT_CLAIM, EventFeedResource.ALL_COURTS).expiresIn(LIFETIME).sign();
    }
}
