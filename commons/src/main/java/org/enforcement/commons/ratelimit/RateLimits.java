package org.enforcement.commons.ratelimit;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.enforcement.commons.problem.ProblemException;

/** The configured limits, each kept per key; a refused request is a 429 rate-limited problem with Retry-After. */
@ApplicationScoped
public class RateLimits {

    @Inject
    RateLimitConfig config;

    private KeyedLimiters callers;
    private KeyedLimiters addresses;
    private final Map<String, KeyedLimiters> perCourt = new ConcurrentHashMap<>();

    @PostConstruct
    void build() {
        callers = new KeyedLimiters(config.caller(), config.maxKeys());
        addresses = new KeyedLimiters(config.publicAddress(), config.maxKeys());
        config.perCourt().forEach((name, limit) -> perCourt.put(name, new KeyedLimiters(limit, config.maxKeys())));
    }

    public boolean enabled() {
        return config.enabled();
    }

    /** One request of an authenticated caller, by token subject. */
    public void caller(String subject) {
        take(callers, "caller:" + subject, "you");
    }

    /** One request to a public endpoint (or without a token), by client address. */
    public void address(String address) {
        take(addresses, "address:" + address, "your address");
    }

    /** One request to an endpoint marked {@link PerCourtRateLimit} with this name, by court. */
    public void court(String name, String court) {
        KeyedLimiters limiters = perCourt.get(name);
        if (limiters == null) {
            throw new IllegalStateException("No enforcement.rate-limit.per-court." + name + " is configured");
        }
        take(limiters, "court:" + court, "your court");
    }

    private static void take(KeyedLimiters limiters, String key, String who) {
        limiters.acquire(key).ifPresent(wait -> {
            throw rateLimited(limiters.limit(), who, wait);
        });
    }

    static ProblemException rateLimited(RateLimitConfig.Limit limit, String who, Duration wait) {
        // Whole seconds, rounded up and at least 1 (RFC 9110 delay-seconds).
        long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
        return new ProblemException(429, "rate-limited", "Too many requests",
                "At most " + limit.requests() + " request(s) per " + text(limit.period()) + " are served for " + who
                        + " here; retry after " + seconds + " s.")
                .withHeader("Retry-After", Long.toString(seconds));
    }

    private static String text(Duration period) {
        return period.toString().substring(2).toLowerCase(); // PT10S -> 10s, PT1M -> 1m
    }
}
