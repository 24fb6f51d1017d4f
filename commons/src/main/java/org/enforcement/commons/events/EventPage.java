package org.enforcement.commons.events;

import java.util.List;
import org.enforcement.commons.audit.AuditHead;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A page of the event feed and the cursor to continue from. */
@Schema(name = "EventPage")
public record EventPage(
        List<DomainEvent> events,
        @Schema(description = "Pass as `after` to read on; equals the request's `after` when nothing new", example = "1042")
        long nextCursor,
        @Schema(description = "True when more events are waiting right now") boolean hasMore,
        @Schema(description = "The newest event id visible to the caller when the page was read (0 when none), so a"
                + " reader can tell how far behind it is", example = "1100")
        long head,
        @Schema(nullable = true, description = "The newest audit entry of the caller's scope when the page was read (null when none):"
                + " keep it outside this system and pass it to `GET /api/audit/verification?expectHead=<id>:<hash>`"
                + " to detect deleted entries") AuditHead auditHead) {
}
