package org.enforcement.events.cases;

import static com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Money was received on the case.")
public record PaymentRecorded(
        String caseNumber,
        UUID paymentId,
        @Schema(example = "BANK_TRANSFER") String channel,
        @Schema(description = "Negative for a reversal", example = "20000.00") BigDecimal amount,
        LocalDate receivedOn,
        @Schema(description = "Net amount paid on the case after this payment") BigDecimal paidTotal,
        BigDecimal owed,
        @JsonInclude(NON_NULL) @Schema(description = "The payment a reversal undoes") UUID reversesPaymentId,
        @JsonInclude(NON_NULL) @Schema(description = "Campaign (专项行动) of the case; absent when none")
        String campaignCode) implements CaseEvent {
}
