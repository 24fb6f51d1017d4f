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
        UUID respondentId,
        @Schema(description = "Masked (surname + 某) for observers and integrators", example = "秦某某")
        String respondentName,
        String reason,
        Integer durationHours,
        Boolean complex,
        Integer detentionDays,
        @Schema(example = "10000.00") BigDecimal amount,
        LocalDate deadline,
        LocalDate startsOn,
        LocalDate endsOn,
        String property,
        String warrantNumber,
        String supervisingProcuratorate,
        @Schema(description = "Witness names are masked for observers and integrators") List<Witness> witnesses,
        @Schema(description = "The provision that bounds this type of measure",
                example = "《中华人民共和国民事诉讼法》第一百一十八条") String legalBasis,
        String orderedBy,
        Instant orderedAt,
        @Schema(description = "The business day it was ordered") LocalDate orderedOn,
        String decidedBy,
        Instant decidedAt,
        @Schema(description = "The business day the director decided it") LocalDate decidedOn,
        String decisionNote,
        @Schema(description = "VALUATION: the valuation; AUCTION: the sale price", example = "380000.00")
        BigDecimal resultAmount,
        @Schema(description = "AUCTION: the sale day") LocalDate soldOn,
        @Schema(description = "The business day of the result (the sale, search or valuation day, or the day it was"
                + " executed, reported or refused)") LocalDate resultOn,
        String resultNote,
        Instant resultAt,
        @Schema(description = "AUCTION: the payment the proceeds became (absent when nothing was outstanding)")
        UUID paymentId,
        @Schema(description = "SUMMONS, DETENTION, HANDOVER, SEARCH, VALUATION recorded from the field: who decided it"
                + " there and when")
        OrderMeasureRequest.FieldDecision fieldDecision,
        @Schema(description = "Same value as the ETag header") long version) {
}
