package org.enforcement.commons.http.edge;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Checks of the request target (path and query) before any route sees it. RFC 3986 allows only ASCII in a URI and
 * a {@code %} only before two hex digits; what it encodes must be UTF-8 without control characters, because no
 * parameter of ours may hold one and PostgreSQL refuses a NUL in text (a 500 before this check).
 */
final class RequestTarget {

    private RequestTarget() {
    }

    /** What is wrong with the path or query, if anything; {@code query} may be null. */
    static Optional<EdgeProblem> check(String path, String query) {
        Optional<EdgeProblem> problem = part(path, false, "path");
        return problem.isPresent() || query == null ? problem : part(query, true, "query");
    }

    private static Optional<EdgeProblem> part(String raw, boolean query, String where) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c > 0x7E || c < 0x21) {
                return Optional.of(EdgeProblem.malformedUrl("The " + where
                        + " holds a character that is not printable ASCII; percent-encode it as UTF-8."));
            }
            if (c == '%') {
                int high = i + 2 < raw.length() ? Character.digit(raw.charAt(i + 1), 16) : -1;
                int low = high < 0 ? -1 : Character.digit(raw.charAt(i + 2), 16);
                if (low < 0) {
                    return Optional.of(EdgeProblem.malformedUrl("The " + where
                            + " holds a '%' that is not followed by two hexadecimal digits."));
                }
                bytes.write(high << 4 | low);
                i += 2;
            } else {
                bytes.write(query && c == '+' ? ' ' : c);
            }
        }
        String decoded;
        try {
            decoded = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes.toByteArray()))
                    .toString();
        } catch (CharacterCodingException e) {
            return Optional.of(EdgeProblem.malformedUrl("The " + where
                    + " is not percent-encoded UTF-8."));
        }
        return ControlCharacters.find(decoded)
                .map(at -> EdgeProblem.controlCharacter("The " + where + " holds the control character U+"
                        + String.format("%04X", (int) decoded.charAt(at)) + " once decoded; no parameter may."));
    }
}
