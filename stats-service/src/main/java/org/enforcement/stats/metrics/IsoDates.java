package org.enforcement.stats.metrics;

import java.time.DateTimeException;
import java.time.LocalDate;

/** ISO dates as the feeds write them, read without a formatter (nearly every event carries one). */
final class IsoDates {

    private IsoDates() {
    }

    /**
     * {@link LocalDate#parse} of an ISO date: {@code yyyy-MM-dd} read directly (nearly every event carries one;
     * the formatter allocates a parse context per call), anything else by the formatter; an impossible date throws
     * a {@link DateTimeException} either way.
     */
    static LocalDate date(String value) {
        if (value.length() == 10 && value.charAt(4) == '-' && value.charAt(7) == '-') {
            int year = digits(value, 0, 4);
            int month = digits(value, 5, 7);
            int day = digits(value, 8, 10);
            if (year >= 0 && month >= 0 && day >= 0) {
                return LocalDate.of(year, month, day);
            }
        }
        return LocalDate.parse(value);
    }

    /** The ASCII digits between {@code from} and {@code to} as a number; -1 when any is not one. */
    private static int digits(String value, int from, int to) {
        int number = 0;
        for (int i = from; i < to; i++) {
            char c = value.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            number = number * 10 + (c - '0');
        }
        return number;
    }
}
