package org.enforcement.stats.ingestion;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/**
 * A page of an event feed and the cursor to continue from; {@code head} is the newest event id of the source
 * (null from a source that does not report it).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record FeedPage(List<FeedEvent> events, long nextCursor, boolean hasMore, Long head) {

    public List<FeedEvent> eventsOrEmpty() {
        return events == null ? List.of() : events;
    }
}
