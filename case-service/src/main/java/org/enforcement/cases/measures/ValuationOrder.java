package org.enforcement.cases.measures;

import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.enforcement.commons.calendar.InBusinessCalendar;
import org.enforcement.commons.problem.Problem;
import org.enforcement.rules.vocabulary.MeasureType;

/** 评估: property valued. */
@Schema(name = "ValuationOrder", description = "评估 (valuation) of property; from the field it is COMPLETED"
        + " with its fieldResult")
public record ValuationOrder(
        @Schema(required = true, implementation = String.class, enumeration = "VALUATION") MeasureType type,
        @Schema(description = RESPONDENT) UUID respondentId,
        @Size(max = 2000) @Schema(required = true, description = "The property"
                + " valued", example = "被执行人名下位于淮阴区的住房一套") String property,
        @Size(max = 4000) @Schema(description = REASON, example = "被执行人拒不履行") String reason,
        @Valid @Schema(description = FIELD_DECISION + " A VALUATION from the field is COMPLETED with its"
                + " fieldResult.") FieldDecision fieldDecision,
        @Valid @Schema(description = "Recorded from the field (with fieldDecision): what came of it; its"
                + " amount is required")
        FieldResult fieldResult,
        @Schema(description = ORDERED_ON, example = "2023-02-01") @InBusinessCalendar LocalDate orderedOn,
        @JsonIgnore @Schema(hidden = true) List<String> misplaced) implements OrderMeasureRequest {

    @Override
    public boolean doneInField() {
        return fieldDecision != null;
    }

    /** A valuation recorded from the field comes with its amount; a result comes only from the field. */
    @Override
    public List<Problem.FieldError> fieldResultErrors() {
        List<Problem.FieldError> errors = new ArrayList<>(OrderMembers.resultOnlyFromTheField(this));
        if (fieldDecision != null && (fieldResult == null || fieldResult.amount() == null)) {
            errors.add(new Problem.FieldError("fieldResult.amount", "is required for a VALUATION recorded from the"
                    + " field"));
        }
        return errors;
    }
}
