package org.enforcement.cases.payments;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.enforcement.cases.casefiles.CaseText;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Disbursement")
public record DisbursementResponse(UUID id, UUID caseId, UUID payeeId, BigDecimal amount, DisbursementStatus status,
                                   @Schema(nullable = true) String note, String requestedBy, Instant requestedAt, @Schema(nullable = true) String decidedBy,
                                   @Schema(nullable = true) Instant decidedAt, @Schema(nullable = true) String decisionNote,
                                   @Schema(description = "The business day it was requested") LocalDate requestedOn,
                                   @Schema(nullable = true, description = "APPROVED: the business day the money was paid out")
                                   LocalDate paidOutOn, long version) {

    /** The disbursement with its notes as the caller may read them. */
    static DisbursementResponse of(Disbursement d, CaseText text) {
        return new DisbursementResponse(d.id, d.caseId, d.payeeId, d.amount, d.status, text.shown(d.caseId, d.note),
                d.requestedBy, d.requestedAt, d.decidedBy, d.decidedAt, text.shown(d.caseId, d.decisionNote),
                d.requestedOn, d.paidOutOn, d.version);
    }
}
