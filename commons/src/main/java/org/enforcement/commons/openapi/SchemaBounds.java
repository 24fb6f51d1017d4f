package org.enforcement.commons.openapi;

import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.enforcement.commons.idempotency.IdempotencyKeys;

/**
 * Bounds the contract states without an annotation per field, each one what the services already enforce:
 * <ul>
 * <li>a string of format uuid, date, date-time or time is at most as long as the longest text Jackson reads as
 * one (UUID 36, date 10, date-time with nanoseconds and offset 35, time with nanoseconds 18);</li>
 * <li>every pattern is anchored ({@code ^…$}): Bean Validation matches a whole value, a JSON Schema pattern any
 * part of it, so {@code [0-9]*} alone would accept anything. {@code \S} (from {@code @NotBlank}) is meant as
 * "contains a non-space" and stays a search;</li>
 * <li>{@code Idempotency-Key} has at most {@link IdempotencyKeys#MAX_KEY_LENGTH} characters (400 beyond), and
 * {@code If-Match} is bounded by the header limit ({@code enforcement.http.max-header-bytes}, 431 beyond).</li>
 * </ul>
 */
public class SchemaBounds implements OASFilter {

    static final Map<String, Integer> LENGTH_OF_FORMAT = Map.of("uuid", 36, "date", 10, "date-time", 35,
            "time", 18, "local-time", 18);
    /** The default of enforcement.http.max-header-bytes, which every service keeps. */
    static final int MAX_HEADER_BYTES = 16384;
    static final String NOT_BLANK = "\\S";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        Set<Schema> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        if (openAPI.getComponents() != null && openAPI.getComponents().getSchemas() != null) {
            Map<String, Schema> components = openAPI.getComponents().getSchemas();
            components.values().forEach(s -> bound(s, seen));
            seen.forEach(s -> boundNullable(s, components));
        }
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().values().forEach(item -> {
            if (item.getParameters() != null) {
                item.getParameters().forEach(p -> bound(p, seen));
            }
            item.getOperations().values().forEach(op -> {
                if (op.getParameters() != null) {
                    op.getParameters().forEach(p -> bound(p, seen));
                }
                if (op.getRequestBody() != null && op.getRequestBody().getContent() != null
                        && op.getRequestBody().getContent().getMediaTypes() != null) {
                    op.getRequestBody().getContent().getMediaTypes().values().forEach(m -> bound(m.getSchema(), seen));
                }
            });
        });
    }

    private static void bound(Parameter parameter, Set<Schema> seen) {
        Schema schema = parameter.getSchema();
        if (schema == null) {
            return;
        }
        if (parameter.getIn() == Parameter.In.HEADER && schema.getMaxLength() == null && isString(schema)) {
            if (IdempotencyKeys.HEADER.equalsIgnoreCase(parameter.getName())) {
                schema.setMaxLength(IdempotencyKeys.MAX_KEY_LENGTH);
            } else if ("If-Match".equalsIgnoreCase(parameter.getName())) {
                schema.setMaxLength(MAX_HEADER_BYTES);
            }
        }
        bound(schema, seen);
    }

    static void bound(Schema schema, Set<Schema> seen) {
        if (schema == null || schema.getRef() != null || !seen.add(schema)) {
            return;
        }
        if (isString(schema) && schema.getMaxLength() == null && schema.getFormat() != null
                && LENGTH_OF_FORMAT.containsKey(schema.getFormat())) {
            schema.setMaxLength(LENGTH_OF_FORMAT.get(schema.getFormat()));
        }
        if (schema.getPattern() != null) {
            schema.setPattern(anchored(schema.getPattern()));
        }
        if (schema.getProperties() != null) {
            schema.getProperties().values().forEach(s -> bound(s, seen));
        }
        bound(schema.getItems(), seen);
        bound(schema.getAdditionalPropertiesSchema(), seen);
        all(schema.getAllOf(), seen);
        all(schema.getAnyOf(), seen);
        all(schema.getOneOf(), seen);
    }

    /**
     * A nullable property of a scalar component ({@code type: [string, "null"]}, {@code anyOf: [$ref, null]}) gets
     * the component's maxLength on its own type, where a linter looks for it.
     */
    private static void boundNullable(Schema schema, Map<String, Schema> components) {
        if (!isString(schema) || schema.getMaxLength() != null || schema.getAnyOf() == null) {
            return;
        }
        for (Schema option : schema.getAnyOf()) {
            Schema target = option.getRef() == null ? null
                    : components.get(option.getRef().substring(option.getRef().lastIndexOf('/') + 1));
            if (target != null && target.getMaxLength() != null) {
                schema.setMaxLength(target.getMaxLength());
                return;
            }
        }
    }

    /** The pattern anchored at both ends, its alternatives grouped; {@code \S} and anchored ones as they are. */
    static String anchored(String pattern) {
        if (pattern.equals(NOT_BLANK) || pattern.startsWith("^") && pattern.endsWith("$")) {
            return pattern;
        }
        return pattern.contains("|") ? "^(?:" + pattern + ")$" : "^" + pattern + "$";
    }

    private static void all(Collection<Schema> schemas, Set<Schema> seen) {
        if (schemas != null) {
            schemas.forEach(s -> bound(s, seen));
        }
    }

    private static boolean isString(Schema schema) {
        return schema.getType() != null && schema.getType().contains(Schema.SchemaType.STRING);
    }
}
