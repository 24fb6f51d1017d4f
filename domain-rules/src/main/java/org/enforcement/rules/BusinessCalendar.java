package org.enforcement.rules;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.time.ZoneId;
import java.util.Optional;

/**
 * The business calendar of the courts: every fact is counted on its day in {@link #ZONE}, and no business date
 * lies before {@link #EARLIEST} (no enforcement case of this system predates it) or after the end of next year
 * (a typo like 2203 for 2023, or a plan that no court makes). One owner for these bounds in every service.
 */
public final class BusinessCalendar {

    /** The courts' time zone: a day is a day in China. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    /** The earliest business date any service accepts. */
    public static final LocalDate EARLIEST = LocalDate.of(1990, Month.JANUARY, 1);

    private BusinessCalendar() {
    }

    /** The business day of an instant. */
    public static LocalDate dayOf(Instant instant) {
        return LocalDate.ofInstant(instant, ZONE);
    }

    /** Today in the courts' zone by {@code clock}. */
    public static LocalDate today(Clock clock) {
        return LocalDate.now(clock.withZone(ZONE));
    }

    /** The last business date accepted on {@code today}: 31 December of next year. */
    public static LocalDate latest(LocalDate today) {
        return LocalDate.of(today.getYear() + 1, Month.DECEMBER, 31);
    }

    /**
     * Why {@code day} is outside the calendar on {@code today}, worded for a field error ("must not be before
     * 1990-01-01"), or empty when it is inside.
     */
    public static Optional<String> outOfRange(LocalDate day, LocalDate today) {
        if (day.isBefore(EARLIEST)) {
            return Optional.of("must not be before " + EARLIEST);
        }
        LocalDate latest = latest(today);
        if (day.isAfter(latest)) {
            return Optional.of("must not be after " + latest);
        }
        return Optional.empty();
    }

    /** As {@link #outOfRange(LocalDate, LocalDate)} for an instant, judged by its business day. */
    public static Optional<String> outOfRange(Instant instant, LocalDate today) {
        LocalDate day;
        try {
            day = dayOf(instant);
        } catch (DateTimeException e) {
            // Instants near Instant.MAX/MIN (+999999999-12-31T23:59:59Z) have no date in Shanghai: far out anyway.
            day = instant.isBefore(Instant.EPOCH) ? LocalDate.MIN : LocalDate.MAX;
        }
        return outOfRange(day, today);
    }
}
