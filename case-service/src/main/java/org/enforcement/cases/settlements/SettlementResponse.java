package org.enforcement.cases.settlements;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.enforcement.cases.casefiles.CaseText;

@Schema(name = "Settlement")
public record SettlementResponse(
        UUID id,
        UUID caseId,
        AgreementStatus status,
        @Schema(example = "53300.00") BigDecimal total,
        @Schema(example = "20000.00") BigDecimal paid,
        @Schema(example = "33300.00") BigDecimal outstanding,
        LocalDate signedOn,
        @Schema(nullable = true) String terms,
        List<InstallmentResponse> installments,
        String createdBy,
        Instant createdAt,
        @Schema(nullable = true) Instant breachedAt,
        @Schema(nullable = true) Instant endedAt,
        @Schema(nullable = true, description = "The business day it was breached (the first missed installment's day or the day the"
                + " judge found)") LocalDate breachedOn,
        @Schema(nullable = true, description = "The business day it was completed (the last payment's day) or terminated")
        LocalDate endedOn,
        @Schema(description = "Same value as the ETag header") long version) {

    @Schema(name = "Installment")
    public record InstallmentResponse(int seq, LocalDate dueOn, BigDecimal amount, BigDecimal paid,
                                      InstallmentStatus status, @Schema(nullable = true) Instant missedAt,
                                      @Schema(nullable = true, description = "The business day it counts as missed on")
                                      LocalDate missedOn) {
    }

    /** The agreement with its terms as the caller may read them. */
    static SettlementResponse of(SettlementAgreement a, CaseText text) {
        BigDecimal paid = a.paid();
        return new SettlementResponse(a.id, a.caseId, a.status, a.total, paid, a.total.subtract(paid), a.signedOn,
                text.shown(a.caseId, a.terms), a.installments.stream()
                .map(i -> new InstallmentResponse(i.seq, i.dueOn, i.amount, i.paid, i.status, i.missedAt, i.missedOn))
                .toList(), a.createdBy, a.createdAt, a.breachedAt, a.endedAt, a.breachedOn, a.endedOn, a.version);
    }
}
