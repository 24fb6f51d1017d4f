package org.enforcement.operations.timeline;

import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Result of recomputing an operation's timeline hash chain. */
@Schema(name = "TimelineVerification")
public record TimelineVerification(
        boolean valid,
        @Schema(description = "Entries verified before the first broken one (all, when valid)") long entriesChecked,
        @Schema(nullable = true, description = "Id of the first entry that fails, when not valid") UUID firstInvalidEntryId,
        @Schema(description = "Hash of the chain's last entry as stored (64 zeros when the timeline is empty)")
        String lastHash,
        String message) {
}
