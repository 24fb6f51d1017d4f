package org.enforcement.operations.streams;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.enforcement.rules.figures.PublishedFigures;
import org.enforcement.rules.vocabulary.StreamPlatformKind;

/**
 * Viewers of a stream: per platform the latest cumulative views and the highest peak seen (the platform's peak, or
 * the current count where it gave none), and their sums. {@code phrase} says the cumulative total the way courts
 * publish it (see {@link PublishedFigures}); {@code cumulativeTotal} is the exact figure.
 */
@Schema(name = "ViewerStats")
public record ViewerStats(
        List<PlatformViewers> platforms,
        @Schema(description = "Exact total views over all platforms", example = "912345") long cumulativeTotal,
        @Schema(description = "Sum of the platforms' peaks (they need not have been simultaneous)", example = "40210")
        long peakTotal,
        @Schema(description = "Sum of the platforms' latest current counts") long currentTotal,
        @Schema(description = "The total as courts publish it", example = "90余万人次") String phrase,
        @Schema(nullable = true) Instant lastObservedAt) {

    @Schema(name = "PlatformViewers")
    public record PlatformViewers(
            StreamPlatformKind platform,
            @Schema(example = "抖音") String label,
            @Schema(nullable = true) String name,
            long snapshots,
            long cumulative,
            long peak,
            long current,
            @Schema(nullable = true) Instant lastObservedAt) {
    }
}
