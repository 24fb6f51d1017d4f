package org.enforcement.events.cases;

import static com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A pay-out was rejected.")
public record DisbursementRejected(
        String caseNumber,
        UUID disbursementId,
        BigDecimal amount,
        String status,
        LocalDate requestedOn,
        @JsonInclude(NON_NULL) LocalDate paidOutOn,
        @JsonInclude(NON_NULL) @Schema(description = "Campaign (专项行动) of the case; absent when none")
        String campaignCode) implements CaseEvent {
}
