package org.enforcement.events.operations;

import static com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A case became a target of the operation.")
public record TargetAdded(
        UUID operationId,
        UUID targetId,
        String caseNumber,
        @JsonInclude(NON_NULL) @Schema(description = "Campaign (专项行动) of the operation; absent when none")
        String campaignCode) implements OperationEvent {
}
