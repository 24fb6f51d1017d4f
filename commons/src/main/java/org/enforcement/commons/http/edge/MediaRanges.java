package org.enforcement.commons.http.edge;

import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The syntax of {@code Accept} and {@code Content-Type} (RFC 9110 12.5.1, 8.3.1), checked before JAX-RS parses them:
 * RESTEasy Reactive answered an empty {@code Accept} with a 500 (IllegalArgumentException) and a broken one with
 * 406 as if it were merely unavailable.
 */
final class MediaRanges {

    private static final String TOKEN = "[!#$%&'*+.^_`|~0-9A-Za-z-]+";
    private static final String QUOTED = "\"(?:[^\"\\\\]|\\\\.)*\"";
    private static final Pattern PARAMETER = Pattern.compile("\\s*;\\s*(" + TOKEN + ")=(" + TOKEN + "|" + QUOTED + ")");
    // "*" alone is not RFC syntax, but java.net.HttpURLConnection sends it by default: read as */*.
    private static final Pattern RANGE = Pattern.compile("(?:" + TOKEN + "/" + TOKEN + "|\\*)((?:\\s*;\\s*" + TOKEN
            + "=(?:" + TOKEN + "|" + QUOTED + "))*)\\s*");
    private static final Pattern WEIGHT = Pattern.compile("(?:0(?:\\.\\d{0,3})?|1(?:\\.0{0,3})?|\\.\\d{1,3})");

    private MediaRanges() {
    }

    /** What is wrong with an Accept value, if anything; a blank value is not wrong (it reads as any type). */
    static Optional<String> checkAccept(String value) {
        for (String range : split(value)) {
            if (range.isBlank()) {
                continue; // empty list elements are allowed (RFC 9110 5.6.1)
            }
            Optional<String> wrong = checkOne(range.strip(), true);
            if (wrong.isPresent()) {
                return wrong;
            }
        }
        return Optional.empty();
    }

    /** What is wrong with a Content-Type value, if anything. */
    static Optional<String> checkContentType(String value) {
        return checkOne(value.strip(), false);
    }

    private static Optional<String> checkOne(String range, boolean weighted) {
        var matcher = RANGE.matcher(range);
        if (!matcher.matches() || !weighted && range.startsWith("*")) {
            return Optional.of("'" + range + "' is not a media type like application/json");
        }
        var parameters = PARAMETER.matcher(matcher.group(1));
        while (parameters.find()) {
            if (weighted && parameters.group(1).equalsIgnoreCase("q") && !WEIGHT.matcher(parameters.group(2)).matches()) {
                return Optional.of("'" + range + "' has a weight that is not a number from 0 to 1");
            }
        }
        try {
            MediaType.valueOf(range.startsWith("*") && !range.startsWith("*/") ? "*/*" + range.substring(1) : range);
        } catch (IllegalArgumentException e) {
            return Optional.of("'" + range + "' is not a media type like application/json");
        }
        return Optional.empty();
    }

    /** Splits at commas outside quoted strings. */
    private static List<String> split(String value) {
        List<String> parts = new ArrayList<>();
        StringBuilder part = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '"' && (i == 0 || value.charAt(i - 1) != '\\')) {
                quoted = !quoted;
            }
            if (c == ',' && !quoted) {
                parts.add(part.toString());
                part.setLength(0);
            } else {
                part.append(c);
            }
        }
        parts.add(part.toString());
        return parts;
    }
}
