package org.enforcement.operations.operations;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Base64;
import java.util.UUID;
import org.enforcement.commons.http.QueryParams;

/**
 * Where the next page of a court's operations starts: the order values of the last operation shown (date
 * descending, then assembly time and id ascending), so pages stay stable while operations are planned. Opaque to
 * clients (base64url).
 */
public record OperationCursor(LocalDate date, LocalTime assemblyTime, UUID id) {

    static OperationCursor after(Operation o) {
        return new OperationCursor(o.date, o.assemblyTime, o.id);
    }

    public String encode() {
        String raw = date + "|" + assemblyTime + "|" + id;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    /** The cursor a client sent back, or null for the first page; anything else is a 400 naming {@code cursor}. */
    public static OperationCursor decode(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            String raw = new String(Base64.getUrlDecoder().decode(text.strip()), StandardCharsets.UTF_8);
            String[] parts = raw.split("\\|", -1);
            if (parts.length != 3) {
                throw new IllegalArgumentException();
            }
            return new OperationCursor(LocalDate.parse(parts[0]), LocalTime.parse(parts[1]),
                    UUID.fromString(parts[2]));
        } catch (RuntimeException e) {
            throw QueryParams.invalid("cursor", "is not a cursor of this listing; start without one");
        }
    }
}
