package org.enforcement.testing.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Valid-looking values for a schema: types, formats (date, date-time, uuid), enums, bounds, lengths and patterns
 * (loosely), required properties, the contract's examples when it has some, and the ids of real resources for
 * properties named like a path parameter ({@code caseId}).
 */
final class SchemaValues {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final LocalDate EARLIEST = LocalDate.of(2023, 1, 1);

    /** A value of the generated body, where it is and the schema it was generated from. */
    record Leaf(String pointer, JsonNode schema) {
    }

    private final Contract contract;
    private final Random random;
    private final Map<String, List<String>> ids;

    SchemaValues(Contract contract, Random random, Map<String, List<String>> ids) {
        this.contract = contract;
        this.random = random;
        this.ids = ids;
    }

    /** A value for {@code schema}; every object and value generated is added to {@code leaves}. */
    JsonNode value(JsonNode schema, String name, String pointer, List<Leaf> leaves, int depth) {
        JsonNode s = contract.resolve(schema);
        if (s.has("oneOf") || s.has("anyOf")) {
            JsonNode choices = s.has("oneOf") ? s.get("oneOf") : s.get("anyOf");
            s = contract.resolve(choices.get(random.nextInt(choices.size())));
        }
        leaves.add(new Leaf(pointer, s));
        String type = type(s);
        if (random.nextInt(3) == 0 && !type.equals("object") && !type.equals("array")) {
            JsonNode example = example(s);
            if (example != null) {
                return example.deepCopy();
            }
        }
        return switch (type) {
            case "object" -> object(s, pointer, leaves, depth);
            case "array" -> array(s, name, pointer, leaves, depth);
            case "integer" -> JSON.numberNode(integer(s));
            case "number" -> JSON.numberNode(number(s));
            case "boolean" -> JSON.booleanNode(random.nextBoolean());
            default -> JSON.textNode(text(s, name));
        };
    }

    private ObjectNode object(JsonNode s, String pointer, List<Leaf> leaves, int depth) {
        ObjectNode object = JSON.objectNode();
        List<String> required = new ArrayList<>();
        s.path("required").forEach(r -> required.add(r.asText()));
        for (var property : s.path("properties").properties()) {
            JsonNode resolved = contract.resolve(property.getValue());
            if (resolved.path("readOnly").asBoolean(false)) {
                continue;
            }
            boolean include = required.contains(property.getKey()) || (depth < 4 && random.nextInt(10) < 6);
            if (include) {
                object.set(property.getKey(), value(property.getValue(), property.getKey(),
                        pointer + "/" + property.getKey(), leaves, depth + 1));
            }
        }
        return object;
    }

    private ArrayNode array(JsonNode s, String name, String pointer, List<Leaf> leaves, int depth) {
        ArrayNode array = JSON.arrayNode();
        int min = s.path("minItems").asInt(0);
        int max = Math.min(s.path("maxItems").asInt(3), Math.max(min, 3));
        int size = depth > 4 ? min : min + random.nextInt(Math.max(1, max - min + 1));
        for (int i = 0; i < size; i++) {
            array.add(value(s.path("items"), name, pointer + "/" + i, leaves, depth + 1));
        }
        return array;
    }

    static String type(JsonNode s) {
        JsonNode type = s.path("type");
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (!t.asText().equals("null")) {
                    return t.asText();
                }
            }
        }
        if (type.isTextual()) {
            return type.asText();
        }
        if (s.has("properties") || s.has("additionalProperties")) {
            return "object";
        }
        if (s.has("items")) {
            return "array";
        }
        return "string";
    }

    private JsonNode example(JsonNode s) {
        if (s.path("examples").isArray() && !s.path("examples").isEmpty()) {
            return s.get("examples").get(random.nextInt(s.get("examples").size()));
        }
        return s.has("example") ? s.get("example") : null;
    }

    long integer(JsonNode s) {
        long min = s.has("minimum") ? s.get("minimum").asLong() : 0;
        if (s.path("exclusiveMinimum").isNumber()) {
            min = Math.max(min, s.get("exclusiveMinimum").asLong() + 1);
        }
        long max = s.has("maximum") ? s.get("maximum").asLong() : min + 100;
        if (s.path("exclusiveMaximum").isNumber()) {
            max = Math.min(max, s.get("exclusiveMaximum").asLong() - 1);
        }
        long span = Math.max(0, Math.min(max - min, 1_000));
        return min + (span == 0 ? 0 : Math.floorMod(random.nextLong(), span + 1));
    }

    BigDecimal number(JsonNode s) {
        double min = s.has("minimum") ? s.get("minimum").asDouble() : 0;
        if (s.path("exclusiveMinimum").isNumber()) {
            min = Math.max(min, s.get("exclusiveMinimum").asDouble() + 0.01);
        }
        double max = s.has("maximum") ? s.get("maximum").asDouble() : min + 10_000;
        return BigDecimal.valueOf(min + random.nextDouble() * (max - min)).setScale(2, RoundingMode.DOWN);
    }

    /** A string for a string schema, or the text of a value of another type (for parameters). */
    String text(JsonNode schema, String name) {
        JsonNode s = contract.resolve(schema);
        String type = type(s);
        if (!type.equals("string")) {
            JsonNode example = example(s);
            if (example != null && random.nextBoolean()) {
                return example.asText();
            }
            return switch (type) {
                case "integer" -> Long.toString(integer(s));
                case "number" -> number(s).toPlainString();
                case "boolean" -> Boolean.toString(random.nextBoolean());
                default -> word();
            };
        }
        if (s.path("enum").isArray() && !s.path("enum").isEmpty()) {
            return s.get("enum").get(random.nextInt(s.get("enum").size())).asText();
        }
        List<String> real = name == null ? null : ids.get(name);
        String format = s.path("format").asText("");
        if (real != null && !real.isEmpty() && random.nextInt(5) > 0) {
            return real.get(random.nextInt(real.size()));
        }
        JsonNode example = example(s);
        if (example != null && random.nextBoolean()) {
            return example.asText();
        }
        String value = switch (format) {
            case "date" -> EARLIEST.plusDays(random.nextInt(1000)).toString();
            case "date-time" -> Instant.parse("2023-01-01T00:00:00Z").plusSeconds(random.nextInt(90_000_000))
                    .toString();
            case "uuid" -> uuid();
            default -> fitPattern(s.path("pattern").asText(null));
        };
        int min = s.path("minLength").asInt(0);
        int max = s.path("maxLength").asInt(Integer.MAX_VALUE);
        while (value.length() < min) {
            value = value + "x";
        }
        return value.length() > max ? value.substring(0, max) : value;
    }

    /** A word matching {@code pattern} when one of a few typical shapes does; patterns are followed loosely. */
    private String fitPattern(String pattern) {
        String word = word();
        if (pattern == null) {
            return word;
        }
        List<String> candidates = List.of(word, uuid(), Integer.toString(random.nextInt(999)),
                "测" + random.nextInt(9999), "ASSEMBLY", "a" + random.nextInt(99), "138" + random.nextInt(99999999));
        try {
            Pattern compiled = Pattern.compile(pattern);
            for (String candidate : candidates) {
                if (compiled.matcher(candidate).matches()) {
                    return candidate;
                }
            }
            for (String candidate : candidates) {
                if (compiled.matcher(candidate).find()) {
                    return candidate;
                }
            }
        } catch (PatternSyntaxException e) {
            return word;
        }
        return word;
    }

    /** A random UUID from the run's seed, so a replay sends the same ids. */
    String uuid() {
        return new UUID(random.nextLong(), random.nextLong()).toString();
    }

    String word() {
        String[] words = {"淮执", "张某", "fuzz", "judge.chen", "苏0804", "借款合同纠纷", "王营镇", "note"};
        return words[random.nextInt(words.length)] + (random.nextBoolean() ? "" : random.nextInt(1000));
    }
}
