package org.enforcement.operations.streams;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.enforcement.commons.paging.CursorPage;
import org.enforcement.commons.paging.PageCursors;

/** A page of FAQ entries found, newest first (the paging envelope of every list). */
@Schema(name = "FaqPage")
public record FaqPage(
        List<FaqEntryResponse> items,
        @Schema(nullable = true, description = "Pass as `cursor` for the next page; null on the last page") String nextCursor,
        @Schema(description = "True when another page follows") boolean hasMore,
        @Schema(description = "The page size served", example = "50") int limit) implements CursorPage<FaqEntryResponse> {

    private static final String LISTING = "faq";

    /** Where the next page starts: after the entry created at {@code createdAt} with {@code id} (newest first). */
    record Position(Instant createdAt, UUID id) {

        String encode() {
            return PageCursors.encode(LISTING, createdAt, id);
        }

        /** The position a client sent back, or null for the first page; a 400 invalid-cursor when it is not one. */
        static Position decode(String cursor) {
            List<String> values = PageCursors.decode(LISTING, cursor, 2);
            if (values == null) {
                return null;
            }
            try {
                return new Position(Instant.parse(values.get(0)), UUID.fromString(values.get(1)));
            } catch (RuntimeException e) {
                throw PageCursors.invalid();
            }
        }
    }
}
