package org.enforcement.stats.ingestion;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What rebuilding a feed removed; the feed is then read again from its start. */
@Schema(name = "FeedRebuild")
public record RebuildResult(
        @Schema(example = "case") String feed,
        @Schema(description = "The cursor before the rebuild (now 0)", example = "1042") long previousCursor,
        @Schema(description = "daily_metric rows this feed had contributed, removed", example = "310")
        int figureRowsRemoved,
        @Schema(description = "Applied events of this feed forgotten (they count again when read again)",
                example = "1042")
        int eventsForgotten,
        @Schema(description = "Dead letters of this feed removed", example = "0") int deadLettersRemoved) {
}
