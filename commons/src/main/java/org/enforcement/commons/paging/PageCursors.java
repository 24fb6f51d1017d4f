package org.enforcement.commons.paging;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.enforcement.commons.problem.Problem;
import org.enforcement.commons.problem.ProblemException;

/**
 * Keyset cursors of finite lists: the order values of the last item shown, tagged with the listing they belong to,
 * opaque to clients (base64url). Pages stay stable while items are added, and a cursor of another listing (or made
 * up) is a 400 {@code invalid-cursor}, never read as a position it is not.
 */
public final class PageCursors {

    /** The longest cursor a listing hands out, with room to spare; a longer one is refused before decoding. */
    public static final int MAX_LENGTH = 256;

    private static final String SEPARATOR = "|";

    private PageCursors() {
    }

    /** The cursor after an item whose order values are {@code values}, for {@code listing}. */
    public static String encode(String listing, Object... values) {
        StringBuilder raw = new StringBuilder(listing);
        for (Object value : values) {
            raw.append(SEPARATOR).append(value);
        }
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.toString().getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The {@code count} order values a client sent back for {@code listing}, or null when it sent none (the first
     * page). The caller still parses each value strictly and calls {@link #invalid()} when one does not parse.
     */
    public static List<String> decode(String listing, String text, int count) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String raw;
        try {
            raw = new String(Base64.getUrlDecoder().decode(text.strip()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw invalid();
        }
        List<String> parts = List.of(raw.split("\\|", -1));
        if (parts.size() != count + 1 || !parts.get(0).equals(listing)) {
            throw invalid();
        }
        return parts.subList(1, parts.size());
    }

    /** A cursor this listing did not hand out (another listing's, another court's, another sort's, made up). */
    public static ProblemException invalid() {
        String message = "is not a cursor of this listing; start without one";
        return new ProblemException(400, "invalid-cursor", "Cursor is not valid", "cursor " + message,
                List.of(new Problem.FieldError("cursor", message)));
    }
}
