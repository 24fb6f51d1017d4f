package org.enforcement.operations.streams;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.enforcement.rules.vocabulary.StreamPlatformKind;

@Schema(name = "ViewerSnapshot")
public record ViewerSnapshotResponse(
        UUID id,
        StreamPlatformKind platform,
        Instant at,
        long current,
        @Schema(nullable = true) Long peak,
        long cumulative,
        String recordedBy,
        Instant recordedAt) {

    public static ViewerSnapshotResponse of(ViewerSnapshot s) {
        return new ViewerSnapshotResponse(s.id, s.platform, s.observedAt, s.current, s.peak, s.cumulative,
                s.recordedBy, s.recordedAt);
    }
}
