package org.enforcement.cases.payments;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The director's decision on a disbursement request. */
@Schema(name = "DecideDisbursementRequest")
public record DecideDisbursementRequest(
        @NotNull @Schema(description = "true to approve, false to reject") Boolean approve,
        @Size(max = 2000) String note) {
}
