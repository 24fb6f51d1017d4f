package org.enforcement.cases.casefiles;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A page of cases. With {@code fields=}, each item holds only the fields asked for (and {@code id}). */
@Schema(name = "CasePage")
public record CasePage(
        @Schema(description = "The cases; with `fields`, each holds only the members asked for (and `id`)")
        List<CaseResponse> items,
        @Schema(nullable = true, description = "Pass as `cursor` for the next page; absent on the last page") String nextCursor,
        int limit) {
}
