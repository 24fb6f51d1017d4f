package org.enforcement.testing.time;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The clock of every service under test, replacing commons' {@code SystemClock} (a default bean): it tells the
 * system time until a test sets it, so a test can put the service on any day and time, such as a minute before
 * Asia/Shanghai midnight, without waiting for it or depending on when the suite runs.
 *
 * <p>One instance per application: beans keep {@code clock.withZone(zone)} views, which follow the same setting.
 * A test that sets the clock {@link #reset() resets} it afterwards (the application outlives the test class).
 */
@Singleton
public class TestClock extends Clock {

    /** The Shanghai business day's zone, the one the courts count in. */
    public static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    /** Null: the system time; otherwise the fixed instant the services read. */
    private final AtomicReference<Instant> fixed;
    private final ZoneId zone;

    public TestClock() {
        this(new AtomicReference<>(), ZoneOffset.UTC);
    }

    private TestClock(AtomicReference<Instant> fixed, ZoneId zone) {
        this.fixed = fixed;
        this.zone = zone;
    }

    /** From now on every service bean reads this instant (until set again, advanced or reset). */
    public void set(Instant instant) {
        fixed.set(instant);
    }

    /** Sets the clock to a wall-clock time in Shanghai, as a court would read it. */
    public void setShanghai(LocalDateTime shanghaiTime) {
        set(shanghaiTime.atZone(SHANGHAI).toInstant());
    }

    /** Moves a set clock on (or, from the system time, fixes it that far ahead). */
    public void advance(Duration duration) {
        fixed.set(instant().plus(duration));
    }

    /** Back to the system time. */
    public void reset() {
        fixed.set(null);
    }

    @Override
    public Instant instant() {
        Instant instant = fixed.get();
        return instant == null ? Instant.now() : instant;
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId other) {
        return other.equals(zone) ? this : new TestClock(fixed, other);
    }
}
