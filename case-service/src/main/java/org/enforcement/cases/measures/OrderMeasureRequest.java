package org.enforcement.cases.measures;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.DiscriminatorMapping;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.enforcement.commons.calendar.InBusinessCalendar;
import org.enforcement.commons.problem.Problem;
import org.enforcement.rules.vocabulary.MeasureType;

/**
 * An order of one measure: one record per {@link MeasureType}, chosen by {@code type}, with exactly the members that
 * type accepts; a member marked {@code @Schema(required = true)} is one the type needs ({@link OrderMembers}). The
 * accessors of members a type lacks answer null, so {@link OrderMeasure} reads every order alike.
 *
 * <p>Read by {@link OrderMeasureRequestDeserializer}: a member that belongs to another type is kept aside
 * ({@link #misplaced()}) and reported by {@link #fieldErrors()} with the missing ones, after the caller's right to
 * order the type was checked.
 */
@JsonDeserialize(using = OrderMeasureRequestDeserializer.class)
@Schema(name = "OrderMeasureRequest", description = "An order of one measure; `type` says which members apply",
        oneOf = {SummonsOrder.class, DetentionOrder.class, FineOrder.class, PropertyReportOrder.class,
                DishonestListingOrder.class, ConsumptionRestrictionOrder.class, SearchOrder.class, SeizureOrder.class,
                FreezeOrder.class, ValuationOrder.class, AuctionOrder.class, HandoverOrder.class},
        discriminatorProperty = "type",
        discriminatorMapping = {
                @DiscriminatorMapping(value = "SUMMONS", schema = SummonsOrder.class),
                @DiscriminatorMapping(value = "DETENTION", schema = DetentionOrder.class),
                @DiscriminatorMapping(value = "FINE", schema = FineOrder.class),
                @DiscriminatorMapping(value = "PROPERTY_REPORT_ORDER", schema = PropertyReportOrder.class),
                @DiscriminatorMapping(value = "DISHONEST_LISTING", schema = DishonestListingOrder.class),
                @DiscriminatorMapping(value = "CONSUMPTION_RESTRICTION", schema = ConsumptionRestrictionOrder.class),
                @DiscriminatorMapping(value = "SEARCH", schema = SearchOrder.class),
                @DiscriminatorMapping(value = "SEIZURE", schema = SeizureOrder.class),
                @DiscriminatorMapping(value = "FREEZE", schema = FreezeOrder.class),
                @DiscriminatorMapping(value = "VALUATION", schema = ValuationOrder.class),
                @DiscriminatorMapping(value = "AUCTION", schema = AuctionOrder.class),
                @DiscriminatorMapping(value = "HANDOVER", schema = HandoverOrder.class)})
public sealed interface OrderMeasureRequest permits SummonsOrder, DetentionOrder, FineOrder, PropertyReportOrder,
        DishonestListingOrder, ConsumptionRestrictionOrder, SearchOrder, SeizureOrder, FreezeOrder, ValuationOrder,
        AuctionOrder, HandoverOrder {

    /** Shared wording of the members every type has. */
    String RESPONDENT = "The respondent (被执行人) the measure is against: a party of the case with role RESPONDENT";
    String REASON = "Grounds of the measure";
    String ORDERED_ON = "The day the measure was ordered (Asia/Shanghai); default the day of fieldDecision.decidedAt"
            + " when given, else today. Not in the future, not before the case was filed.";
    String FIELD_DECISION = "The decision as it was taken in the field, e.g. during a dawn raid. Required when an"
            + " integrator (operation-service) records the measure.";

    MeasureType type();

    UUID respondentId();

    String reason();

    LocalDate orderedOn();

    /** Members given that belong to other types (names, as sent): each is an error of this order. */
    List<String> misplaced();

    default Integer durationHours() {
        return null;
    }

    default Boolean complex() {
        return null;
    }

    default Integer detentionDays() {
        return null;
    }

    default BigDecimal amount() {
        return null;
    }

    default LocalDate deadline() {
        return null;
    }

    default LocalDate startsOn() {
        return null;
    }

    default LocalDate endsOn() {
        return null;
    }

    default String property() {
        return null;
    }

    default String warrantNumber() {
        return null;
    }

    default String supervisingProcuratorate() {
        return null;
    }

    default List<Witness> witnesses() {
        return null;
    }

    default FieldDecision fieldDecision() {
        return null;
    }

    default FieldResult fieldResult() {
        return null;
    }

    /** Done in the field when recorded from there (a search, a valuation): it arrives with its result. */
    default boolean doneInField() {
        return false;
    }

    /** Members the type needs but are missing or blank, and members given that do not apply to the type. */
    default List<Problem.FieldError> fieldErrors() {
        return OrderMembers.fieldErrors(this);
    }

    /** Checks of a field result beyond its presence, for the types that accept one. */
    default List<Problem.FieldError> fieldResultErrors() {
        return List.of();
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** Who decided the measure on the spot, when, and where it is written down (e.g. an operation's timeline). */
    @Schema(name = "FieldDecision")
    record FieldDecision(
            @NotBlank @Size(max = 200) @Schema(description = "The officer or judge who recorded it in the field",
                    example = "officer.zhao") String decidedBy,
            @NotNull @Schema(description = "When it happened", example = "2023-02-01T21:49:00Z")
            @InBusinessCalendar Instant decidedAt,
            @Size(max = 300) @Schema(description = "Where it is recorded",
                    example = "operation 0b6f… timeline entry 5d1e…") String reference) {
    }

    /** The result of a search or valuation done in the field, recorded with it (one fact, typed once). */
    @Schema(name = "FieldResult")
    record FieldResult(
            @Positive @Digits(integer = 14, fraction = 2, message = Problem.MONEY_DIGITS)
            @Schema(description = "VALUATION (required): the valuation in yuan", example = "420000.00")
            BigDecimal amount,
            @Size(max = 4000) @Schema(description = "What the search found or how the valuation was made",
                    example = "搜查完毕，查见被执行人名下住宅一套") String note) {
    }
}
