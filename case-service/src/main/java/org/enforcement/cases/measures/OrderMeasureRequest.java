package org.enforcement.cases.measures;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.enforcement.commons.calendar.InBusinessCalendar;
import org.enforcement.commons.problem.Problem;
import org.enforcement.rules.measures.DetentionTerm;
import org.enforcement.rules.measures.SummonsDuration;
import org.enforcement.rules.vocabulary.MeasureType;

/**
 * An order of one measure. Which fields a type needs and accepts is listed per field; {@link #fieldErrors()}
 * reports the missing and the misplaced ones.
 */
@Schema(name = "OrderMeasureRequest")
public record OrderMeasureRequest(
        @NotNull @Schema(example = "SUMMONS") MeasureType type,
        @Schema(description = "The respondent (被执行人) the measure is against: a party of the case with role"
                + " RESPONDENT. Required for SUMMONS, DETENTION, FINE, PROPERTY_REPORT_ORDER, DISHONEST_LISTING and"
                + " CONSUMPTION_RESTRICTION; optional for the others.") UUID respondentId,
        @Size(max = 4000) @Schema(description = "Grounds of the measure. Required for DISHONEST_LISTING and"
                + " CONSUMPTION_RESTRICTION.", example = "无正当理由拒不到场接受调查询问") String reason,
        // The legal bounds, checked by MeasurePolicy (422 with the law cited), not by Bean Validation (400).
        @Schema(description = "SUMMONS: hours of questioning, 1 to 8; up to 24 with complex: true (then the director"
                + " must approve)", example = "8", minimum = "" + SummonsDuration.MIN_HOURS,
                maximum = "" + SummonsDuration.MAX_HOURS_COMPLEX) Integer durationHours,
        @Schema(description = "SUMMONS: the situation is complex and detention may follow", defaultValue = "false")
        Boolean complex,
        @Schema(description = "DETENTION: 1 to 15 days", example = "15",
                minimum = "" + DetentionTerm.MIN_DAYS, maximum = "" + DetentionTerm.MAX_DAYS)
        Integer detentionDays,
        @Positive @Digits(integer = 14, fraction = 2, message = Problem.MONEY_DIGITS)
        @Schema(description = "FINE (required): a person up to and including 100,000.00, an organisation 50,000.00"
                + " to 1,000,000.00; SEIZURE / FREEZE: the amount seized or frozen; AUCTION: the reserve price", example = "10000.00")
        BigDecimal amount,
        @Schema(description = "PROPERTY_REPORT_ORDER (required): the day the report is due, not before the day the"
                + " order was made (orderedOn)", example = "2023-02-10") @InBusinessCalendar LocalDate deadline,
        @Schema(description = "DISHONEST_LISTING, CONSUMPTION_RESTRICTION (required): first day in force",
                example = "2023-02-02") @InBusinessCalendar LocalDate startsOn,
        @Schema(description = "DISHONEST_LISTING (required): end of the listing, after startsOn and at most 5 years"
                + " later; CONSUMPTION_RESTRICTION (optional): without it the order runs until lifted",
                example = "2025-02-02") LocalDate endsOn,
        @Size(max = 2000) @Schema(description = "SEIZURE, FREEZE, VALUATION, AUCTION, HANDOVER (required): the property"
                + " (HANDOVER: the premises, land or things handed over); SEARCH (optional): the place searched",
                example = "被执行人名下位于淮阴区的住房一套") String property,
        @Size(max = 100) @Schema(description = "SEARCH (required): number of the search warrant (搜查令)",
                example = "(2023)苏0804执123号搜查令") String warrantNumber,
        @Size(max = 200) @Schema(description = "SEARCH (optional): the procuratorate supervising the search",
                example = "淮安市淮阴区人民检察院") String supervisingProcuratorate,
        @Size(max = 50) @Schema(description = "SEARCH (at least one): who witnesses the search")
        List<@NotNull @Valid Witness> witnesses,
        @Valid @Schema(description = "SUMMONS, DETENTION, HANDOVER, SEARCH, VALUATION: the decision as it was taken in"
                + " the field, e.g. during a dawn raid. Required when an integrator (operation-service) records the"
                + " measure. A SEARCH from the field was done under the signed warrant it cites and is EXECUTED; a"
                + " VALUATION from the field is COMPLETED with its fieldResult.")
        FieldDecision fieldDecision,
        @Valid @Schema(description = "SEARCH, VALUATION recorded from the field (with fieldDecision): what came of"
                + " it; VALUATION requires its amount")
        FieldResult fieldResult,
        @Schema(description = "Any type: the day the measure was ordered (Asia/Shanghai); default the day of"
                + " fieldDecision.decidedAt when given, else today. Not in the future, not before the case was filed;"
                + " a deadline is checked against it.", example = "2023-02-01")
        @InBusinessCalendar LocalDate orderedOn) {

    /** Who decided the measure on the spot, when, and where it is written down (e.g. an operation's timeline). */
    @Schema(name = "FieldDecision")
    public record FieldDecision(
            @NotBlank @Size(max = 200) @Schema(description = "The officer or judge who recorded it in the field",
                    example = "officer.zhao") String decidedBy,
            @NotNull @Schema(description = "When it happened", example = "2023-02-01T21:49:00Z")
            @InBusinessCalendar Instant decidedAt,
            @Size(max = 300) @Schema(description = "Where it is recorded",
                    example = "operation 0b6f… timeline entry 5d1e…") String reference) {
    }

    /** The result of a search or valuation done in the field, recorded with it (one fact, typed once). */
    @Schema(name = "FieldResult")
    public record FieldResult(
            @Positive @Digits(integer = 14, fraction = 2, message = Problem.MONEY_DIGITS)
            @Schema(description = "VALUATION (required): the valuation in yuan", example = "420000.00")
            BigDecimal amount,
            @Size(max = 4000) @Schema(description = "What the search found or how the valuation was made",
                    example = "搜查完毕，查见被执行人名下住宅一套") String note) {
    }

    /** Types an integrator may record with a fieldResult: done in the field, so recorded with what came of it. */
    static final Set<MeasureType> FIELD_RESULT_TYPES = Set.of(MeasureType.SEARCH, MeasureType.VALUATION);

    /** The type-specific fields each type needs; the rest of its fields are optional. */
    static final Map<MeasureType, List<String>> REQUIRED = Map.ofEntries(
            Map.entry(MeasureType.SUMMONS, List.of("respondentId", "durationHours")),
            Map.entry(MeasureType.DETENTION, List.of("respondentId", "detentionDays")),
            Map.entry(MeasureType.FINE, List.of("respondentId", "amount")),
            Map.entry(MeasureType.PROPERTY_REPORT_ORDER, List.of("respondentId", "deadline")),
            Map.entry(MeasureType.DISHONEST_LISTING, List.of("respondentId", "reason", "startsOn", "endsOn")),
            Map.entry(MeasureType.CONSUMPTION_RESTRICTION, List.of("respondentId", "reason", "startsOn")),
            Map.entry(MeasureType.SEARCH, List.of("warrantNumber", "witnesses")),
            Map.entry(MeasureType.SEIZURE, List.of("property")),
            Map.entry(MeasureType.FREEZE, List.of("property")),
            Map.entry(MeasureType.VALUATION, List.of("property")),
            Map.entry(MeasureType.AUCTION, List.of("property")),
            Map.entry(MeasureType.HANDOVER, List.of("property")));

    /** Type-specific fields that only some types accept (respondentId and reason fit every type). */
    static final Map<String, Set<MeasureType>> ACCEPTED_BY = Map.ofEntries(
            Map.entry("durationHours", Set.of(MeasureType.SUMMONS)),
            Map.entry("complex", Set.of(MeasureType.SUMMONS)),
            Map.entry("detentionDays", Set.of(MeasureType.DETENTION)),
            Map.entry("amount", Set.of(MeasureType.FINE, MeasureType.SEIZURE, MeasureType.FREEZE,
                    MeasureType.AUCTION)),
            Map.entry("deadline", Set.of(MeasureType.PROPERTY_REPORT_ORDER)),
            Map.entry("startsOn", Set.of(MeasureType.DISHONEST_LISTING, MeasureType.CONSUMPTION_RESTRICTION)),
            Map.entry("endsOn", Set.of(MeasureType.DISHONEST_LISTING, MeasureType.CONSUMPTION_RESTRICTION)),
            Map.entry("property", Set.of(MeasureType.SEIZURE, MeasureType.FREEZE, MeasureType.VALUATION,
                    MeasureType.AUCTION, MeasureType.SEARCH, MeasureType.HANDOVER)),
            Map.entry("warrantNumber", Set.of(MeasureType.SEARCH)),
            Map.entry("supervisingProcuratorate", Set.of(MeasureType.SEARCH)),
            Map.entry("witnesses", Set.of(MeasureType.SEARCH)),
            Map.entry("fieldDecision", Set.of(MeasureType.SUMMONS, MeasureType.DETENTION, MeasureType.HANDOVER,
                    MeasureType.SEARCH, MeasureType.VALUATION)),
            Map.entry("fieldResult", FIELD_RESULT_TYPES));

    /** Fields the type needs but are missing or blank, and fields given that do not apply to the type. */
    public List<Problem.FieldError> fieldErrors() {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("respondentId", respondentId);
        values.put("reason", blankToNull(reason));
        values.put("durationHours", durationHours);
        values.put("complex", Boolean.TRUE.equals(complex) ? complex : null); // false fits any type
        values.put("detentionDays", detentionDays);
        values.put("amount", amount);
        values.put("deadline", deadline);
        values.put("startsOn", startsOn);
        values.put("endsOn", endsOn);
        values.put("property", blankToNull(property));
        values.put("warrantNumber", blankToNull(warrantNumber));
        values.put("supervisingProcuratorate", blankToNull(supervisingProcuratorate));
        values.put("witnesses", witnesses == null || witnesses.isEmpty() ? null : witnesses);
        values.put("fieldDecision", fieldDecision);
        values.put("fieldResult", fieldResult);
        List<Problem.FieldError> errors = new ArrayList<>();
        if (fieldResult != null && fieldDecision == null) {
            errors.add(new Problem.FieldError("fieldResult", "applies only to a measure recorded from the field"
                    + " (with fieldDecision)"));
        }
        if (type == MeasureType.VALUATION && fieldDecision != null
                && (fieldResult == null || fieldResult.amount() == null)) {
            errors.add(new Problem.FieldError("fieldResult.amount", "is required for a VALUATION recorded from the"
                    + " field"));
        }
        if (type != MeasureType.VALUATION && fieldResult != null && fieldResult.amount() != null) {
            errors.add(new Problem.FieldError("fieldResult.amount", "does not apply to a " + type));
        }
        for (String field : REQUIRED.get(type)) {
            if (values.get(field) == null) {
                errors.add(new Problem.FieldError(field, field.equals("witnesses")
                        ? "must name at least one witness for a " + type
                        : "is required for a " + type));
            }
        }
        ACCEPTED_BY.forEach((field, types) -> {
            if (values.get(field) != null && !types.contains(type)) {
                errors.add(new Problem.FieldError(field, "does not apply to a " + type));
            }
        });
        errors.sort(Comparator.comparing(Problem.FieldError::field));
        return errors;
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
