package org.enforcement.cases.measures;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.PropertyMetadata;
import com.fasterxml.jackson.databind.PropertyName;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.enforcement.rules.vocabulary.MeasureType;

/**
 * Reads an order as the flat object it is on the wire and builds the record its {@code type} names. Each member is
 * read in document order with the type it has in every order, so a bad value or a member of no order fails as it
 * always did (the first one, named by its JSON path); a member of another type's order is kept in
 * {@link OrderMeasureRequest#misplaced()}, and nothing here answers "does not apply" before the caller's right to
 * order the type was checked.
 */
class OrderMeasureRequestDeserializer extends StdDeserializer<OrderMeasureRequest> {

    OrderMeasureRequestDeserializer() {
        super(OrderMeasureRequest.class);
    }

    @Override
    public OrderMeasureRequest deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        String name;
        if (p.isExpectedStartObjectToken()) {
            name = p.nextFieldName();
        } else if (p.hasToken(JsonToken.FIELD_NAME) || p.hasToken(JsonToken.END_OBJECT)) {
            name = p.currentName();
        } else {
            return (OrderMeasureRequest) ctxt.handleUnexpectedToken(OrderMeasureRequest.class, p);
        }
        Map<String, Object> values = new HashMap<>();
        for (; name != null; name = p.nextFieldName()) {
            var member = OrderMembers.memberType(name);
            if (member == null) {
                throw UnrecognizedPropertyException.from(p, OrderMeasureRequest.class, name,
                        new ArrayList<>(OrderMembers.allMembers()));
            }
            p.nextToken();
            values.put(name, read(p, ctxt, name, ctxt.getTypeFactory().constructType(member)));
        }
        MeasureType type = (MeasureType) values.remove("type");
        if (type == null) {
            InvalidNullException e = InvalidNullException.from(ctxt, PropertyName.construct("type"),
                    ctxt.constructType(MeasureType.class));
            e.prependPath(OrderMeasureRequest.class, "type");
            throw e;
        }
        return build(OrderMembers.recordFor(type), type, values);
    }

    /** The record for the type, with the members it accepts; the others given are its misplaced members. */
    private static OrderMeasureRequest build(Class<? extends OrderMeasureRequest> record, MeasureType type,
                                             Map<String, Object> values) {
        RecordComponent[] components = record.getRecordComponents();
        Object[] args = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            args[i] = switch (components[i].getName()) {
                case "type" -> type;
                case OrderMembers.MISPLACED -> misplaced(components, values);
                default -> values.get(components[i].getName());
            };
        }
        try {
            return record.getDeclaredConstructor(Arrays.stream(components).map(RecordComponent::getType)
                    .toArray(Class<?>[]::new)).newInstance(args);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot build " + record.getSimpleName(), e);
        }
    }

    private static List<String> misplaced(RecordComponent[] components, Map<String, Object> values) {
        List<String> accepted = Arrays.stream(components).map(RecordComponent::getName).toList();
        return values.entrySet().stream()
                .filter(v -> !accepted.contains(v.getKey()) && OrderMembers.given(v.getValue()))
                .map(Map.Entry::getKey).sorted().toList();
    }

    /**
     * One member's value, read as a property of that type (so list items may not be null, as configured for
     * lists); a failure names the member's path.
     */
    private static Object read(JsonParser p, DeserializationContext ctxt, String name, JavaType type)
            throws IOException {
        JsonSetter.Value setter = ctxt.getConfig().getConfigOverride(type.getRawClass()).getSetterInfo();
        PropertyMetadata metadata = PropertyMetadata.STD_OPTIONAL.withNulls(
                setter == null ? null : setter.nonDefaultValueNulls(),
                setter == null ? null : setter.nonDefaultContentNulls());
        BeanProperty property = new BeanProperty.Std(PropertyName.construct(name), type, null, null, metadata);
        try {
            if (p.hasToken(JsonToken.VALUE_NULL)) {
                return ctxt.findContextualValueDeserializer(type, property).getNullValue(ctxt);
            }
            return ctxt.findContextualValueDeserializer(type, property).deserialize(p, ctxt);
        } catch (JsonMappingException e) {
            throw JsonMappingException.wrapWithPath(e, OrderMeasureRequest.class, name);
        }
    }
}
