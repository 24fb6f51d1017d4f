package org.enforcement.operations.operations;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.enforcement.commons.paging.CursorPage;

/** A page of operations, newest first (the same shape as case-service's page of cases). */
@Schema(name = "OperationPage")
public record OperationPage(
        List<OperationResponse> items,
        @Schema(nullable = true, description = "Pass as `cursor` for the next page; null on the last page") String nextCursor,
        @Schema(description = "True when another page follows") boolean hasMore,
        @Schema(description = "The page size served", example = "20") int limit) implements CursorPage<OperationResponse> {
}
