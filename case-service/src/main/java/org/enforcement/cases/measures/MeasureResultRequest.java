package org.enforcement.cases.measures;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.enforcement.commons.calendar.InBusinessCalendar;
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
                + " the auction was ordered",
                example = "2023-06-18") @InBusinessCalendar LocalDate soldOn,
        @Size(max = 4000) @Schema(example = "被执行人于05:49在家中被拘传到院") String note,
        @Schema(description = "SEARCH: the day of the search; default today, not in the future, not before the"
                + " search was ordered", example = "2023-02-02") @InBusinessCalendar LocalDate searchedOn,
        @Schema(description = "VALUATION: the day of the valuation report; default today, not in the future, not"
                + " before the valuation was ordered", example = "2023-04-10") @InBusinessCalendar LocalDate valuedOn,
        @Schema(description = "The other types: the day of the result (executed, reported or refused); default"
                + " today, not in the future, not before the measure was ordered", example = "2023-02-02")
        @InBusinessCalendar LocalDate resultOn) {

    /** The day of the result the request gives for a measure of {@code type}, null when it gives none. */
    public LocalDate dayFor(MeasureType type) {
        return switch (type) {
            case AUCTION -> soldOn;
            case SEARCH -> searchedOn;
            case VALUATION -> valuedOn;
            default -> resultOn;
        };
    }

    /** The name of the field that carries the result's day for {@code type}. */
    public static String dayFieldFor(MeasureType type) {
        return switch (type) {
            case AUCTION -> "soldOn";
            case SEARCH -> "searchedOn";
            case VALUATION -> "valuedOn";
            default -> "resultOn";
        };
    }

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
        }
        // Each type's result day has its own name; the others' do not apply.
        Map<String, LocalDate> days = new LinkedHashMap<>();
        days.put("soldOn", soldOn);
        days.put("searchedOn", searchedOn);
        days.put("valuedOn", valuedOn);
        days.put("resultOn", resultOn);
        days.forEach((field, day) -> {
            if (day != null && !field.equals(dayFieldFor(type))) {
                errors.add(new Problem.FieldError(field, "does not apply to a " + type));
            }
        });
        return errors;
    }
}
