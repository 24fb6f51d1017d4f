package org.enforcement.stats.ingestion;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;
import org.enforcement.stats.metrics.FeedEvent;

/**
 * A page of an event feed ({@code items}) and the cursor to continue from; {@code head} is the newest event id of the source
 * (null from a source that does not report it).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record FeedPage(List<FeedEvent> items, String nextCursor, boolean hasMore, Long head) {

    public List<FeedEvent> eventsOrEmpty() {
        return items == null ? List.of() : items;
    }

    /** The feed position {@code nextCursor} names (a log cursor is the id of the last event, in decimal). */
    public long nextPosition() {
        try {
            return Long.parseLong(nextCursor);
        } catch (NumberFormatException e) {
            throw new IllegalStateException("the feed's nextCursor is not a position: " + nextCursor, e);
        }
    }
}
