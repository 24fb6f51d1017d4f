package org.enforcement.operations.streams;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.enforcement.commons.paging.CursorPage;
import org.enforcement.commons.paging.PageCursors;

/** A page of a stream's questions in the order asked (the same shape as the pages of cases and operations). */
@Schema(name = "QuestionPage")
public record QuestionPage(
        List<QuestionResponse> items,
        @Schema(nullable = true, description = "Pass as `cursor` for the next page; null on the last page") String nextCursor,
        @Schema(description = "True when another page follows") boolean hasMore,
        @Schema(description = "The page size served", example = "20") int limit) implements CursorPage<QuestionResponse> {

    /** The cursor after the question numbered {@code seq} (opaque to clients: base64url). */
    static String cursorAfter(int seq) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(("q|" + seq).getBytes(StandardCharsets.UTF_8));
    }

    /** The question number a cursor continues after: 0 without one; anything else is a 400 naming it. */
    static int afterSeq(String cursor) {
        if (cursor == null || cursor.isBlank()) {
            return 0;
        }
        try {
            String raw = new String(Base64.getUrlDecoder().decode(cursor.strip()), StandardCharsets.UTF_8);
            if (raw.startsWith("q|")) {
                int seq = Integer.parseInt(raw.substring(2));
                if (seq >= 0) {
                    return seq;
                }
            }
        } catch (RuntimeException e) {
            // reported below
        }
        throw PageCursors.invalid();
    }
}
