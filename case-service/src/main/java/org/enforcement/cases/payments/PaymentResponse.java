package org.enforcement.cases.payments;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.enforcement.cases.casefiles.CaseStatus;
import org.enforcement.cases.casefiles.ConclusionType;

/** A ledger row, what it paid off, and the case's money position right after it. */
@Schema(name = "Payment")
public record PaymentResponse(
        UUID id,
        UUID caseId,
        PaymentKind kind,
        Channel channel,
        @Schema(example = "秦某") String payer,
        @Schema(description = "Negative for a reversal", example = "20000.00") BigDecimal amount,
        LocalDate receivedOn,
        @Schema(nullable = true) String reference,
        @Schema(nullable = true) UUID reversesPaymentId,
        @Schema(nullable = true) String reason,
        String recordedBy,
        Instant recordedAt,
        @Schema(description = "Installments this payment paid, oldest first") List<Allocation> allocations,
        @Schema(nullable = true, description = "The case after this entry (present in the response that recorded it)") CaseMoney caseAfter) {

    /** Part of a payment applied to one installment of the settlement agreement. */
    @Schema(name = "InstallmentAllocation")
    public record Allocation(int installment, @Schema(example = "13325.00") BigDecimal amount) {
    }

    /** Where the case stands after the payment. */
    @Schema(name = "CaseMoney")
    public record CaseMoney(CaseStatus status, @Schema(nullable = true) ConclusionType conclusionType, BigDecimal owed, BigDecimal paid,
                            BigDecimal outstanding) {
    }
}
