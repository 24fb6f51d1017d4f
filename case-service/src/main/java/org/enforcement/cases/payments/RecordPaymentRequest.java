package org.enforcement.cases.payments;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.enforcement.commons.calendar.InBusinessCalendar;
import org.enforcement.commons.problem.Problem;

/** Money received for the applicants (履行款). */
@Schema(name = "RecordPaymentRequest")
public record RecordPaymentRequest(
        @NotNull @Schema(example = "ON_SITE") Channel channel,
        @NotBlank @Size(max = 200) @Schema(description = "Who paid", example = "秦某某") String payer,
        @NotNull @Positive @Digits(integer = 14, fraction = 2, message = Problem.MONEY_DIGITS)
        @Schema(description = "Yuan, more than 0, at most 2 decimals", example = "20000.00") BigDecimal amount,
        @Schema(description = "Day the money was received (Asia/Shanghai); default today; not in the future, not"
                + " before the case was filed", example = "2023-02-02")
        @InBusinessCalendar LocalDate receivedOn,
        @Size(max = 200) @Schema(description = "Bank reference, receipt number or the operation event it came from")
        String reference,
        @Schema(description = "Conclude the case (执行完毕 / 和解履行完毕) when this payment settles everything",
                defaultValue = "false") Boolean concludeIfPaidInFull) {
}
