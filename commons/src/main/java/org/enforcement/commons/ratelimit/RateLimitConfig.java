package org.enforcement.commons.ratelimit;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;
import java.time.Duration;
import java.util.Map;

/**
 * How many requests a caller may send ({@code enforcement.rate-limit.*}). Each limit allows {@code requests} in
 * every window of {@code period}; the defaults are in commons' {@code META-INF/microprofile-config.properties} and
 * a service's application.properties overrides them.
 */
@ConfigMapping(prefix = "enforcement.rate-limit")
public interface RateLimitConfig {

    /** Off: nothing is limited. */
    @WithDefault("true")
    boolean enabled();

    /** Authenticated calls, per token subject (upn, else sub). */
    Limit caller();

    /** Public ({@code @PermitAll}) endpoints, per client address. */
    @WithName("public")
    Limit publicAddress();

    /** Limits shared by every caller of one court, by the name given in {@link PerCourtRateLimit}. */
    @WithName("per-court")
    Map<String, Limit> perCourt();

    /**
     * Keys (callers, addresses, courts) remembered per limit at most. A limiter idle for a whole period is dropped
     * anyway (it has all its permits again), so this only bites when that many keys are active at once, e.g. an
     * attacker rotating addresses; the least recently used are then forgotten instead of exhausting memory.
     */
    @WithDefault("10000")
    int maxKeys();

    interface Limit {
        /** Requests allowed in one window. */
        int requests();

        /** Length of a window, e.g. {@code 1s}, {@code 1m}. */
        Duration period();
    }
}
