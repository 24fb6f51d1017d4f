package org.enforcement.events.operations;

import static com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "An operation (集中执行行动) was planned; its name is scrubbed of personal data.")
public record OperationPlanned(
        UUID operationId,
        @Schema(description = "The operation's status after the event") String status,
        @JsonInclude(NON_NULL) @Schema(description = "Campaign (专项行动) of the operation; absent when none")
        String campaignCode,
        LocalDate date,
        String name) implements OperationEvent {
}
