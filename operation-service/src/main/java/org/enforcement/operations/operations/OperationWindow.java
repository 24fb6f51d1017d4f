package org.enforcement.operations.operations;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import org.enforcement.commons.problem.ProblemException;

/**
 * When the things of an operation happen: its transitions (assemble, depart, close), its live streams' start and end
 * and the answers to viewers' questions lie within {@link #DAYS} days of the operation's date, from
 * {@code date - 2} 00:00 to {@code date + 2} 24:00 in the courts' zone (a raid assembling the night before, a stream
 * or a close running past midnight, a late write-up). Anything further off is a typo or a wrong clock. Times that
 * report what already happened are not in the future either (beyond {@link #CLOCK_SKEW}).
 */
public final class OperationWindow {

    /** Days either side of the operation's date. */
    public static final int DAYS = 2;
    /** How far ahead of our clock a device's clock may be before a time counts as "in the future". */
    public static final Duration CLOCK_SKEW = Duration.ofMinutes(1);

    private OperationWindow() {
    }

    /** Why {@code at} lies outside the window of an operation on {@code date}, or empty when it is inside. */
    public static Optional<String> outside(LocalDate date, Instant at, ZoneId zone) {
        return outside(date, at, zone, DAYS);
    }

    /**
     * As {@link #outside(LocalDate, Instant, ZoneId)} for a narrower window of {@code days} either side (a timeline
     * entry: the operation's day or the day either side).
     */
    public static Optional<String> outside(LocalDate date, Instant at, ZoneId zone, int days) {
        Instant from = date.minusDays(days).atStartOfDay(zone).toInstant();
        Instant until = date.plusDays(days + 1L).atStartOfDay(zone).toInstant();
        if (at.isBefore(from) || !at.isBefore(until)) {
            return Optional.of("must lie within " + (days == 1 ? "a day" : days + " days") + " of the operation's date "
                    + date + ": from " + date.minusDays(days) + " 00:00 to " + date.plusDays(days) + " 24:00 (" + zone
                    + "); " + at.atZone(zone).toLocalDateTime() + " is not");
        }
        return Optional.empty();
    }

    /** 400 naming {@code field} when {@code at} is in the future beyond a device's clock skew. */
    public static void requireNotInFuture(String field, Instant at, Instant now) {
        if (at.isAfter(now.plus(CLOCK_SKEW))) {
            throw ProblemException.invalidField(field, "must not be in the future");
        }
    }

    /** 400 naming {@code field} unless {@code at} lies within the window (planned times, e.g. a stream's start). */
    public static void requireNear(String field, LocalDate date, Instant at, ZoneId zone) {
        outside(date, at, zone).ifPresent(message -> {
            throw ProblemException.invalidField(field, message);
        });
    }

    /** As {@link #requireNear} for a time something happened: also not in the future. */
    public static void requireHappened(String field, LocalDate date, Instant at, Instant now, ZoneId zone) {
        requireNotInFuture(field, at, now);
        requireNear(field, date, at, zone);
    }

    /** 400 naming {@code field} when {@code at} is before {@code earlier}, the time of the step it follows. */
    public static void requireNotBefore(String field, Instant at, Instant earlier, String what, ZoneId zone) {
        if (earlier != null && at.isBefore(earlier)) {
            throw ProblemException.invalidField(field, "must not be before " + what + " ("
                    + earlier.atZone(zone).toLocalDateTime() + ", " + zone + "); "
                    + at.atZone(zone).toLocalDateTime() + " is");
        }
    }
}
