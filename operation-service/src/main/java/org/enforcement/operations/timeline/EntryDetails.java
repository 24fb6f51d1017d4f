package org.enforcement.operations.timeline;

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
import org.enforcement.commons.calendar.InBusinessCalendar;
import org.enforcement.commons.problem.Problem;
import org.enforcement.operations.timeline.TimelineDetails.Installment;
import org.enforcement.rules.measures.DetentionTerm;
import org.enforcement.rules.measures.SummonsDuration;

/**
 * The facts of a timeline entry as posted, one record per entry type: its components are exactly the members the
 * type accepts, and those marked {@code @Schema(required = true)} the ones it needs ({@link EntryFacts} reads both).
 * Stored as the flat {@link TimelineDetails}, so the canonical JSON and the hash chain stay as they were.
 */
@Schema(name = "TimelineEntryDetails", description = "The facts of one entry type", oneOf = {
        EntryDetails.PaidOnSite.class, EntryDetails.RelativesOrderedToAppear.class, EntryDetails.Summoned.class,
        EntryDetails.Detained.class, EntryDetails.SettlementReached.class, EntryDetails.SearchPerformed.class,
        EntryDetails.PropertyValued.class, EntryDetails.HandedOver.class, EntryDetails.Note.class,
        EntryDetails.LockChanged.class, EntryDetails.NoteOnly.class})
public sealed interface EntryDetails {

    String FREE_TEXT = "Write no ID numbers or phone numbers here; printed records blank them out.";

    /** The record holding the facts of {@code type}; the types without facts of their own take a note only. */
    static Class<? extends EntryDetails> of(TimelineEventType type) {
        return switch (type) {
            case PAID_ON_SITE -> PaidOnSite.class;
            case RELATIVES_ORDERED_TO_APPEAR -> RelativesOrderedToAppear.class;
            case SUMMONED -> Summoned.class;
            case DETAINED -> Detained.class;
            case SETTLEMENT_REACHED -> SettlementReached.class;
            case SEARCH_PERFORMED -> SearchPerformed.class;
            case PROPERTY_VALUED -> PropertyValued.class;
            case HANDED_OVER -> HandedOver.class;
            case NOTE -> Note.class;
            case LOCK_CHANGED -> LockChanged.class;
            default -> NoteOnly.class;
        };
    }

    @Schema(name = "PaidOnSiteDetails", description = "PAID_ON_SITE: money paid on the spot (现场履行)")
    record PaidOnSite(
            @Positive @Digits(integer = 14, fraction = 2, message = Problem.MONEY_DIGITS)
            @Schema(required = true, description = "Yuan paid, more than 0, at most 2 decimals", example = "20000.00")
            BigDecimal amount,
            @Size(max = 200) @Schema(required = true, description = "Who paid", example = "秦某某") String payer,
            @Size(max = 4000) @Schema(description = "Free text. " + FREE_TEXT, example = "承诺继续履行和解协议")
            String note) implements EntryDetails {
    }

    @Schema(name = "RelativesOrderedToAppearDetails",
            description = "RELATIVES_ORDERED_TO_APPEAR: the debtor's relatives ordered to bring him")
    record RelativesOrderedToAppear(
            @Min(1) @Max(1440) @Schema(required = true, description = "Minutes given, 1 to 1440", example = "20")
            Integer minutes,
            @Size(max = 4000) @Schema(description = "Free text. " + FREE_TEXT) String note) implements EntryDetails {
    }

    @Schema(name = "SummonedDetails", description = "SUMMONED: compulsory summons (拘传)")
    record Summoned(
            @Min(SummonsDuration.MIN_HOURS) @Max(SummonsDuration.MAX_HOURS_COMPLEX)
            @Schema(required = true, description = "Hours of questioning, 1 to 8; up to 24 with complex: true",
                    example = "8") Integer durationHours,
            @Schema(description = "The situation is complex and detention may follow", defaultValue = "false")
            Boolean complex,
            @Size(max = 4000) @Schema(description = "Free text. " + FREE_TEXT) String note) implements EntryDetails {
    }

    @Schema(name = "DetainedDetails", description = "DETAINED: judicial detention (司法拘留)")
    record Detained(
            @Min(DetentionTerm.MIN_DAYS) @Max(DetentionTerm.MAX_DAYS)
            @Schema(required = true, description = "Days of detention, 1 to 15", example = "15") Integer detentionDays,
            @Size(max = 4000) @Schema(description = "Free text. " + FREE_TEXT) String note) implements EntryDetails {
    }

    @Schema(name = "SettlementReachedDetails", description = "SETTLEMENT_REACHED: a settlement agreement (执行和解协议)")
    record SettlementReached(
            @Positive @Digits(integer = 14, fraction = 2, message = Problem.MONEY_DIGITS)
            @Schema(required = true, description = "The agreement's total", example = "33300.00") BigDecimal total,
            @Size(min = 1, max = 120) @Schema(required = true, description = "The installment plan, by due date,"
                    + " adding up to total") List<@NotNull @Valid Installment> installments,
            @InBusinessCalendar @Schema(description = "The day it was signed (default: the local day of occurredAt)",
                    example = "2023-02-02") LocalDate signedOn,
            @Size(max = 4000) @Schema(description = "The terms", example = "现场达成和解，分两期履行") String terms,
            @Size(max = 4000) @Schema(description = "Free text. " + FREE_TEXT) String note) implements EntryDetails {
    }

    @Schema(name = "SearchPerformedDetails", description = "SEARCH_PERFORMED: a search (搜查) under a signed warrant")
    record SearchPerformed(
            @Size(max = 200) @Schema(required = true, description = "The procuratorate supervising the search",
                    example = "武威市凉州区人民检察院") String procuratorate,
            @Size(max = 100) @Schema(required = true, description = "The number of the signed search warrant (搜查令)"
                    + " it was done under", example = "(2023)甘0602执456号搜查令") String warrantNumber,
            @Size(max = 2000) @Schema(description = "The place searched", example = "被执行人住宅") String item,
            @Size(max = 4000) @Schema(description = "Free text, the search's result. " + FREE_TEXT) String note)
            implements EntryDetails {
    }

    @Schema(name = "PropertyValuedDetails", description = "PROPERTY_VALUED: property valued on the spot (评估 / 现场询价)")
    record PropertyValued(
            @Size(max = 2000) @Schema(required = true, description = "What was valued", example = "承包地12亩及地上设备")
            String item,
            @Positive @Digits(integer = 14, fraction = 2, message = Problem.MONEY_DIGITS)
            @Schema(required = true, description = "The valuation in yuan, more than 0, at most 2 decimals",
                    example = "420000.00") BigDecimal amount,
            @Size(max = 4000) @Schema(description = "Free text. " + FREE_TEXT) String note) implements EntryDetails {
    }

    @Schema(name = "HandedOverDetails", description = "HANDED_OVER: premises, land or equipment handed over")
    record HandedOver(
            @Size(max = 2000) @Schema(required = true, description = "What was handed over", example = "承包地12亩及地上设备")
            String item,
            @Size(max = 4000) @Schema(description = "Free text. " + FREE_TEXT) String note) implements EntryDetails {
    }

    @Schema(name = "NoteDetails", description = "NOTE: a remark")
    record Note(
            @Size(max = 4000) @Schema(required = true, description = "Free text. " + FREE_TEXT,
                    example = "被执行人自行开门") String note) implements EntryDetails {
    }

    @Schema(name = "LockChangedDetails", description = "LOCK_CHANGED: a lock opened or changed by force")
    record LockChanged(
            @Size(max = 4000) @Schema(required = true, description = "What was done. " + FREE_TEXT,
                    example = "请锁匠开锁") String note) implements EntryDetails {
    }

    @Schema(name = "NoteOnlyDetails", description = "Any type without facts of its own (ARRIVED, DEBTOR_FOUND,"
            + " DEBTOR_NOT_FOUND, PROPERTY_REPORT_REFUSED, TEAM_RETURNED): an optional note")
    record NoteOnly(
            @Size(max = 4000) @Schema(description = "Free text. " + FREE_TEXT, example = "被执行人自行开门")
            String note) implements EntryDetails {
    }
}
