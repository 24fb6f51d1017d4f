package org.enforcement.events.cases;

import static com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A valuation was made.")
public record ValuationRecorded(
        String caseNumber,
        UUID measureId,
        @Schema(example = "SEARCH") String measureType,
        @Schema(description = "The measure's status after the event") String status,
        @JsonInclude(NON_NULL) @Schema(description = "PERSON or ORGANIZATION of the respondent it is against")
        String respondentKind,
        @JsonInclude(NON_NULL) Integer durationHours,
        @JsonInclude(NON_NULL) @Schema(description = "Present with durationHours") Boolean complex,
        @JsonInclude(NON_NULL) Integer detentionDays,
        @JsonInclude(NON_NULL) BigDecimal amount,
        @JsonInclude(NON_NULL) LocalDate deadline,
        @JsonInclude(NON_NULL) LocalDate startsOn,
        @JsonInclude(NON_NULL) LocalDate endsOn,
        @JsonInclude(NON_NULL) List<String> witnessCapacities,
        @JsonInclude(NON_NULL) String legalBasis,
        LocalDate orderedOn,
        @JsonInclude(NON_NULL) @Schema(description = "When it was decided in the field (a hand-over, a summons)")
        Instant decidedInFieldAt,
        @JsonInclude(NON_NULL) @Schema(description = "Campaign (专项行动) of the case; absent when none")
        String campaignCode,
        @JsonInclude(NON_NULL) BigDecimal resultAmount,
        LocalDate resultOn) implements CaseEvent {

    /** The event of {@code m} with this event's own fields. */
    public static ValuationRecorded of(MeasureFacts m, BigDecimal resultAmount, LocalDate resultOn) {
        return new ValuationRecorded(m.caseNumber(), m.measureId(), m.measureType(), m.status(), m.respondentKind(),
                m.durationHours(), m.complex(), m.detentionDays(), m.amount(), m.deadline(), m.startsOn(), m.endsOn(),
                m.witnessCapacities(), m.legalBasis(), m.orderedOn(), m.decidedInFieldAt(), m.campaignCode(),
                resultAmount, resultOn);
    }
}
