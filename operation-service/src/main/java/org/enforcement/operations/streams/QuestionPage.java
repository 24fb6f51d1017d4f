package org.enforcement.operations.streams;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.enforcement.commons.http.QueryParams;

/** A page of a stream's questions in the order asked (the same shape as the pages of cases and operations). */
@Schema(name = "QuestionPage")
public record QuestionPage(
        List<QuestionResponse> items,
        @Schema(nullable = true, description = "Pass as `cursor` for the next page; absent on the last page") String nextCursor,
        int limit) {

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
        throw QueryParams.invalid("cursor", "is not a cursor of this listing; start without one");
    }
}
