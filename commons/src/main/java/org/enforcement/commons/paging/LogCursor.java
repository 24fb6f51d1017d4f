package org.enforcement.commons.paging;

import org.enforcement.commons.http.QueryParams;

/**
 * The cursor of an append-only log (the event feed, the audit trail, a webhook's delivery log): the id of the last
 * entry read, in decimal. Not opaque on purpose: a reader that stored the last id it applied (or a feed position
 * from a webhook) resumes from it, and ids only grow, so reading after it never skips an entry.
 */
public final class LogCursor {

    /** The OpenAPI pattern of a log cursor. */
    public static final String PATTERN = "^(0|[1-9][0-9]{0,18})$";

    /** The longest log cursor: a position is at most 19 digits. */
    public static final int MAX_LENGTH = 19;

    private LogCursor() {
    }

    /** The id to read after: 0 (from the start) without a cursor; a 400 naming {@code name} when it is not one. */
    public static long position(String name, String cursor) {
        if (cursor == null || cursor.isEmpty()) {
            return 0;
        }
        if (!cursor.matches("0|[1-9][0-9]{0,18}")) {
            throw QueryParams.invalid(name, "must be the id of the last entry read, a whole number of at least 0");
        }
        return QueryParams.wholeNumber(name, cursor, 0, Long.MAX_VALUE);
    }

    public static String of(long position) {
        return Long.toString(position);
    }
}
