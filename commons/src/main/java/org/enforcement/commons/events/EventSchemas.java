package org.enforcement.commons.events;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.lang.reflect.Field;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.enforcement.events.EventPayload;
import org.enforcement.events.EventTypes;
import org.enforcement.events.MayBeNull;

/**
 * Types the event feed in the contract from the records the service publishes ({@code enforcement.events.feed}:
 * {@code cases}, {@code operations}, or {@code none} for a feed without events of its own). {@code DomainEvent}
 * becomes a {@code oneOf} of one schema per event type, {@code <Type>Event}, discriminated by {@code type}; each
 * is the whole envelope with {@code type} a constant and
 * {@code payload} a {@code <Type>Payload} read off the record's components. The discriminator sits on the object
 * that carries {@code type}, the shape client generators handle; the JSON on the wire is the same as before.
 * A component is required unless it is left out when null ({@code @JsonInclude(NON_NULL)}).
 */
public class EventSchemas implements OASFilter {

    static final String FEED_KEY = "enforcement.events.feed";
    static final String ENVELOPE = "DomainEvent";
    static final List<String> ALWAYS_THERE = List.of("id", "eventId", "type", "court", "aggregateType",
            "aggregateId", "payload", "occurredAt");

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null || openAPI.getComponents().getSchemas() == null
                || !openAPI.getComponents().getSchemas().containsKey(ENVELOPE)) {
            return; // this service serves no feed
        }
        String feed = ConfigProvider.getConfig().getOptionalValue(FEED_KEY, String.class).orElse(null);
        if ("none".equals(feed)) {
            return; // a feed that carries no events of its own
        }
        EventTypes types = feed(feed);
        Components components = openAPI.getComponents();
        Schema envelope = components.getSchemas().get(ENVELOPE);
        Schema typed = OASFactory.createSchema()
                .description(envelope.getDescription() + "; `type` says which payload it carries")
                .discriminator(OASFactory.createDiscriminator().propertyName("type"));
        for (var entry : types.byName().entrySet()) {
            String name = entry.getKey();
            components.addSchema(name + "Payload", payload(entry.getValue()));
            components.addSchema(name + "Event", event(envelope, name, entry.getValue()));
            typed.addOneOf(ref(name + "Event"));
            typed.getDiscriminator().addMapping(name, "#/components/schemas/" + name + "Event");
        }
        components.addSchema(ENVELOPE, typed);
        for (String shared : List.of("UUID", "Instant", "LocalDate")) {
            if (!components.getSchemas().containsKey(shared)) {
                components.addSchema(shared, scalar(shared));
            }
        }
    }

    static EventTypes feed(String name) {
        if ("cases".equals(name)) {
            return EventTypes.CASES;
        }
        if ("operations".equals(name)) {
            return EventTypes.OPERATIONS;
        }
        throw new IllegalStateException("This service serves an event feed: set " + FEED_KEY
                + " to cases or operations, the records its contract shows, or none (was " + name + ")");
    }

    private static Schema event(Schema envelope, String name, Class<? extends EventPayload> type) {
        Schema event = OASFactory.createSchema().addType(SchemaType.OBJECT)
                .description(describe(type, "A " + name + " event"));
        for (var property : envelope.getProperties().entrySet()) {
            Schema copy = switch (property.getKey()) {
                case "type" -> OASFactory.createSchema().addType(SchemaType.STRING).constValue(name);
                case "payload" -> ref(name + "Payload");
                case "caseId" -> OASFactory.createSchema().addType(SchemaType.STRING).addType(SchemaType.NULL)
                        .description(property.getValue().getDescription());
                default -> property.getValue();
            };
            event.addProperty(property.getKey(), copy);
        }
        ALWAYS_THERE.forEach(event::addRequired);
        return event;
    }

    private static Schema payload(Class<? extends EventPayload> type) {
        Schema payload = OASFactory.createSchema().addType(SchemaType.OBJECT)
                .description("The payload of " + type.getSimpleName() + " events");
        for (RecordComponent component : type.getRecordComponents()) {
            Field field = field(type, component.getName());
            Schema property = schemaOf(component.getGenericType());
            var doc = field.getAnnotation(org.eclipse.microprofile.openapi.annotations.media.Schema.class);
            boolean mayBeNull = field.isAnnotationPresent(MayBeNull.class);
            if (doc != null && !doc.description().isEmpty() && property.getRef() != null) {
                // Not every tool reads siblings of a $ref: wrap it to describe it.
                property = OASFactory.createSchema().addAllOf(property);
            }
            if (doc != null && !doc.description().isEmpty()) {
                property.description(doc.description());
            }
            if (doc != null && !doc.example().isEmpty()) {
                property.addExample(doc.example());
            }
            if (mayBeNull) {
                if (property.getType() == null) {
                    throw new IllegalStateException(type.getSimpleName() + "." + component.getName()
                            + ": only a plain field can be @MayBeNull");
                }
                property.addType(SchemaType.NULL);
            }
            payload.addProperty(component.getName(), property);
            JsonInclude include = field.getAnnotation(JsonInclude.class);
            if (include == null || include.value() != JsonInclude.Include.NON_NULL) {
                payload.addRequired(component.getName());
            }
        }
        return payload;
    }

    private static String describe(Class<?> type, String fallback) {
        var doc = type.getAnnotation(org.eclipse.microprofile.openapi.annotations.media.Schema.class);
        return doc == null || doc.description().isEmpty() ? fallback : doc.description();
    }

    private static Schema schemaOf(Type type) {
        if (type instanceof ParameterizedType generic) {
            Type raw = generic.getRawType();
            Type[] args = generic.getActualTypeArguments();
            if (raw == List.class) {
                return OASFactory.createSchema().addType(SchemaType.ARRAY).items(schemaOf(args[0]));
            }
            if (raw == Map.class && args[0] == String.class) {
                return OASFactory.createSchema().addType(SchemaType.OBJECT)
                        .additionalPropertiesSchema(schemaOf(args[1]));
            }
        } else if (type == String.class) {
            return OASFactory.createSchema().addType(SchemaType.STRING);
        } else if (type == BigDecimal.class) {
            return OASFactory.createSchema().addType(SchemaType.NUMBER);
        } else if (type == int.class || type == Integer.class) {
            return OASFactory.createSchema().addType(SchemaType.INTEGER).format("int32");
        } else if (type == long.class || type == Long.class) {
            return OASFactory.createSchema().addType(SchemaType.INTEGER).format("int64");
        } else if (type == boolean.class || type == Boolean.class) {
            return OASFactory.createSchema().addType(SchemaType.BOOLEAN);
        } else if (type == UUID.class) {
            return ref("UUID");
        } else if (type == Instant.class) {
            return ref("Instant");
        } else if (type == LocalDate.class) {
            return ref("LocalDate");
        }
        throw new IllegalStateException("No schema for event payload field type " + type
                + ": add it to EventSchemas");
    }

    private static Schema scalar(String name) {
        return switch (name) {
            case "UUID" -> OASFactory.createSchema().addType(SchemaType.STRING).format("uuid");
            case "Instant" -> OASFactory.createSchema().addType(SchemaType.STRING).format("date-time");
            default -> OASFactory.createSchema().addType(SchemaType.STRING).format("date");
        };
    }

    private static Schema ref(String name) {
        return OASFactory.createSchema().ref("#/components/schemas/" + name);
    }

    private static Field field(Class<?> type, String name) {
        try {
            return type.getDeclaredField(name);
        } catch (NoSuchFieldException e) {
            throw new IllegalStateException("A record has a field per component", e);
        }
    }
}
