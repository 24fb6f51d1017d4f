package org.enforcement.commons.audit;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.enforcement.commons.paging.CursorPage;

/** A page of the court's audit trail, oldest first. */
@Schema(name = "AuditPage")
public record AuditPage(
        List<AuditEntry> items,
        @Schema(description = "Pass as `cursor` to read on: the id of the page's last entry, or the request's cursor"
                + " when nothing new; never null (the trail has no last page)", example = "133")
        String nextCursor,
        @Schema(description = "True when more entries are waiting right now") boolean hasMore,
        @Schema(description = "The page size served", example = "100") int limit) implements CursorPage<AuditEntry> {
}
