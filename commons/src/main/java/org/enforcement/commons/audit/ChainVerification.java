package org.enforcement.commons.audit;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Result of recomputing the audit hash chain. */
@Schema(name = "ChainVerification")
public record ChainVerification(
        boolean valid,
        @Schema(description = "Entries verified before the first broken one (all, when valid)") long entriesChecked,
        @Schema(nullable = true, description = "Id of the first entry that fails, or of the expected head the chain no longer"
                + " reaches, when not valid") Long firstInvalidEntryId,
        String message,
        @Schema(nullable = true, description = "The newest entry of your court among those verified (null when none): keep it and"
                + " pass it as expectHead next time") AuditHead head) {
}
