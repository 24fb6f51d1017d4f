package org.enforcement.stats.ingestion;

import java.util.UUID;
import org.enforcement.stats.metrics.FeedEvent;

/**
 * How a source went backwards (a database restored from an older backup): our cursor, its head (null: not reported)
 * and the words for operators. Such a source would leave figures of events that no longer exist and a lag of 0, so
 * its feed must stop loudly instead of reading on. A pure rule: the feed pages in, the verdict out.
 */
record Divergence(long cursor, Long head, String reason) {

    /**
     * The source's answer to re-reading the event at our cursor ({@code after = cursor - 1, limit = 1}) checked
     * against what was applied there: its head below our cursor, or another event (or none) at the cursor position.
     * Null when the source still holds what was applied, or when there is nothing to compare yet.
     */
    static Divergence atCursor(long cursor, UUID appliedThere, FeedPage check) {
        if (cursor == 0 || appliedThere == null) {
            return null; // nothing to compare (the page read still checks the head)
        }
        FeedEvent at = check.eventsOrEmpty().isEmpty() ? null : check.eventsOrEmpty().get(0);
        String found = at == null || at.id() != cursor ? "none" : String.valueOf(at.eventId());
        String head = check.head() == null ? "unknown" : check.head().toString();
        if (check.head() != null && check.head() < cursor) {
            return new Divergence(cursor, check.head(), "source head " + head + " is below cursor " + cursor
                    + "; expected event " + appliedThere + " at " + cursor + ", found " + found);
        }
        if (!appliedThere.toString().equals(found)) {
            return new Divergence(cursor, check.head(), "event at cursor " + cursor + " (head " + head + ") is "
                    + found + ", expected " + appliedThere);
        }
        return null;
    }

    /** A page whose source reports a head below the cursor it was read from; null when it does not. */
    static Divergence headBelowCursor(long cursor, FeedPage page) {
        if (page.head() != null && page.head() < cursor) {
            return new Divergence(cursor, page.head(), "source head " + page.head() + " is below cursor " + cursor);
        }
        return null;
    }
}
