package org.enforcement.operations.casesclient;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.UUID;

/** {@code POST /api/cases/{id}/measures}: a SUMMONS, DETENTION or HANDOVER decided in the field. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record MeasureCommand(String type, UUID respondentId, String reason, Integer durationHours, Boolean complex,
                             Integer detentionDays, String property, FieldDecision fieldDecision) {

    /** Who decided it on the spot, when, and where it is written down. */
    public record FieldDecision(String decidedBy, Instant decidedAt, String reference) {
    }

    public MeasureCommand withRespondent(UUID respondent) {
        return new MeasureCommand(type, respondent, reason, durationHours, complex, detentionDays, property,
                fieldDecision);
    }
}
