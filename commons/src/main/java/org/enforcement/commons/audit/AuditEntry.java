package org.enforcement.commons.audit;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One recorded state change: who (subject and roles), for which court, what, when, and its chain link. */
@Schema(name = "AuditEntry")
public record AuditEntry(
        long id,
        Instant occurredAt,
        @Schema(example = "judge.chen") String actor,
        @Schema(example = "judge") String roles,
        @Schema(example = "苏0804") String court,
        @Schema(example = "CASE_CONCLUDED") String action,
        @Schema(example = "Case") String resourceType,
        String resourceId,
        @Schema(nullable = true) String detail,
        @Schema(description = "Hash of the same court's entry before this one (each court's trail is its own chain)") String previousHash,
        @Schema(description = "SHA-256 over this entry's content and previousHash") String hash) {
}
