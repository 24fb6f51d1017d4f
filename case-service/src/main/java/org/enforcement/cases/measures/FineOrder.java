package org.enforcement.cases.measures;

import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.enforcement.commons.calendar.InBusinessCalendar;
import org.enforcement.commons.problem.Problem;
import org.enforcement.rules.vocabulary.MeasureType;

/** 罚款: a fine on the respondent. */
@Schema(name = "FineOrder", description = "罚款 (fine): a person up to and including 100,000.00 yuan, an"
        + " organisation 50,000.00 to 1,000,000.00")
public record FineOrder(
        @Schema(required = true, implementation = String.class, enumeration = "FINE") MeasureType type,
        @Schema(description = RESPONDENT, required = true) UUID respondentId,
        @Positive @Digits(integer = 14, fraction = 2, message = Problem.MONEY_DIGITS)
        @Schema(required = true, description = "A person up to and including 100,000.00, an organisation"
                + " 50,000.00 to 1,000,000.00", example = "10000.00") BigDecimal amount,
        @Size(max = 4000) @Schema(description = REASON, example = "拒不协助执行") String reason,
        @Schema(description = ORDERED_ON, example = "2023-02-01") @InBusinessCalendar LocalDate orderedOn,
        @JsonIgnore @Schema(hidden = true) List<String> misplaced) implements OrderMeasureRequest {
}
