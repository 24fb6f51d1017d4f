package org.enforcement.cases.casefiles;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A page of cases. With {@code fields=}, each item holds only the fields asked for (and {@code id}). */
@Schema(name = "CasePage")
public record CasePage(
        List<CaseResponse> items,
        @Schema(description = "Pass as `cursor` for the next page; absent on the last page") String nextCursor,
        int limit) {
}
