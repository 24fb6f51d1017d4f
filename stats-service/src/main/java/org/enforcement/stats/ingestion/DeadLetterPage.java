package org.enforcement.stats.ingestion;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.enforcement.commons.paging.CursorPage;
import org.enforcement.commons.paging.PageCursors;

/** A page of dead letters, oldest failure first (the paging envelope of every list). */
@Schema(name = "DeadLetterPage")
public record DeadLetterPage(
        List<DeadLetter> items,
        @Schema(nullable = true, description = "Pass as `cursor` for the next page; null on the last page") String nextCursor,
        @Schema(description = "True when another page follows") boolean hasMore,
        @Schema(description = "The page size served", example = "100") int limit) implements CursorPage<DeadLetter> {

    private static final String LISTING = "dead-letters";

    /** Where the next page starts: after the dead letter first failed at {@code firstFailedAt} at that position. */
    record Position(Instant firstFailedAt, String feed, long feedPosition) {

        static Position after(DeadLetter letter) {
            return new Position(letter.firstFailedAt(), letter.feed(), letter.feedEventId());
        }

        String encode() {
            return PageCursors.encode(LISTING, firstFailedAt, feed, feedPosition);
        }

        /** The position a client sent back, or null for the first page; a 400 invalid-cursor when it is not one. */
        static Position decode(String cursor) {
            List<String> values = PageCursors.decode(LISTING, cursor, 3);
            if (values == null) {
                return null;
            }
            try {
                Feed feed = Arrays.stream(Feed.values()).filter(f -> f.key().equals(values.get(1))).findFirst()
                        .orElseThrow(PageCursors::invalid);
                return new Position(Instant.parse(values.get(0)), feed.key(), Long.parseLong(values.get(2)));
            } catch (RuntimeException e) {
                throw PageCursors.invalid();
            }
        }
    }
}
