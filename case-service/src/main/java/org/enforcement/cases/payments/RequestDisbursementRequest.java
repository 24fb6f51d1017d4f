package org.enforcement.cases.payments;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.enforcement.commons.calendar.InBusinessCalendar;
import org.enforcement.commons.problem.Problem;

/** A clerk's request to pay collected money out to an applicant. */
@Schema(name = "RequestDisbursementRequest")
public record RequestDisbursementRequest(
        @NotNull @Schema(description = "Party id of the applicant to pay") UUID payeeId,
        @NotNull @Positive @Digits(integer = 14, fraction = 2, message = Problem.MONEY_DIGITS)
        @Schema(example = "20000.00") BigDecimal amount,
        @Size(max = 2000) String note,
        @Schema(description = "The day it was requested (Asia/Shanghai); default today. Not in the future, not before"
                + " the case was filed.", example = "2023-02-20") @InBusinessCalendar LocalDate requestedOn) {
}
