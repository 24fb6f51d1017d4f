package org.enforcement.commons.events;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.enforcement.commons.audit.AuditHead;
import org.enforcement.commons.paging.CursorPage;

/** A page of the event feed and the cursor to continue from. */
@Schema(name = "EventPage")
public record EventPage(
        List<DomainEvent> items,
        @Schema(description = "Pass as `cursor` to read on: the id of the page's last event, or the request's cursor"
                + " when nothing new; never null (the feed has no last page)", example = "1042")
        String nextCursor,
        @Schema(description = "True when more events are waiting right now") boolean hasMore,
        @Schema(description = "The page size served", example = "100") int limit,
        @Schema(description = "The newest event id visible to the caller when the page was read (0 when none), so a"
                + " reader can tell how far behind it is", example = "1100")
        long head,
        @Schema(nullable = true, description = "The newest audit entry of the caller's scope when the page was read (null when none):"
                + " keep it outside this system and pass it to `GET /api/audit/verification?expectHead=<id>:<hash>`"
                + " to detect deleted entries") AuditHead auditHead) implements CursorPage<DomainEvent> {
}
