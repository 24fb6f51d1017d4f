package org.enforcement.testing.fuzz;

import static org.enforcement.testing.fuzz.Mutations.pick;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
import org.enforcement.testing.fuzz.Mutations.Apply;
import org.enforcement.testing.fuzz.Mutations.Context;
import org.enforcement.testing.fuzz.Mutations.Mutation;

/** The mutations of the JSON body: one field of it (wrong types, bad numbers, dates, text), or the body whole. */
final class BodyMutations {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private BodyMutations() {
    }

    private static void add(List<Mutation> all, String name, Predicate<FuzzRequest> applies, Apply apply) {
        all.add(new Mutation(name, applies, apply));
    }

    /** Adds the body mutations to {@code all}, in the report's order. */
    static void addTo(List<Mutation> all) {
        // --- one field of the JSON body -------------------------------------------------------------------------
        add(all, "body: NUL in a string", BodyMutations::hasJson, (r, c) -> replace(r, c, "string",
                old -> JSON.textNode(pick(c, old.asText() + "\u0000", "\u0000", "a\u0000b"))));
        add(all, "body: %00 in a string", BodyMutations::hasJson, (r, c) -> replace(r, c, "string",
                old -> JSON.textNode(old.asText() + "%00")));
        add(all, "body: duplicated key", BodyMutations::hasJson, BodyMutations::duplicateKey);
        add(all, "body: null item in an array", BodyMutations::hasJson, (r, c) -> {
            List<SchemaValues.Leaf> arrays = leaves(r, "array");
            if (arrays.isEmpty()) {
                return false;
            }
            JsonNode array = r.json.at(pick(c, arrays).pointer());
            if (!array.isArray()) {
                return false;
            }
            ((ArrayNode) array).insertNull(c.random().nextInt(array.size() + 1));
            return true;
        });
        add(all, "body: number for a string", BodyMutations::hasJson, (r, c) -> replace(r, c, "string",
                old -> JSON.numberNode(pick(c, 0, 1, 4, 42, 20230110))));
        add(all, "body: boolean for a string", BodyMutations::hasJson, (r, c) -> replace(r, c, "string",
                old -> JSON.booleanNode(true)));
        add(all, "body: object for a string", BodyMutations::hasJson, (r, c) -> replace(r, c, "string",
                old -> JSON.objectNode().put("value", old.asText())));
        add(all, "body: string for a number", BodyMutations::hasJson, (r, c) -> replace(r, c, "number",
                old -> JSON.textNode(pick(c, old.asText(), "12.5", "abc", "", " 1 ", "NaN", "Infinity"))));
        add(all, "body: string for a boolean", BodyMutations::hasJson, (r, c) -> replace(r, c, "boolean",
                old -> JSON.textNode(pick(c, "true", "yes", "1", ""))));
        add(all, "body: number for a date-time", BodyMutations::hasJson, (r, c) -> replace(r, c, "date",
                old -> JSON.numberNode(pick(c, 0L, 1_700_000_000L, 1_700_000_000_000L, -1L))));
        add(all, "body: date-time for a date", BodyMutations::hasJson, (r, c) -> replace(r, c, "date",
                old -> JSON.textNode(pick(c, "2023-03-01T00:00:00Z", "2023-03-01T08:00", "2023-03-01 00:00"))));
        add(all, "body: malformed date", BodyMutations::hasJson, (r, c) -> replace(r, c, "date",
                old -> JSON.textNode(pick(c, "2023-02-30", "2023-13-01", "23-1-1", "yesterday", "2023/01/10",
                        "2023-01-10T25:00:00Z", ""))));
        add(all, "body: far year", BodyMutations::hasJson, (r, c) -> replace(r, c, "date", old -> {
            boolean time = old.asText().contains("T");
            return JSON.textNode(time ? pick(c, "+275760-09-13T00:00:00Z", "+999999999-12-31T23:59:59Z",
                    "-271821-04-20T00:00:00Z", "0000-01-01T00:00:00Z", "9999-12-31T23:59:59Z")
                    : pick(c, "+999999999-12-31", "-999999999-01-01", "+275760-09-13", "0000-01-01", "9999-12-31"));
        }));
        add(all, "body: enum ordinal", BodyMutations::hasJson, (r, c) -> replace(r, c, "enum",
                old -> JSON.numberNode(pick(c, 0, 1, 2, 4, 99))));
        add(all, "body: enum with spaces or case", BodyMutations::hasJson, (r, c) -> replace(r, c, "enum",
                old -> JSON.textNode(pick(c, " " + old.asText() + " ", old.asText().toLowerCase(),
                        old.asText() + "\u0000", old.asText() + "\t", "UNKNOWN_VALUE", ""))));
        add(all, "body: huge number", BodyMutations::hasJson, (r, c) -> replace(r, c, "number",
                old -> JSON.textNode(r.rawMarker(pick(c, "1" + "0".repeat(400), "1e400", "9223372036854775808",
                        "1e-400", "0.000000000000000000001", "99999999999999999999.99")))));
        add(all, "body: negative number", BodyMutations::hasJson, (r, c) -> replace(r, c, "number",
                old -> JSON.textNode(r.rawMarker(pick(c, "-1", "-0.01", "-9999999999", "-0", "-2147483649")))));
        add(all, "body: exponent money", BodyMutations::hasJson, (r, c) -> replace(r, c, "number",
                old -> JSON.textNode(r.rawMarker(pick(c, "1e2", "1E+2", "5e-1", "1.5e3", "0x10")))));
        add(all, "body: lone surrogate", BodyMutations::hasJson, (r, c) -> replace(r, c, "string",
                old -> JSON.textNode(r.rawMarker(pick(c, "\"\\ud800\"", "\"x\\udc00y\"", "\"\\ud83d\"")))));
        add(all, "body: very long string", BodyMutations::hasJson, (r, c) -> replace(r, c, "string",
                old -> JSON.textNode("长".repeat(pick(c, 5_000, 100_000)))));
        add(all, "body: null for a field", BodyMutations::hasJson, (r, c) -> replace(r, c, "any", old -> JSON.nullNode()));
        add(all, "body: required field missing", BodyMutations::hasJson, BodyMutations::dropRequired);
        add(all, "body: unknown field", BodyMutations::hasJson, (r, c) -> {
            if (!r.json.isObject()) {
                return false;
            }
            ((ObjectNode) r.json).put(pick(c, "fuzzUnknown", "id", "court", "version", "__proto__"), "x");
            return true;
        });
        add(all, "body: invalid UTF-8", BodyMutations::hasJson, (r, c) -> {
            if (!replace(r, c, "string", old -> JSON.textNode("FUZZUTF8"))) {
                return false;
            }
            String text = r.jsonText();
            int at = text.indexOf("FUZZUTF8");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            out.writeBytes(text.substring(0, at).getBytes(StandardCharsets.UTF_8));
            out.writeBytes(pick(c, new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, new byte[] {(byte) 0xC3,
                    0x28}, new byte[] {(byte) 0xFF}, new byte[] {(byte) 0xC0, (byte) 0x80}));
            out.writeBytes(text.substring(at + 8).getBytes(StandardCharsets.UTF_8));
            r.bytes = out.toByteArray();
            return true;
        });
        // --- the body as a whole --------------------------------------------------------------------------------
        add(all, "body: empty", BodyMutations::hasBody, (r, c) -> body(r, ""));
        add(all, "body: not JSON", BodyMutations::hasBody, (r, c) -> body(r, pick(c, "not json", "<case/>", "cause=x&y=1",
                "{cause: 'x'}", "{\"a\":", "\u0000", "'")));
        add(all, "body: trailing text after the JSON", BodyMutations::hasJson, (r, c) -> body(r, r.jsonText()
                + pick(c, " x", "}", "{}", "\n{\"a\":1}", ",", " null", "\u0000")));
        add(all, "body: wrong JSON root", BodyMutations::hasBody, (r, c) -> body(r, pick(c, "[]", "null", "\"text\"", "42",
                "true", "[{}]", "{}")));
        add(all, "body: deep nesting", BodyMutations::hasBody, (r, c) -> body(r, "[".repeat(5000) + "]".repeat(5000)));
    }

    static boolean hasBody(FuzzRequest r) {
        return r.operation.bodyType() != null;
    }

    static boolean hasJson(FuzzRequest r) {
        return r.json != null;
    }

    /** Generated values of a kind: string, number (integer or number), boolean, date, enum, array or any. */
    private static List<SchemaValues.Leaf> leaves(FuzzRequest r, String kind) {
        List<SchemaValues.Leaf> out = new ArrayList<>();
        for (SchemaValues.Leaf leaf : r.leaves) {
            JsonNode current = r.json.at(leaf.pointer());
            if (current.isMissingNode()) {
                continue;
            }
            String type = SchemaValues.type(leaf.schema());
            String format = leaf.schema().path("format").asText("");
            boolean matches = switch (kind) {
                case "string" -> current.isTextual();
                case "number" -> current.isNumber();
                case "boolean" -> current.isBoolean();
                case "date" -> current.isTextual() && (format.equals("date") || format.equals("date-time"));
                case "enum" -> current.isTextual() && leaf.schema().has("enum");
                case "array" -> type.equals("array") && current.isArray();
                default -> !leaf.pointer().isEmpty();
            };
            if (matches) {
                out.add(leaf);
            }
        }
        return out;
    }

    /** Replaces one generated value of {@code kind} by {@code change(old)}. */
    private static boolean replace(FuzzRequest r, Context c, String kind,
                                   Function<JsonNode, JsonNode> change) {
        List<SchemaValues.Leaf> candidates = leaves(r, kind);
        if (candidates.isEmpty()) {
            return false;
        }
        SchemaValues.Leaf leaf = pick(c, candidates);
        JsonNode replacement = change.apply(r.json.at(leaf.pointer()));
        if (leaf.pointer().isEmpty()) {
            r.json = replacement;
            return true;
        }
        int slash = leaf.pointer().lastIndexOf('/');
        JsonNode parent = r.json.at(leaf.pointer().substring(0, slash));
        String last = leaf.pointer().substring(slash + 1);
        if (parent instanceof ObjectNode object) {
            object.set(last, replacement);
        } else if (parent instanceof ArrayNode array) {
            array.set(Integer.parseInt(last), replacement);
        } else {
            return false;
        }
        return true;
    }

    private static boolean duplicateKey(FuzzRequest r, Context c) {
        List<SchemaValues.Leaf> objects = new ArrayList<>();
        for (SchemaValues.Leaf leaf : r.leaves) {
            JsonNode node = r.json.at(leaf.pointer());
            if (node.isObject() && !node.isEmpty()) {
                objects.add(leaf);
            }
        }
        if (objects.isEmpty()) {
            return false;
        }
        ObjectNode object = (ObjectNode) r.json.at(pick(c, objects).pointer());
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        String name = pick(c, names);
        JsonNode original = object.get(name);
        JsonNode first = original.isTextual() ? JSON.textNode("dup") : original.isNumber() ? JSON.numberNode(1)
                : original;
        // Written as "name":<first>,"name":<original>: the same key twice, the last one valid.
        object.set(name, JSON.textNode(r.rawMarker(FuzzRequest.json(first) + ",\"" + name + "\":"
                + FuzzRequest.json(original))));
        return true;
    }

    private static boolean dropRequired(FuzzRequest r, Context c) {
        List<String[]> candidates = new ArrayList<>();
        for (SchemaValues.Leaf leaf : r.leaves) {
            JsonNode node = r.json.at(leaf.pointer());
            if (node.isObject()) {
                leaf.schema().path("required").forEach(n -> {
                    if (node.has(n.asText())) {
                        candidates.add(new String[] {leaf.pointer(), n.asText()});
                    }
                });
            }
        }
        if (candidates.isEmpty()) {
            return false;
        }
        String[] chosen = pick(c, candidates);
        ((ObjectNode) r.json.at(chosen[0])).remove(chosen[1]);
        return true;
    }

    private static boolean body(FuzzRequest r, String text) {
        r.json = null;
        r.bytes = text.getBytes(StandardCharsets.UTF_8);
        return true;
    }
}
