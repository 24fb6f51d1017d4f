package org.enforcement.commons.http;

import jakarta.ws.rs.core.UriInfo;
import java.math.BigDecimal;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.enforcement.commons.problem.ProblemException;

/**
 * Parses query parameters taken as text, so a bad value is a 400 naming the parameter rather than the framework's
 * generic conversion failure. As strict as request bodies: ASCII digits only, dates of years 1 to 9999 without a
 * time, plain decimals, exact enum names and canonical UUIDs; no NUL characters or lone surrogates anywhere.
 */
public final class QueryParams {

    private static final Pattern WHOLE = Pattern.compile("[+-]?[0-9]{1,19}");
    private static final Pattern UUID_TEXT = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private QueryParams() {
    }

    public static long wholeNumber(String name, String value, long min, long max) {
        String text = checked(name, value == null ? "" : value);
        if (WHOLE.matcher(text).matches()) {
            try {
                long parsed = Long.parseLong(text);
                if (parsed >= min && parsed <= max) {
                    return parsed;
                }
            } catch (NumberFormatException e) {
                // beyond a long: reported below
            }
        }
        throw invalid(name, max == Long.MAX_VALUE ? "must be a whole number of at least " + min
                : "must be a whole number between " + min + " and " + max);
    }

    /**
     * Whether the query names the parameter with an empty value ({@code limit=} or {@code limit}). RESTEasy
     * Reactive hands such a value to the resource as null, exactly like an absent one (or as its
     * {@code @DefaultValue}), so only the query itself tells them apart.
     */
    static boolean givenEmpty(UriInfo uri, String name) {
        String query = uri.getRequestUri().getRawQuery();
        if (query == null) {
            return false;
        }
        for (String pair : query.split("&", -1)) {
            int equals = pair.indexOf('=');
            String key = equals < 0 ? pair : pair.substring(0, equals);
            String value = equals < 0 ? "" : pair.substring(equals + 1);
            if (value.isEmpty() && name.equals(decode(key))) {
                return true;
            }
        }
        return false;
    }

    private static String decode(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return text; // a malformed escape is not our parameter's name
        }
    }

    /** A date like 2023-02-02 of a year 1 to 9999; nothing given means null. */
    public static LocalDate date(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = checked(name, value);
        if (StrictTemporals.dateShaped(text)) {
            LocalDate date;
            try {
                date = LocalDate.parse(text);
            } catch (DateTimeException e) {
                throw invalid(name, "must be a date like 2023-02-02");
            }
            if (!StrictTemporals.supportedYear(date.getYear())) {
                throw invalid(name, StrictTemporals.YEAR_RANGE);
            }
            return date;
        }
        throw invalid(name, "must be a date like 2023-02-02");
    }

    /** A plain decimal amount like 50000.00; nothing given means null. */
    public static BigDecimal amount(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = checked(name, value);
        if (!PlainDecimals.plain(text)) {
            throw invalid(name, "must be a decimal amount like 50000.00");
        }
        return new BigDecimal(text);
    }

    /** One of {@code type}'s names, exactly; nothing given means null. */
    public static <E extends Enum<E>> E enumValue(String name, String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = checked(name, value);
        return Arrays.stream(type.getEnumConstants()).filter(e -> e.name().equals(text)).findFirst()
                .orElseThrow(() -> invalid(name, StrictEnums.oneOf(type)));
    }

    /** A UUID in its canonical form (6f1c2a9e-3b7d-4c1e-9a55-0d2f8b7e4a10); nothing given means null. */
    public static UUID uuid(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = checked(name, value);
        if (!UUID_TEXT.matcher(text).matches()) {
            throw invalid(name, "must be a UUID");
        }
        return UUID.fromString(text);
    }

    /** {@code value} itself, if it is text a query may carry at all. */
    public static String checked(String name, String value) {
        Optional<String> problem = StrictStrings.problemOf(value);
        if (problem.isPresent()) {
            throw invalid(name, problem.get());
        }
        return value;
    }

    public static ProblemException invalid(String name, String message) {
        return ProblemException.invalidField(name, message);
    }
}
