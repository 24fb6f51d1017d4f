package org.enforcement.operations.deliveries;

import io.smallrye.jwt.build.Jwt;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import org.enforcement.commons.security.Caller;
import org.enforcement.commons.security.Roles;

/**
 * Short-lived service tokens for delivering outcomes to case-service: role integrator, scoped to the court the
 * outcome belongs to. Signed with {@code smallrye.jwt.sign.key.location}; issuer and audience come from
 * {@code smallrye.jwt.new-token.*}.
 */
@ApplicationScoped
public class ServiceTokens {

    /** Who case-service sees as the author of delivered outcomes (e.g. a measure's orderedBy). */
    public static final String SUBJECT = "system.operation-service";
    /** Long enough for one attempt (a case lookup and a call), short enough to be worthless if it leaks. */
    static final Duration LIFETIME = Duration.ofMinutes(2);

    public String mint(String court) {
        return Jwt.upn(SUBJECT).subject(SUBJECT).groups(Roles.INTEGRATOR).claim(Caller.COURT_CLAIM, court)
                .expiresIn(LIFETIME).sign();
    }
}
