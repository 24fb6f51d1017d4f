package org.enforcement.cases.measures;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.enforcement.rules.vocabulary.MeasureType;

/** A measure with its terms, decision and result; only the fields of its type are set. */
@Schema(name = "Measure")
public record MeasureResponse(
        UUID id,
        UUID caseId,
        MeasureType type,
        MeasureStatus status,
        @Schema(nullable = true) UUID respondentId,
        @Schema(nullable = true, description = "Masked (surname + 某) for observers and integrators", example = "秦某某")
        String respondentName,
        @Schema(nullable = true) String reason,
        @Schema(nullable = true) Integer durationHours,
        @Schema(nullable = true) Boolean complex,
        @Schema(nullable = true) Integer detentionDays,
        @Schema(nullable = true, example = "10000.00") BigDecimal amount,
        @Schema(nullable = true) LocalDate deadline,
        @Schema(nullable = true) LocalDate startsOn,
        @Schema(nullable = true) LocalDate endsOn,
        @Schema(nullable = true) String property,
        @Schema(nullable = true) String warrantNumber,
        @Schema(nullable = true) String supervisingProcuratorate,
        @Schema(nullable = true, description = "Witness names are masked for observers and integrators") List<Witness> witnesses,
        @Schema(nullable = true, description = "The provision that bounds this type of measure",
                example = "《中华人民共和国民事诉讼法》第一百一十八条") String legalBasis,
        String orderedBy,
        Instant orderedAt,
        @Schema(description = "The business day it was ordered") LocalDate orderedOn,
        @Schema(nullable = true) String decidedBy,
        @Schema(nullable = true) Instant decidedAt,
        @Schema(nullable = true, description = "The business day the director decided it") LocalDate decidedOn,
        @Schema(nullable = true) String decisionNote,
        @Schema(nullable = true, description = "VALUATION: the valuation; AUCTION: the sale price", example = "380000.00")
        BigDecimal resultAmount,
        @Schema(nullable = true, description = "AUCTION: the sale day") LocalDate soldOn,
        @Schema(nullable = true, description = "The business day of the result (the sale, search or valuation day, or the day it was"
                + " executed, reported or refused)") LocalDate resultOn,
        @Schema(nullable = true) String resultNote,
        @Schema(nullable = true) Instant resultAt,
        @Schema(nullable = true, description = "AUCTION: the payment the proceeds became (absent when nothing was outstanding)")
        UUID paymentId,
        @Schema(nullable = true, description = "SUMMONS, DETENTION, HANDOVER, SEARCH, VALUATION recorded from the field: who decided it"
                + " there and when")
        OrderMeasureRequest.FieldDecision fieldDecision,
        @Schema(description = "Same value as the ETag header") long version) {
}
