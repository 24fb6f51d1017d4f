package org.enforcement.operations.casesclient;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.enforcement.rules.vocabulary.MeasureType;
import org.enforcement.rules.vocabulary.WitnessCapacity;

/**
 * {@code POST /api/cases/{id}/measures}: a SUMMONS, DETENTION or HANDOVER decided in the field, or a SEARCH or
 * VALUATION done there and recorded with its result.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record MeasureCommand(MeasureType type, UUID respondentId, String reason, Integer durationHours,
                             Boolean complex, Integer detentionDays, String property, String warrantNumber,
                             String supervisingProcuratorate, List<Witness> witnesses, FieldDecision fieldDecision,
                             FieldResult fieldResult) {

    /** Who decided it on the spot, when, and where it is written down. */
    public record FieldDecision(String decidedBy, Instant decidedAt, String reference) {
    }

    /** What a search or valuation done in the field came to. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record FieldResult(BigDecimal amount, String note) {
    }

    /** A witness of a search, in the capacity both services spell alike. */
    @Schema(name = "MeasureCommandWitness")
    public record Witness(String name, WitnessCapacity capacity) {
    }

    /** A measure decided in the field against the debtor or his property, without a result of its own. */
    public static MeasureCommand decided(MeasureType type, String reason, Integer durationHours, Boolean complex,
                                         Integer detentionDays, String property, FieldDecision fieldDecision) {
        return new MeasureCommand(type, null, reason, durationHours, complex, detentionDays, property, null, null,
                null, fieldDecision, null);
    }

    public MeasureCommand withRespondent(UUID respondent) {
        return new MeasureCommand(type, respondent, reason, durationHours, complex, detentionDays, property,
                warrantNumber, supervisingProcuratorate, witnesses, fieldDecision, fieldResult);
    }
}
