package org.enforcement.stats.metrics;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.enforcement.events.EventPayload;
import org.enforcement.events.EventTypes;
import org.enforcement.rules.BusinessCalendar;

/**
 * Reads a feed event's payload into the record case-service or operation-service wrote it from (event-types), as
 * a consumer must: fields it does not know are skipped (the sources may add some), absent ones are null (or 0), and
 * what the metrics rely on is held to the rules they always were. A number is a JSON number or a numeric string with
 * at most two decimals and below {@link MetricProjector#MAX_MAGNITUDE}; a date or an instant is either (an instant
 * in a date field counts on its day in the courts' zone, a date in an instant field at the start of that day). Any
 * field that breaks them makes the event unprojectable, the message naming it ({@code payload.amount ...}).
 */
public final class FeedPayloads {

    private static final ObjectMapper READER = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .addModule(new SimpleModule("feed-payloads")
                    .addDeserializer(BigDecimal.class, new Lenient<>(FeedPayloads::decimal, null))
                    .addDeserializer(Integer.class, new Lenient<>(n -> whole(n).intValue(), null))
                    .addDeserializer(int.class, new Lenient<>(n -> whole(n).intValue(), 0))
                    .addDeserializer(Long.class, new Lenient<>(n -> whole(n).longValue(), null))
                    .addDeserializer(long.class, new Lenient<>(n -> whole(n).longValue(), 0L))
                    .addDeserializer(LocalDate.class, new Lenient<>(FeedPayloads::day, null))
                    .addDeserializer(Instant.class, new Lenient<>(FeedPayloads::instant, null)))
            .build();

    private FeedPayloads() {
    }

    /**
     * The typed payload of {@code event}; empty for a type neither source publishes (not counted).
     *
     * @throws MetricProjector.UnprojectableEvent when a field is there but unusable
     */
    public static Optional<EventPayload> read(FeedEvent event) {
        Optional<Class<? extends EventPayload>> type = EventTypes.CASES.type(event.type())
                .or(() -> EventTypes.OPERATIONS.type(event.type()));
        if (type.isEmpty()) {
            return Optional.empty();
        }
        JsonNode payload = event.payload() != null && event.payload().isObject() ? event.payload()
                : JsonNodeFactory.instance.objectNode();
        try {
            return Optional.of(READER.treeToValue(payload, type.get()));
        } catch (JsonMappingException e) {
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                if (cause instanceof MetricProjector.UnprojectableEvent unprojectable) {
                    throw unprojectable;
                }
            }
            String field = e.getPath().stream().map(r -> r.getFieldName() != null ? r.getFieldName()
                    : String.valueOf(r.getIndex())).reduce((a, b) -> a + "." + b).orElse("");
            throw new MetricProjector.UnprojectableEvent("payload." + field + " is malformed: "
                    + abbreviate(e.getOriginalMessage(), 80));
        } catch (IOException e) {
            throw new MetricProjector.UnprojectableEvent("payload is unreadable: " + abbreviate(e.getMessage(), 80));
        }
    }

    /** A component of the record by name ({@code campaignCode}, a business date ...); empty when it has none. */
    static Optional<Object> field(EventPayload payload, String name) {
        Method accessor = ACCESSORS.get(payload.getClass()).get(name);
        if (accessor == null) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(accessor.invoke(payload));
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("A record's accessor is public", e);
        }
    }

    /** Each record's accessors by component name, looked up once per class (not once per event). */
    private static final ClassValue<Map<String, Method>> ACCESSORS = new ClassValue<>() {
        @Override
        protected Map<String, Method> computeValue(Class<?> type) {
            Map<String, Method> accessors = new HashMap<>();
            for (RecordComponent component : type.getRecordComponents()) {
                accessors.put(component.getName(), component.getAccessor());
            }
            return accessors;
        }
    };

    /** A JSON value and where it stands, to name the field in a message (worked out only for a message). */
    record Value(JsonNode node, Supplier<String> where) {
        String path() {
            return where.get();
        }
    }

    private static BigDecimal decimal(Value v) {
        JsonNode node = v.node();
        BigDecimal value = null;
        if (node.isNumber()) {
            value = node.isBigDecimal() || node.isIntegralNumber() ? node.decimalValue()
                    : new BigDecimal(node.asText());
        } else if (node.isTextual() && !node.asText().isBlank()) {
            try {
                value = new BigDecimal(node.asText().strip());
            } catch (NumberFormatException e) {
                value = null;
            }
        }
        if (value == null) {
            throw new MetricProjector.UnprojectableEvent(v.path() + " is not a number: "
                    + abbreviate(node.toString(), 60));
        }
        // daily_metric keeps cents: more decimals would be rounded away silently.
        if (value.stripTrailingZeros().scale() > 2) {
            throw new MetricProjector.UnprojectableEvent(v.path() + " has more than two decimals: "
                    + value.toPlainString());
        }
        if (value.abs().compareTo(MetricProjector.MAX_MAGNITUDE) >= 0) {
            throw new MetricProjector.UnprojectableEvent(v.path() + " is out of range: " + value.toPlainString());
        }
        return value;
    }

    private static BigDecimal whole(Value v) {
        BigDecimal value = decimal(v);
        if (value.stripTrailingZeros().scale() > 0) {
            throw new MetricProjector.UnprojectableEvent(v.path() + " is not a whole number: "
                    + value.toPlainString());
        }
        return value;
    }

    private static LocalDate day(Value v) {
        String value = text(v.node());
        try {
            return IsoDates.date(value);
        } catch (DateTimeException notADate) {
            return BusinessCalendar.dayOf(instantOf(value, v));
        }
    }

    private static Instant instant(Value v) {
        String value = text(v.node());
        try {
            return instantOf(value, v);
        } catch (MetricProjector.UnprojectableEvent notAnInstant) {
            try {
                return LocalDate.parse(value).atStartOfDay(BusinessCalendar.ZONE).toInstant();
            } catch (DateTimeException notADate) {
                throw notAnInstant;
            }
        }
    }

    private static Instant instantOf(String value, Value v) {
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeException notAnOffsetTime) {
            try {
                return Instant.parse(value);
            } catch (DateTimeException notAnInstant) {
                throw new MetricProjector.UnprojectableEvent(v.path() + " is not a date or an instant: "
                        + abbreviate(value, 40));
            }
        }
    }

    private static String text(JsonNode node) {
        String text = node.isValueNode() ? node.asText().strip() : node.toString();
        // A field that is there but empty is as wrong as one that says "yesterday": it is not treated as absent.
        return text.isEmpty() ? "\"" + node.asText() + "\"" : text;
    }

    private static String abbreviate(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max) + "…";
    }

    /** Reads a value by the rule above; JSON null is null ({@code nullValue} for a primitive). */
    private static final class Lenient<T> extends JsonDeserializer<T> {
        private final Function<Value, T> rule;
        private final T nullValue;

        Lenient(Function<Value, T> rule, T nullValue) {
            this.rule = rule;
            this.nullValue = nullValue;
        }

        @Override
        public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            // The parser stays on the value while the rule runs, so the path is read from it only when needed.
            String[] path = new String[1];
            Supplier<String> where = () -> path[0] != null ? path[0] : (path[0] = path(p));
            if (p.currentToken() == JsonToken.START_OBJECT || p.currentToken() == JsonToken.START_ARRAY) {
                where.get();
            }
            JsonNode node = p.readValueAsTree();
            return node == null || node.isNull() ? nullValue : rule.apply(new Value(node, where));
        }

        @Override
        public T getNullValue(DeserializationContext ctxt) {
            return nullValue;
        }

        /** {@code payload.amount}, {@code payload.viewersByPlatform.DOUYIN}: where the parser stands. */
        private static String path(JsonParser p) {
            JsonStreamContext context = p.getParsingContext();
            if (p.currentToken() == JsonToken.START_OBJECT || p.currentToken() == JsonToken.START_ARRAY) {
                context = context.getParent();
            }
            Deque<String> parts = new ArrayDeque<>();
            for (; context != null && !context.inRoot(); context = context.getParent()) {
                parts.addFirst(context.inObject() ? String.valueOf(context.getCurrentName())
                        : String.valueOf(context.getCurrentIndex()));
            }
            return "payload." + String.join(".", parts);
        }
    }
}
