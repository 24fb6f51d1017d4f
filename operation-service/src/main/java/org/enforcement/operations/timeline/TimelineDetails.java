package org.enforcement.operations.timeline;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.enforcement.commons.problem.Problem;
import org.enforcement.commons.calendar.InBusinessCalendar;
import org.enforcement.rules.measures.DetentionTerm;
import org.enforcement.rules.measures.SummonsDuration;

/**
 * The facts of a timeline entry as stored and read back: every member of every type, each under its own name, the
 * absent ones left out of the canonical JSON the hash chain covers. What a type accepts and needs is its
 * {@link EntryDetails} record ({@link EntryFacts}).
 */
@Schema(name = "TimelineDetails")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TimelineDetails(
        @Positive @Digits(integer = 14, fraction = 2, message = Problem.MONEY_DIGITS)
        @Schema(description = "PAID_ON_SITE (required): yuan paid on the spot (现场履行); PROPERTY_VALUED (required):"
                + " the valuation in yuan. More than 0, at most 2 decimals", example = "20000.00") BigDecimal amount,
        @Size(max = 200) @Schema(description = "PAID_ON_SITE (required): who paid", example = "秦某某") String payer,
        @Min(1) @Max(1440) @Schema(description = "RELATIVES_ORDERED_TO_APPEAR (required): minutes given to the"
                + " debtor's relatives to bring him, 1 to 1440", example = "20") Integer minutes,
        @Min(SummonsDuration.MIN_HOURS) @Max(SummonsDuration.MAX_HOURS_COMPLEX)
        @Schema(description = "SUMMONED (required): hours of questioning after the compulsory summons (拘传), 1 to 8;"
                + " up to 24 with complex: true", example = "8") Integer durationHours,
        @Schema(description = "SUMMONED: the situation is complex and detention may follow", defaultValue = "false")
        Boolean complex,
        @Min(DetentionTerm.MIN_DAYS) @Max(DetentionTerm.MAX_DAYS)
        @Schema(description = "DETAINED (required): days of judicial detention (司法拘留), 1 to 15", example = "15")
        Integer detentionDays,
        @Positive @Digits(integer = 14, fraction = 2, message = Problem.MONEY_DIGITS)
        @Schema(description = "SETTLEMENT_REACHED (required): the agreement's total", example = "33300.00")
        BigDecimal total,
        @Size(min = 1, max = 120) @Schema(description = "SETTLEMENT_REACHED (required): the installment plan, by due"
                + " date, adding up to total") List<@NotNull @Valid Installment> installments,
        @InBusinessCalendar @Schema(description = "SETTLEMENT_REACHED: the day it was signed (default: the local day of occurredAt)",
                example = "2023-02-02") LocalDate signedOn,
        @Size(max = 4000) @Schema(description = "SETTLEMENT_REACHED: the terms", example = "现场达成和解，分两期履行")
        String terms,
        @Size(max = 200) @Schema(description = "SEARCH_PERFORMED (required): the procuratorate supervising the search",
                example = "武威市凉州区人民检察院") String procuratorate,
        @Size(max = 100) @Schema(description = "SEARCH_PERFORMED (required): the number of the signed search warrant"
                + " (搜查令) it was done under", example = "(2023)甘0602执456号搜查令") String warrantNumber,
        @Size(max = 2000) @Schema(description = "HANDED_OVER (required): what was handed over; PROPERTY_VALUED"
                + " (required): what was valued; SEARCH_PERFORMED (optional): the place searched",
                example = "承包地12亩及地上设备") String item,
        @Size(max = 4000) @Schema(description = "NOTE, LOCK_CHANGED (required); any other type (optional): free text."
                + " Write no ID numbers or phone numbers here; printed records blank them out.",
                example = "被执行人自行开门") String note) {

    /** One installment of a settlement reached on the spot. */
    @Schema(name = "TimelineInstallment")
    public record Installment(
            @NotNull @InBusinessCalendar @Schema(example = "2023-03-20") LocalDate dueOn,
            @NotNull @Positive @Digits(integer = 14, fraction = 2, message = Problem.MONEY_DIGITS)
            @Schema(example = "13325.00") BigDecimal amount) {
    }

    public static final TimelineDetails NONE = new TimelineDetails(null, null, null, null, null, null, null, null,
            null, null, null, null, null, null);

    /** What is stored: strings stripped, blanks dropped, amounts at 2 decimals, complex only for a summons. */
    public TimelineDetails normalised(TimelineEventType type) {
        return new TimelineDetails(
                amount == null ? null : amount.setScale(2),
                blankToNull(payer),
                minutes,
                durationHours,
                type == TimelineEventType.SUMMONED ? Boolean.TRUE.equals(complex) : null,
                detentionDays,
                total == null ? null : total.setScale(2),
                installments == null || installments.isEmpty() ? null
                        : installments.stream().map(i -> new Installment(i.dueOn(), i.amount().setScale(2))).toList(),
                signedOn,
                blankToNull(terms),
                blankToNull(procuratorate),
                blankToNull(warrantNumber),
                blankToNull(item),
                blankToNull(note));
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
