package org.enforcement.cases.measures;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.enforcement.commons.problem.Problem;
import org.enforcement.rules.vocabulary.MeasureType;

/** The outcome of a measure in force; which fields apply depends on the measure's type. */
@Schema(name = "MeasureResultRequest")
public record MeasureResultRequest(
        @Schema(description = "PROPERTY_REPORT_ORDER (required): true when the respondent refused to report (拒绝报告)")
        Boolean refused,
        @Positive @Digits(integer = 14, fraction = 2, message = Problem.MONEY_DIGITS)
        @Schema(description = "VALUATION (required): the valuation; AUCTION (required): the sale price",
                example = "380000.00") BigDecimal amount,
        @Schema(description = "AUCTION (required): the day the property was sold, not in the future and not before"
                + " the case was filed",
                example = "2023-06-18") LocalDate soldOn,
        @Size(max = 4000) @Schema(example = "被执行人于05:49在家中被拘传到院") String note) {

    /** Missing fields the type needs and given fields it does not accept. */
    public List<Problem.FieldError> fieldErrors(MeasureType type) {
        List<Problem.FieldError> errors = new ArrayList<>();
        boolean report = type == MeasureType.PROPERTY_REPORT_ORDER;
        boolean priced = type == MeasureType.VALUATION || type == MeasureType.AUCTION;
        boolean auction = type == MeasureType.AUCTION;
        if (report && refused == null) {
            errors.add(new Problem.FieldError("refused", "is required for the result of a " + type));
        } else if (!report && refused != null) {
            errors.add(new Problem.FieldError("refused", "does not apply to a " + type));
        }
        if (priced && amount == null) {
            errors.add(new Problem.FieldError("amount", "is required for the result of a " + type));
        } else if (!priced && amount != null) {
            errors.add(new Problem.FieldError("amount", "does not apply to a " + type));
        }
        if (auction && soldOn == null) {
            errors.add(new Problem.FieldError("soldOn", "is required for the result of a " + type));
        } else if (!auction && soldOn != null) {
            errors.add(new Problem.FieldError("soldOn", "does not apply to a " + type));
        }
        return errors;
    }
}
