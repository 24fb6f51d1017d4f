package org.enforcement.commons.http;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.enforcement.commons.problem.ProblemException;

/**
 * Parses query parameters taken as text, so a bad value is a 400 naming the parameter rather than the framework's
 * generic conversion failure.
 */
public final class QueryParams {

    private QueryParams() {
    }

    public static long wholeNumber(String name, String value, long min, long max) {
        try {
            long parsed = Long.parseLong(value.strip());
            if (parsed >= min && parsed <= max) {
                return parsed;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw invalid(name, "must be a whole number between " + min + " and " + max);
    }

    /**
     * A page size: a whole number of at least 1; larger than {@code max} is served as {@code max} (the cap), and
     * nothing given means {@code defaultSize}.
     */
    public static int pageSize(String name, String value, int defaultSize, int max) {
        if (value == null || value.isBlank()) {
            return defaultSize;
        }
        return (int) Math.min(max, wholeNumber(name, value, 1, Long.MAX_VALUE));
    }

    public static LocalDate date(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw invalid(name, "must be a date like 2023-02-02");
        }
    }

    public static BigDecimal amount(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(value.strip());
        } catch (NumberFormatException e) {
            throw invalid(name, "must be a decimal amount like 50000.00");
        }
    }

    public static <E extends Enum<E>> E enumValue(String name, String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException e) {
            throw invalid(name, "must be one of " + java.util.Arrays.toString(type.getEnumConstants()));
        }
    }

    public static ProblemException invalid(String name, String message) {
        return ProblemException.invalidField(name, message);
    }
}
