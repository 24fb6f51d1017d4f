package org.enforcement.operations.timeline;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "TimelineEntry")
public record TimelineEntryResponse(
        @Schema(description = "The entry's id") UUID id,
        @Schema(description = "Position in the operation's chain (increasing, not necessarily contiguous)") long seq,
        TimelineEventType type,
        @Schema(nullable = true) UUID targetId,
        @Schema(nullable = true) UUID teamId,
        Instant occurredAt,
        @Schema(description = "occurredAt as local clock time (Asia/Shanghai)", example = "05:49") String localTime,
        Instant recordedAt,
        String recordedBy,
        @Schema(ref = "TimelineDetails", description = "The type's facts as recorded (the fields of"
                + " its type only); the payer's name is masked for observers and integrators")
        Map<String, Object> details,
        @Schema(description = "Hash of the entry before it in the operation's chain (64 zeros for the first)")
        String previousHash,
        @Schema(description = "SHA-256 over the entry's canonical JSON content and previousHash") String hash) {
}
