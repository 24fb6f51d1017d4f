package org.enforcement.cases.measures;

import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.enforcement.commons.calendar.InBusinessCalendar;
import org.enforcement.commons.problem.Problem;
import org.enforcement.rules.vocabulary.MeasureType;

/** 搜查: a search under a signed warrant, before witnesses. */
@Schema(name = "SearchOrder", description = "搜查 (search) under a signed warrant, before witnesses; awaits the"
        + " director's approval unless recorded from the field")
public record SearchOrder(
        @Schema(required = true, implementation = String.class, enumeration = "SEARCH") MeasureType type,
        @Schema(description = RESPONDENT) UUID respondentId,
        @Size(max = 2000) @Schema(description = "The place searched", example = "被执行人位于凉州区的住所") String property,
        @Size(max = 100) @Schema(required = true, description = "Number of the search warrant (搜查令)",
                example = "(2023)苏0804执123号搜查令") String warrantNumber,
        @Size(max = 200) @Schema(description = "The procuratorate supervising the search",
                example = "淮安市淮阴区人民检察院") String supervisingProcuratorate,
        @Size(max = 50) @Schema(required = true, minItems = 1, description = "Who witnesses the search (at least one)")
        List<@NotNull @Valid Witness> witnesses,
        @Size(max = 4000) @Schema(description = REASON, example = "被执行人隐匿财产") String reason,
        @Valid @Schema(description = FIELD_DECISION + " A SEARCH from the field was done under the signed"
                + " warrant it cites and is EXECUTED.") FieldDecision fieldDecision,
        @Valid @Schema(description = "Recorded from the field (with fieldDecision): what came of it")
        FieldResult fieldResult,
        @Schema(description = ORDERED_ON, example = "2023-02-01") @InBusinessCalendar LocalDate orderedOn,
        @JsonIgnore @Schema(hidden = true) List<String> misplaced) implements OrderMeasureRequest {

    @Override
    public boolean doneInField() {
        return fieldDecision != null;
    }

    /** A search's result says what was found: it has no amount, and comes only from the field. */
    @Override
    public List<Problem.FieldError> fieldResultErrors() {
        List<Problem.FieldError> errors = new ArrayList<>(OrderMembers.resultOnlyFromTheField(this));
        if (fieldResult != null && fieldResult.amount() != null) {
            errors.add(new Problem.FieldError("fieldResult.amount", "does not apply to a " + type));
        }
        return errors;
    }
}
