package org.enforcement.operations.timeline;

import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Which facts an entry type accepts and needs, read from its {@link EntryDetails} record: its components are the
 * members it accepts, those marked {@code @Schema(required = true)} the ones it needs. One source for the reader,
 * the rules and the contract.
 */
final class EntryFacts {

    private static final Set<String> KNOWN = members();

    private EntryFacts() {
    }

    /** The members {@code type}'s details accept. */
    static List<String> accepted(TimelineEventType type) {
        return Arrays.stream(EntryDetails.of(type).getRecordComponents()).map(RecordComponent::getName).toList();
    }

    /** The members {@code type}'s details need. */
    static List<String> required(TimelineEventType type) {
        Class<? extends EntryDetails> record = EntryDetails.of(type);
        return Arrays.stream(record.getRecordComponents()).filter(c -> required(record, c)).map(RecordComponent::getName)
                .toList();
    }

    /** The name of {@code type}'s details in the contract. */
    static String schemaName(TimelineEventType type) {
        return EntryDetails.of(type).getAnnotation(Schema.class).name();
    }

    /** Every member any type accepts. */
    static Set<String> known() {
        return KNOWN;
    }

    private static Set<String> members() {
        Set<String> all = new TreeSet<>();
        for (TimelineEventType type : TimelineEventType.values()) {
            all.addAll(accepted(type));
        }
        return Collections.unmodifiableSet(all);
    }

    /** The needed members {@code details} lacks: absent, blank or empty ({@code null} details lack every one). */
    static List<String> missing(TimelineEventType type, EntryDetails details) {
        List<String> missing = new ArrayList<>();
        for (String member : required(type)) {
            if (details == null || !EntryDetails.of(type).isInstance(details) || absent(value(details, member))) {
                missing.add(member);
            }
        }
        return missing;
    }

    /** The flat record the timeline stores: each member under its own name, the others absent. */
    static TimelineDetails flat(EntryDetails details) {
        if (details == null) {
            return TimelineDetails.NONE;
        }
        RecordComponent[] flat = TimelineDetails.class.getRecordComponents();
        Object[] values = new Object[flat.length];
        Class<?>[] types = new Class<?>[flat.length];
        for (int i = 0; i < flat.length; i++) {
            types[i] = flat[i].getType();
            values[i] = accepts(details.getClass(), flat[i].getName()) ? value(details, flat[i].getName()) : null;
        }
        try {
            return TimelineDetails.class.getDeclaredConstructor(types).newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("TimelineDetails holds every member of " + details.getClass(), e);
        }
    }

    static boolean absent(Object value) {
        return value == null || value instanceof String s && s.isBlank()
                || value instanceof Collection<?> c && c.isEmpty();
    }

    private static boolean accepts(Class<?> record, String member) {
        return Arrays.stream(record.getRecordComponents()).anyMatch(c -> c.getName().equals(member));
    }

    private static boolean required(Class<?> record, RecordComponent component) {
        try {
            Field field = record.getDeclaredField(component.getName());
            Schema schema = field.getAnnotation(Schema.class);
            return schema != null && schema.required();
        } catch (NoSuchFieldException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Object value(EntryDetails details, String member) {
        try {
            return details.getClass().getMethod(member).invoke(details);
        } catch (NoSuchMethodException | IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException(details.getClass() + " has no " + member, e);
        }
    }
}
