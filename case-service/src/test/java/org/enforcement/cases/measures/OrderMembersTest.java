package org.enforcement.cases.measures;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.enforcement.cases.measures.OrderMeasureRequest.FieldDecision;
import org.enforcement.cases.measures.OrderMeasureRequest.FieldResult;
import org.enforcement.commons.problem.Problem;
import org.enforcement.rules.vocabulary.MeasureType;
import org.enforcement.rules.vocabulary.WitnessCapacity;
import org.junit.jupiter.api.Test;

/** The records are the one statement of which members a type accepts and needs; these hold them together. */
class OrderMembersTest {

    private static final FieldDecision DECIDED = new FieldDecision("officer.zhao",
            Instant.parse("2023-02-01T21:49:00Z"), null);

    @Test
    void shouldMapEveryTypeToOneRecordThatAcceptsOnlyThatType() {
        for (MeasureType type : MeasureType.values()) {
            Class<? extends OrderMeasureRequest> record = OrderMembers.recordFor(type);
            assertThat(record).as(type.name()).isNotNull();
            Schema typeSchema = component(record, "type").getAccessor().getAnnotation(Schema.class);
            assertThat(typeSchema.enumeration()).containsExactly(type.name());
            assertThat(typeSchema.required()).isTrue();
        }
        assertThat(Arrays.stream(MeasureType.values()).<Class<?>>map(OrderMembers::recordFor).distinct())
                .containsExactlyInAnyOrder(OrderMeasureRequest.class.getPermittedSubclasses());
    }

    @Test
    void shouldGiveAMemberTheSameJavaTypeInEveryRecord() {
        for (Class<?> record : OrderMeasureRequest.class.getPermittedSubclasses()) {
            for (RecordComponent c : record.getRecordComponents()) {
                if (!c.getName().equals(OrderMembers.MISPLACED)) {
                    assertThat(c.getGenericType()).as(record.getSimpleName() + "." + c.getName())
                            .isEqualTo(OrderMembers.memberType(c.getName()));
                }
            }
        }
        assertThat(OrderMembers.allMembers()).containsExactlyInAnyOrder("type", "respondentId", "reason",
                "orderedOn", "durationHours", "complex", "detentionDays", "amount", "deadline", "startsOn", "endsOn",
                "property", "warrantNumber", "supervisingProcuratorate", "witnesses", "fieldDecision", "fieldResult");
    }

    @Test
    void shouldNameTheMissingMembersOfEachType() {
        assertThat(fields(new SummonsOrder(MeasureType.SUMMONS, null, null, false, " ", null, null, List.of())))
                .containsExactly("durationHours: is required for a SUMMONS", "respondentId: is required for a SUMMONS");
        assertThat(fields(new DishonestListingOrder(MeasureType.DISHONEST_LISTING, UUID.randomUUID(),
                LocalDate.of(2023, 2, 2), null, "  ", null, List.of())))
                .containsExactly("endsOn: is required for a DISHONEST_LISTING",
                        "reason: is required for a DISHONEST_LISTING");
        assertThat(fields(new SearchOrder(MeasureType.SEARCH, null, null, null, null, List.of(), null, null, null,
                null, List.of())))
                .containsExactly("warrantNumber: is required for a SEARCH",
                        "witnesses: must name at least one witness for a SEARCH");
        assertThat(fields(new SeizureOrder(MeasureType.SEIZURE, null, null, "住房一套", null, null, List.of())))
                .isEmpty();
    }

    @Test
    void shouldReportEveryMisplacedMemberSortedWithTheOthers() {
        assertThat(fields(new FineOrder(MeasureType.FINE, UUID.randomUUID(), null, null, null,
                List.of("warrantNumber", "detentionDays"))))
                .containsExactly("amount: is required for a FINE", "detentionDays: does not apply to a FINE",
                        "warrantNumber: does not apply to a FINE");
    }

    @Test
    void shouldCheckTheFieldResultOfASearchAndAValuation() {
        var found = new FieldResult(new BigDecimal("1000.00"), "查见住宅一套");
        assertThat(fields(new SearchOrder(MeasureType.SEARCH, null, null, "令", null, List.of(witness()), null,
                null, found, null, List.of())))
                .containsExactly("fieldResult: applies only to a measure recorded from the field (with fieldDecision)",
                        "fieldResult.amount: does not apply to a SEARCH");
        assertThat(fields(new ValuationOrder(MeasureType.VALUATION, null, "住宅一套", null, DECIDED,
                new FieldResult(null, "评估"), null, List.of())))
                .containsExactly("fieldResult.amount: is required for a VALUATION recorded from the field");
        var valuation = new ValuationOrder(MeasureType.VALUATION, null, "住宅一套", null, DECIDED, found, null,
                List.of());
        assertThat(fields(valuation)).isEmpty();
        assertThat(valuation.doneInField()).isTrue();
        assertThat(new HandoverOrder(MeasureType.HANDOVER, null, "土地", null, DECIDED, null, List.of())
                .doneInField()).isFalse();
    }

    @Test
    void shouldCountFalseBlankAndEmptyAsNotGiven() {
        Map<Object, Boolean> given = new HashMap<>(Map.of(false, false, " ", false, List.of(), false, true, true,
                "x", true, 0, true));
        given.forEach((value, expected) -> assertThat(OrderMembers.given(value)).as(String.valueOf(value))
                .isEqualTo(expected));
        assertThat(OrderMembers.given(null)).isFalse();
    }

    private static Witness witness() {
        return new Witness("李某某", WitnessCapacity.PEOPLES_CONGRESS_DEPUTY);
    }

    private static List<String> fields(OrderMeasureRequest order) {
        return order.fieldErrors().stream().map((Problem.FieldError e) -> e.field() + ": " + e.message()).toList();
    }

    @Test
    void shouldLetIntegratorsRecordExactlyTheMeasuresDecidedInTheField() {
        // The orders that take a fieldDecision: what the 403 for integrators is derived from.
        assertThat(OrderMeasure.INTEGRATOR_TYPES).containsExactlyInAnyOrder(MeasureType.SUMMONS,
                MeasureType.DETENTION, MeasureType.HANDOVER, MeasureType.SEARCH, MeasureType.VALUATION);
    }

    private static RecordComponent component(Class<?> record, String name) {
        return Arrays.stream(record.getRecordComponents()).filter(c -> c.getName().equals(name)).findFirst()
                .orElseThrow();
    }
}
