package org.enforcement.stats.ingestion;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The state of every feed stats-service reads. */
@Schema(name = "IngestionStatus")
public record IngestionStatus(
        List<FeedStatus> feeds,
        @Schema(description = "Dead letters of all feeds (see GET /api/ingestion/dead-letters)", example = "0")
        long deadLetters) {
}
