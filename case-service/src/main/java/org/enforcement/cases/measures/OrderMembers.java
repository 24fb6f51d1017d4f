package org.enforcement.cases.measures;

import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.DiscriminatorMapping;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.enforcement.commons.problem.Problem;
import org.enforcement.rules.vocabulary.MeasureType;

/**
 * Which members a measure type's order accepts and needs, read from the records themselves: the record for a type
 * is the one the contract maps it to ({@link OrderMeasureRequest}'s discriminator mapping), its components are the
 * members it accepts, and those marked {@code @Schema(required = true)} the ones it needs. No second table to drift.
 */
final class OrderMembers {

    /** The component that carries the misplaced members; not a member on the wire. */
    static final String MISPLACED = "misplaced";

    private static final Map<MeasureType, Class<? extends OrderMeasureRequest>> RECORDS = records();

    /** Every member some type accepts, with its Java type (the same in every record that has it). */
    private static final Map<String, Type> MEMBERS = members();

    private OrderMembers() {
    }

    static Class<? extends OrderMeasureRequest> recordFor(MeasureType type) {
        return RECORDS.get(type);
    }

    /** The Java type of a member some type accepts, else null (a member of no order). */
    static Type memberType(String member) {
        return MEMBERS.get(member);
    }

    /** The types whose order takes {@code member} (e.g. fieldDecision: the measures decided in the field). */
    static Set<MeasureType> typesAccepting(String member) {
        Set<MeasureType> types = EnumSet.noneOf(MeasureType.class);
        RECORDS.forEach((type, record) -> {
            if (Arrays.stream(record.getRecordComponents()).anyMatch(c -> c.getName().equals(member))) {
                types.add(type);
            }
        });
        return Collections.unmodifiableSet(types);
    }

    static Collection<String> allMembers() {
        return MEMBERS.keySet();
    }

    /** Whether a value counts as given: blank text, an empty list and {@code false} say nothing. */
    static boolean given(Object value) {
        return value != null && !(value instanceof String s && s.isBlank())
                && !(value instanceof Collection<?> c && c.isEmpty()) && !Boolean.FALSE.equals(value);
    }

    /** The order's errors: its field result, its missing members, its misplaced members; sorted by member. */
    static List<Problem.FieldError> fieldErrors(OrderMeasureRequest order) {
        List<Problem.FieldError> errors = new ArrayList<>(order.fieldResultErrors());
        for (RecordComponent c : order.getClass().getRecordComponents()) {
            Schema schema = c.getAccessor().getAnnotation(Schema.class);
            if (schema != null && schema.required() && !given(value(order, c))) {
                errors.add(new Problem.FieldError(c.getName(), Collection.class.isAssignableFrom(c.getType())
                        ? "must name at least one " + singular(c.getName()) + " for a " + order.type()
                        : "is required for a " + order.type()));
            }
        }
        if (order.misplaced() != null) {
            order.misplaced().forEach(member -> errors.add(new Problem.FieldError(member,
                    "does not apply to a " + order.type())));
        }
        errors.sort(Comparator.comparing(Problem.FieldError::field));
        return errors;
    }

    /** A field result is recorded only with the field decision it came from. */
    static List<Problem.FieldError> resultOnlyFromTheField(OrderMeasureRequest order) {
        return order.fieldResult() != null && order.fieldDecision() == null
                ? List.of(new Problem.FieldError("fieldResult", "applies only to a measure recorded from the field"
                + " (with fieldDecision)"))
                : List.of();
    }

    private static Object value(OrderMeasureRequest order, RecordComponent c) {
        try {
            return c.getAccessor().invoke(order);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read " + c.getName(), e);
        }
    }

    private static String singular(String plural) {
        return plural.endsWith("sses") ? plural.substring(0, plural.length() - 2)
                : plural.endsWith("s") ? plural.substring(0, plural.length() - 1) : plural;
    }

    @SuppressWarnings("unchecked")
    private static Map<MeasureType, Class<? extends OrderMeasureRequest>> records() {
        Map<MeasureType, Class<? extends OrderMeasureRequest>> records = new EnumMap<>(MeasureType.class);
        for (DiscriminatorMapping m : OrderMeasureRequest.class.getAnnotation(Schema.class).discriminatorMapping()) {
            records.put(MeasureType.valueOf(m.value()), (Class<? extends OrderMeasureRequest>) m.schema());
        }
        return records;
    }

    private static Map<String, Type> members() {
        Map<String, Type> members = new LinkedHashMap<>();
        RECORDS.values().stream().flatMap(r -> Arrays.stream(r.getRecordComponents()))
                .filter(c -> !c.getName().equals(MISPLACED))
                .forEach(c -> members.putIfAbsent(c.getName(), c.getGenericType()));
        return members;
    }
}
