package org.enforcement.cases.casefiles;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.enforcement.commons.paging.CursorPage;

/** A page of cases. With {@code fields=}, each item holds only the fields asked for (and {@code id}). */
@Schema(name = "CasePage")
public record CasePage(
        @Schema(description = "The cases; with `fields`, each holds only the members asked for (and `id`)")
        List<CaseResponse> items,
        @Schema(nullable = true, description = "Pass as `cursor` for the next page; null on the last page") String nextCursor,
        @Schema(description = "True when another page follows") boolean hasMore,
        @Schema(description = "The page size served", example = "20") int limit) implements CursorPage<CaseResponse> {
}
