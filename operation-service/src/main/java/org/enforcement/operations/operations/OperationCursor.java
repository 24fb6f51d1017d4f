package org.enforcement.operations.operations;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Base64;
import java.util.UUID;
import org.enforcement.commons.http.StrictTemporals;
import org.enforcement.commons.paging.PageCursors;
import org.enforcement.commons.problem.ProblemException;

/**
 * Where the next page of a court's operations starts: the order values of the last operation shown (date
 * descending, then assembly time and id ascending), so pages stay stable while operations are planned. Opaque to
 * clients (base64url), and bound to the court whose listing made it: another court's cursor is refused rather
 * than read as a position in this court's list.
 */
public record OperationCursor(String court, LocalDate date, LocalTime assemblyTime, UUID id) {

    static OperationCursor after(String court, Operation o) {
        return new OperationCursor(court, o.date, o.assemblyTime, o.id);
    }

    public String encode() {
        String raw = court + "|" + date + "|" + assemblyTime + "|" + id;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The cursor a client sent back for {@code court}'s listing, or null for the first page; anything else (not a
     * cursor, another court's, a date outside the years 1 to 9999) is a 400 {@code invalid-cursor}.
     */
    public static OperationCursor decode(String text, String court) {
        if (text == null || text.isBlank()) {
            return null;
        }
        OperationCursor cursor;
        try {
            String raw = new String(Base64.getUrlDecoder().decode(text.strip()), StandardCharsets.UTF_8);
            String[] parts = raw.split("\\|", -1);
            if (parts.length != 4) {
                throw invalid();
            }
            cursor = new OperationCursor(parts[0], LocalDate.parse(parts[1]), LocalTime.parse(parts[2]),
                    UUID.fromString(parts[3]));
        } catch (RuntimeException e) {
            throw invalid();
        }
        // Years PostgreSQL and our dates cannot hold would fail in the query (a 500), not here.
        if (!cursor.court.equals(court) || !StrictTemporals.supportedYear(cursor.date.getYear())) {
            throw invalid();
        }
        return cursor;
    }

    private static ProblemException invalid() {
        return PageCursors.invalid();
    }
}
