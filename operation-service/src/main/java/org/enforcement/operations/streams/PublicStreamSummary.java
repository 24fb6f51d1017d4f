package org.enforcement.operations.streams;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PublicStreamSummary")
public record PublicStreamSummary(
        UUID id,
        String title,
        StreamStatus status,
        List<PlatformView> platforms,
        Instant startedAt,
        @Schema(nullable = true) Instant endedAt,
        @Schema(nullable = true) Long durationMinutes,
        @Schema(example = "985000") long cumulativeViewers,
        @Schema(example = "近100万人次") String viewersPhrase,
        long answeredQuestions) {
}
