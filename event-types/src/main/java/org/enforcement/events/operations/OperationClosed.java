package org.enforcement.events.operations;

import static com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The operation closed.")
public record OperationClosed(
        UUID operationId,
        @Schema(description = "The operation's status after the event") String status,
        @JsonInclude(NON_NULL) @Schema(description = "Campaign (专项行动) of the operation; absent when none")
        String campaignCode,
        String fromStatus,
        String toStatus,
        Instant at,
        long officersDeployed,
        long witnesses,
        long targets,
        LocalDate date) implements OperationEvent {
}
