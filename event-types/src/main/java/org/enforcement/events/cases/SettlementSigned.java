package org.enforcement.events.cases;

import static com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A settlement agreement (执行和解协议) was signed.")
public record SettlementSigned(
        String caseNumber,
        UUID settlementId,
        @Schema(description = "The agreement's status after the event") String status,
        @JsonInclude(NON_NULL) @Schema(description = "Campaign (专项行动) of the case; absent when none")
        String campaignCode,
        BigDecimal total,
        int installments,
        LocalDate signedOn,
        LocalDate firstDueOn) implements CaseEvent {
}
