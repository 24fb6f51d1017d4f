package org.enforcement.commons.paging;

import java.util.List;
import java.util.function.ToLongFunction;
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

    /**
     * One page of a log from the entries read after {@code position}, at most {@code limit + 1} of them (the one
     * beyond the page only tells that more wait): the first {@code limit}, whether more wait, and the cursor after
     * the page, which stays at {@code position} when nothing was read (a log's cursor is never null).
     */
    public static <T> Page<T> page(List<T> read, int limit, long position, ToLongFunction<T> id) {
        boolean more = read.size() > limit;
        List<T> entries = List.copyOf(more ? read.subList(0, limit) : read);
        long next = entries.isEmpty() ? position : id.applyAsLong(entries.get(entries.size() - 1));
        return new Page<>(entries, more, of(next));
    }

    /** What {@link #page} found. */
    public record Page<T>(List<T> entries, boolean hasMore, String nextCursor) {
    }
}
