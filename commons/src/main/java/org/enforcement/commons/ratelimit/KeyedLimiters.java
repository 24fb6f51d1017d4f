package org.enforcement.commons.ratelimit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.resilience4j.core.RegistryStore;
import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import io.github.resilience4j.ratelimiter.RateLimiterRegistry;
import io.github.resilience4j.ratelimiter.internal.AtomicRateLimiter;
import java.time.Duration;
import java.util.Collection;
import java.util.Optional;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Function;

/**
 * One limit applied per key (a caller, an address, a court): a resilience4j registry whose limiters live in a
 * bounded cache. A limiter unused for a whole period is evicted without loss (its window has refilled); past
 * {@code maxKeys} the least recently used go, so rotating keys cannot exhaust memory.
 */
final class KeyedLimiters {

    private final RateLimitConfig.Limit limit;
    private final Cache<String, RateLimiter> limiters;
    private final RateLimiterRegistry registry;

    KeyedLimiters(RateLimitConfig.Limit limit, int maxKeys) {
        if (limit.requests() < 1 || limit.period().compareTo(Duration.ofMillis(1)) < 0) {
            throw new IllegalArgumentException("A rate limit needs requests >= 1 and a period of at least 1ms");
        }
        this.limit = limit;
        RateLimiterConfig config = RateLimiterConfig.custom()
                .limitForPeriod(limit.requests())
                .limitRefreshPeriod(limit.period())
                .timeoutDuration(Duration.ZERO) // refuse at once, never park a request thread
                .build();
        this.limiters = Caffeine.newBuilder()
                .maximumSize(maxKeys)
                .expireAfterAccess(limit.period())
                .build();
        this.registry = RateLimiterRegistry.custom()
                .withRateLimiterConfig(config)
                .withRegistryStore(new MapStore(limiters.asMap()))
                .build();
    }

    RateLimitConfig.Limit limit() {
        return limit;
    }

    /** Takes one permit for {@code key}: empty if granted, else how long until the key's next window. */
    Optional<Duration> acquire(String key) {
        RateLimiter limiter = registry.rateLimiter(key);
        if (limiter.acquirePermission()) {
            return Optional.empty();
        }
        long nanos = limiter.getMetrics() instanceof AtomicRateLimiter.AtomicRateLimiterMetrics metrics
                ? metrics.getNanosToWait() : limit.period().toNanos();
        return Optional.of(Duration.ofNanos(Math.max(0, nanos)));
    }

    /** Limiters currently remembered, after dropping those due (for tests of the bound). */
    long size() {
        limiters.cleanUp();
        return limiters.estimatedSize();
    }

    private record MapStore(ConcurrentMap<String, RateLimiter> map) implements RegistryStore<RateLimiter> {

        @Override
        public RateLimiter computeIfAbsent(String key, Function<? super String, ? extends RateLimiter> create) {
            return map.computeIfAbsent(key, create);
        }

        @Override
        public RateLimiter putIfAbsent(String key, RateLimiter value) {
            return map.putIfAbsent(key, value);
        }

        @Override
        public Optional<RateLimiter> find(String key) {
            return Optional.ofNullable(map.get(key));
        }

        @Override
        public Optional<RateLimiter> remove(String key) {
            return Optional.ofNullable(map.remove(key));
        }

        @Override
        public Optional<RateLimiter> replace(String key, RateLimiter value) {
            return Optional.ofNullable(map.replace(key, value));
        }

        @Override
        public Collection<RateLimiter> values() {
            return map.values();
        }
    }
}
