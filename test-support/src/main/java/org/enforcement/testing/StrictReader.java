package org.enforcement.testing;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An answer read as a strict client of the contract reads it: every member declared, every required member there,
 * null only where allowed, each value of its declared JSON type (through $ref, anyOf and oneOf). A finding names the
 * JSON path and the schema member at fault.
 */
final class StrictReader {

    private final JsonNode document;

    StrictReader(JsonNode document) {
        this.document = document;
    }

    void validate(JsonNode schema, JsonNode value, String at, List<String> findings) {
        schema = resolve(schema);
        for (String combinator : List.of("anyOf", "oneOf")) {
            if (schema.has(combinator)) {
                List<String> best = null;
                for (JsonNode alternative : schema.get(combinator)) {
                    List<String> tried = new ArrayList<>();
                    validate(alternative, value, at, tried);
                    if (tried.isEmpty()) {
                        best = tried;
                        break;
                    }
                    if (best == null || tried.size() < best.size()) {
                        best = tried;
                    }
                }
                if (best != null && !best.isEmpty()) {
                    findings.addAll(best);
                }
                if (best != null && !best.isEmpty() || !hasOwnType(schema)) {
                    return;
                }
            }
        }
        if (schema.has("allOf")) {
            for (JsonNode part : schema.get("allOf")) {
                validate(part, value, at, findings);
            }
        }
        Set<String> types = types(schema);
        if (value.isNull()) {
            if (!types.isEmpty() && !types.contains("null")) {
                findings.add(at + " is null, but the contract does not allow null (" + types + ")");
            }
            return;
        }
        if (!types.isEmpty() && !types.contains(typeOf(value))
                && !(typeOf(value).equals("integer") && types.contains("number"))) {
            findings.add(at + " is " + typeOf(value) + ", the contract says " + types);
            return;
        }
        if (value.isTextual() && schema.has("enum")) {
            boolean listed = false;
            for (JsonNode option : schema.get("enum")) {
                listed |= option.asText().equals(value.asText());
            }
            if (!listed) {
                findings.add(at + " is \"" + value.asText() + "\", not one of " + schema.get("enum"));
            }
        }
        if (value.isObject()) {
            JsonNode properties = schema.path("properties");
            JsonNode additional = schema.path("additionalProperties");
            for (Iterator<Map.Entry<String, JsonNode>> it = value.fields(); it.hasNext(); ) {
                var member = it.next();
                String path = at + "." + member.getKey();
                if (properties.has(member.getKey())) {
                    List<String> inner = new ArrayList<>();
                    validate(properties.get(member.getKey()), member.getValue(), path, inner);
                    String owner = schema.path("x-schema-name").asText(null);
                    inner.forEach(f -> findings.add(owner != null && f.startsWith(path + " is null")
                            ? f + " [" + owner + "." + member.getKey() + "]" : f));
                } else if (additional.isObject()) {
                    validate(additional, member.getValue(), path, findings);
                } else if (properties.size() > 0 && !additional.asBoolean(false)) {
                    findings.add(path + " is not declared in the contract");
                }
            }
            for (JsonNode name : schema.path("required")) {
                if (!value.has(name.asText())) {
                    findings.add(at + "." + name.asText() + " is required by the contract but absent");
                }
            }
        }
        if (value.isArray() && schema.has("items")) {
            for (int i = 0; i < value.size(); i++) {
                validate(schema.get("items"), value.get(i), at + "[" + i + "]", findings);
            }
        }
    }

    private static boolean hasOwnType(JsonNode schema) {
        return schema.has("type") || schema.has("properties");
    }

    private JsonNode resolve(JsonNode schema) {
        for (int depth = 0; depth < 20 && schema.has("$ref"); depth++) {
            String ref = schema.get("$ref").asText();
            schema = document.at(ref.substring(1));
        }
        return schema;
    }

    private static Set<String> types(JsonNode schema) {
        Set<String> types = new LinkedHashSet<>();
        JsonNode type = schema.path("type");
        if (type.isTextual()) {
            types.add(type.asText());
        } else {
            type.forEach(t -> types.add(t.asText()));
        }
        return types;
    }

    private static String typeOf(JsonNode value) {
        if (value.isIntegralNumber()) {
            return "integer";
        }
        if (value.isNumber()) {
            return "number";
        }
        if (value.isTextual()) {
            return "string";
        }
        if (value.isBoolean()) {
            return "boolean";
        }
        if (value.isArray()) {
            return "array";
        }
        return value.isObject() ? "object" : "null";
    }
}
