package org.enforcement.cases.settlements;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.enforcement.commons.calendar.InBusinessCalendar;
import org.enforcement.commons.problem.Problem;

/** A settlement agreement the parties signed; the installments must add up to the total. */
@Schema(name = "SignSettlementRequest")
public record SignSettlementRequest(
        @NotNull @Schema(description = "Day the agreement was signed (Asia/Shanghai): not in the future, not before the"
                + " case was filed", example = "2023-01-15") @InBusinessCalendar LocalDate signedOn,
        @NotNull @Positive @Digits(integer = 14, fraction = 2, message = Problem.MONEY_DIGITS)
        @Schema(example = "53300.00") BigDecimal total,
        @Size(max = 4000) @Schema(example = "被执行人秦某分四期履行，每期13325元") String terms,
        @NotEmpty @Size(max = 120) List<@Valid InstallmentRequest> installments) {

    /** One installment of the plan. */
    @Schema(name = "InstallmentRequest")
    public record InstallmentRequest(
            // A plan looks ahead: its due dates are bounded by signing and ten years after it (SettlementService),
            // not by the calendar's "end of next year" that bounds facts that already happened.
            @NotNull @Schema(example = "2023-01-20") LocalDate dueOn,
            @NotNull @Positive @Digits(integer = 14, fraction = 2, message = Problem.MONEY_DIGITS)
            @Schema(example = "13325.00") BigDecimal amount) {
    }
}
