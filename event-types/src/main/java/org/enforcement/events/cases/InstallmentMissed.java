package org.enforcement.events.cases;

import static com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "An installment was not paid in time.")
public record InstallmentMissed(
        String caseNumber,
        UUID settlementId,
        @Schema(description = "The agreement's status after the event") String status,
        @JsonInclude(NON_NULL) @Schema(description = "Campaign (专项行动) of the case; absent when none")
        String campaignCode,
        @Schema(description = "Its number, from 1") int installment,
        LocalDate dueOn,
        LocalDate missedOn,
        BigDecimal amount,
        BigDecimal unpaid) implements CaseEvent {
}
