package org.enforcement.commons.time;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;

/**
 * The one clock of a service: every "now" and "today" of the services is read from the injected {@link Clock}
 * rather than from {@code Instant.now()}, so that a test can set the day (a test producer of its own replaces this
 * default) and dates bucketed by the Asia/Shanghai day do not depend on when the suite runs.
 */
@Dependent
public class SystemClock {

    @Produces
    @Singleton
    @DefaultBean
    public Clock clock() {
        return Clock.systemUTC();
    }
}
