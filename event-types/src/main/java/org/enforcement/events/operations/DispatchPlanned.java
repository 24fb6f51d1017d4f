package org.enforcement.events.operations;

import static com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A dispatch plan was computed.")
public record DispatchPlanned(
        UUID operationId,
        int targets,
        int teams,
        long latestArrivalMinutes,
        long lowerBoundMinutes,
        @JsonInclude(NON_NULL) @Schema(description = "Campaign (专项行动) of the operation; absent when none")
        String campaignCode) implements OperationEvent {
}
