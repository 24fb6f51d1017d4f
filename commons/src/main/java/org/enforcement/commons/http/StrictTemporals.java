package org.enforcement.commons.http;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Dates and times are ISO-8601 strings of years 1 to 9999, nothing else. Jackson's java.time readers would take
 * {@code "at": 0} as 1970-01-01, a date-time where a date is expected (dropping the time), and any year
 * {@code java.time} can hold ({@code "+999999999-12-31"}), which PostgreSQL cannot store and JSON readers of our
 * answers cannot read back. Each type keeps Jackson's own reader (and its @JsonFormat) for the parsing itself.
 */
public class StrictTemporals extends SimpleModule {

    public static final int MIN_YEAR = 1;
    public static final int MAX_YEAR = 9999;
    public static final String YEAR_RANGE = "must lie between the years " + MIN_YEAR + " and " + MAX_YEAR;

    /** A plain ISO date: a 4-digit year (optionally signed, so that a wrong year reads as out of range). */
    private static final Pattern DATE = Pattern.compile("[+-]?[0-9]{4,}-[0-9]{2}-[0-9]{2}");

    private static final Set<Class<?>> TYPES = Set.of(LocalDate.class, LocalDateTime.class, LocalTime.class,
            Instant.class, OffsetDateTime.class, ZonedDateTime.class);

    public StrictTemporals() {
        super("StrictTemporals");
        setDeserializerModifier(new BeanDeserializerModifier() {
            @Override
            public JsonDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription beanDesc,
                                                          JsonDeserializer<?> deserializer) {
                Class<?> type = beanDesc.getBeanClass();
                return TYPES.contains(type) ? new Reader(deserializer, type) : deserializer;
            }
        });
    }

    /** Whether {@code year} is one we store and write back as a plain four-digit year. */
    public static boolean supportedYear(long year) {
        return year >= MIN_YEAR && year <= MAX_YEAR;
    }

    /** Whether {@code text} has the shape of a plain date (2023-01-10) rather than a date-time or a number. */
    public static boolean dateShaped(String text) {
        return DATE.matcher(text).matches();
    }

    static final class Reader extends DelegatingDeserializer {

        private final Class<?> type;

        Reader(JsonDeserializer<?> delegate, Class<?> type) {
            super(delegate);
            this.type = type;
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> newDelegatee) {
            return new Reader(newDelegatee, type);
        }

        @Override
        public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (!p.hasToken(JsonToken.VALUE_STRING)) {
                return ctxt.handleUnexpectedToken(type, p);
            }
            if (type == LocalDate.class && !dateShaped(p.getText())) {
                return ctxt.handleWeirdStringValue(type, p.getText(), "not a plain ISO date");
            }
            Object value = super.deserialize(p, ctxt);
            if (value != null && !supportedYear(yearOf(value))) {
                throw new RefusedJsonValue(p, type, YEAR_RANGE);
            }
            return value;
        }

        private static long yearOf(Object value) {
            if (value instanceof Instant instant) {
                return instant.atOffset(ZoneOffset.UTC).getYear();
            }
            TemporalAccessor temporal = (TemporalAccessor) value;
            return temporal.isSupported(ChronoField.YEAR) ? temporal.getLong(ChronoField.YEAR) : MIN_YEAR;
        }
    }
}
