package org.enforcement.events.operations;

import static com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "An outcome at a target, once case-service accepted it where it is delivered there.")
public record TargetOutcome(
        UUID operationId,
        UUID targetId,
        UUID entryId,
        String caseNumber,
        @Schema(description = "The timeline entry's type", example = "PAID_ON_SITE") String type,
        Instant occurredAt,
        String targetStatus,
        @JsonInclude(NON_NULL) @Schema(description = "Campaign (专项行动) of the operation; absent when none")
        String campaignCode,
        @JsonInclude(NON_NULL) @Schema(description = "Paid on the spot or valued") BigDecimal amount,
        @JsonInclude(NON_NULL) @Schema(description = "Settlement total") BigDecimal total,
        @JsonInclude(NON_NULL) @Schema(description = "Present with total") Integer installments,
        @JsonInclude(NON_NULL) Integer durationHours,
        @JsonInclude(NON_NULL) @Schema(description = "Present with durationHours") Boolean complex,
        @JsonInclude(NON_NULL) Integer detentionDays) implements OperationEvent {
}
