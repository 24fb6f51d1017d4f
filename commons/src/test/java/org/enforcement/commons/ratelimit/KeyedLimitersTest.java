package org.enforcement.commons.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The bounded per-key limiters and the keys of client addresses, without a running service. */
class KeyedLimitersTest {

    record Limit(int requests, Duration period) implements RateLimitConfig.Limit {
    }

    @Test
    void shouldRefuseTheRequestAfterTheLimitAndSayHowLongToWait() {
        KeyedLimiters limiters = new KeyedLimiters(new Limit(3, Duration.ofSeconds(30)), 100);
        for (int i = 0; i < 3; i++) {
            assertThat(limiters.acquire("judge.chen")).isEmpty();
        }
        assertThat(limiters.acquire("judge.chen")).hasValueSatisfying(wait ->
                assertThat(wait).isPositive().isLessThanOrEqualTo(Duration.ofSeconds(30)));
        assertThat(limiters.acquire("judge.wang")).isEmpty();
    }

    @Test
    void shouldKeepNoMoreKeysThanItsBoundWhenKeysRotate() {
        KeyedLimiters limiters = new KeyedLimiters(new Limit(5, Duration.ofMinutes(1)), 100);
        for (int i = 0; i < 5_000; i++) {
            limiters.acquire("198.18." + (i / 256) + "." + (i % 256));
        }
        assertThat(limiters.size()).isLessThanOrEqualTo(100);
    }

    @Test
    void shouldForgetAKeyIdleForAPeriodAndServeItAgain() throws InterruptedException {
        KeyedLimiters limiters = new KeyedLimiters(new Limit(1, Duration.ofMillis(200)), 100);
        assertThat(limiters.acquire("a")).isEmpty();
        assertThat(limiters.acquire("a")).isPresent();
        Thread.sleep(400);
        assertThat(limiters.size()).isZero();
        assertThat(limiters.acquire("a")).isEmpty();
    }

    @Test
    void shouldRefuseALimitThatAllowsNothing() {
        assertThatThrownBy(() -> new KeyedLimiters(new Limit(0, Duration.ofSeconds(1)), 100))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shouldRetryAfterWholeSecondsOfAtLeastOne() {
        var limit = new Limit(10, Duration.ofSeconds(10));
        assertThat(RateLimits.rateLimited(limit, "you", Duration.ofMillis(1)).headers())
                .containsEntry("Retry-After", "1");
        assertThat(RateLimits.rateLimited(limit, "you", Duration.ofMillis(2001)).headers())
                .containsEntry("Retry-After", "3");
        assertThat(RateLimits.rateLimited(limit, "you", Duration.ZERO).status()).isEqualTo(429);
    }

    @Test
    void shouldKeyIpv6ClientsByTheirSlash64AndNeverResolveNames() {
        assertThat(RateLimitFilter.addressKey("2001:db8:1:2::1")).isEqualTo("2001:db8:1:2::/64")
                .isEqualTo(RateLimitFilter.addressKey("[2001:db8:1:2:ffff::9]"));
        assertThat(RateLimitFilter.addressKey("2001:db8:1:3::1")).isEqualTo("2001:db8:1:3::/64");
        assertThat(RateLimitFilter.addressKey("::ffff:198.18.0.1")).isEqualTo("198.18.0.1");
        assertThat(RateLimitFilter.addressKey("198.18.0.1")).isEqualTo("198.18.0.1");
        assertThat(RateLimitFilter.addressKey("localhost")).isEqualTo("localhost");
        assertThat(RateLimitFilter.addressKey("x".repeat(500))).hasSize(64);
        assertThat(RateLimitFilter.addressKey(null)).isEqualTo("unknown");
    }
}
