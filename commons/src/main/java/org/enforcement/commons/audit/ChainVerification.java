package org.enforcement.commons.audit;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Result of recomputing the audit hash chain. */
@Schema(name = "ChainVerification")
public record ChainVerification(
        boolean valid,
        @Schema(description = "Entries verified before the first broken one (all, when valid)") long entriesChecked,
        @Schema(description = "Id of the first entry that fails, when not valid") Long firstInvalidEntryId,
        String message) {
}
