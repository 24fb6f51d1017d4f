package org.enforcement.commons.audit;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The newest audit entry of a court: another system that keeps it can later ask for verification against it
 * ({@code expectHead=<id>:<hash>}), so deleting the newest entries, which leaves a shorter chain that still links,
 * is detected.
 */
@Schema(name = "AuditHead", description = "The newest audit entry in the caller's scope; keep it and pass it to the"
        + " verification as expectHead=<id>:<hash>")
public record AuditHead(
        @Schema(example = "133") long id,
        @Schema(description = "The entry's chain hash", example = "9f2c6e0d5b1a47c3e8d2f0a6b4c1e9d7a3f5b8c0e2d4f6a8b1c3e5d7f9a0b2c4")
        String hash,
        @Schema(description = "When the entry was written") Instant at) {

    /** {@code <id>:<hash>}, the form {@code expectHead} takes. */
    public String token() {
        return id + ":" + hash;
    }
}
