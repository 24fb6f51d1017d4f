package org.enforcement.events.operations;

import static com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A live stream ended, with its audience.")
public record StreamEnded(
        UUID operationId,
        UUID streamId,
        @JsonInclude(NON_NULL) @Schema(description = "Campaign (专项行动) of the operation; absent when none")
        String campaignCode,
        @Schema(description = "As the public reads it") String title,
        int platformCount,
        List<String> platforms,
        Instant startedAt,
        Instant endedAt,
        long durationMinutes,
        long peakViewersTotal,
        long cumulativeViewersTotal,
        @Schema(example = "90余万人次") String viewersPhrase,
        @Schema(description = "Cumulative views per platform; adds up to cumulativeViewersTotal")
        Map<String, Long> viewersByPlatform,
        long questionsAnswered) implements OperationEvent {
}
