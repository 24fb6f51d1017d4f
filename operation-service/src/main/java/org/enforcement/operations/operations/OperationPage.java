package org.enforcement.operations.operations;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A page of operations, newest first (the same shape as case-service's page of cases). */
@Schema(name = "OperationPage")
public record OperationPage(
        List<OperationResponse> items,
        @Schema(nullable = true, description = "Pass as `cursor` for the next page; absent on the last page") String nextCursor,
        int limit) {
}
