package org.enforcement.testing.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * The hostile and careless inputs the fuzzer tries, each named for the report. A mutation changes one thing of a
 * valid-looking request: a body field, the body as a whole, a header, a path segment or a query parameter.
 */
final class Mutations {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    /** What a mutation may use besides the request: randomness and the caller's tokens. */
    interface Context {
        Random random();

        /** A valid token of a role the operation does not allow, or null. */
        String tokenOfOtherRole(Contract.Operation operation);

        /** A valid token of an allowed role whose claims hold a NUL character. */
        String tokenWithNul(Contract.Operation operation);

        /** A valid token of an allowed role for another court. */
        String tokenOfOtherCourt(Contract.Operation operation);
    }

    /** A named mutation; {@code apply} answers false when it found nothing to change. */
    record Mutation(String name, Predicate<FuzzRequest> applies, Apply apply) {

        /** The part of the request it changes: body, header, auth, path or query. */
        String part() {
            String prefix = name.substring(0, name.indexOf(':'));
            return switch (prefix) {
                case "body", "auth", "path", "query" -> prefix;
                default -> "header";
            };
        }
    }

    @FunctionalInterface
    interface Apply {
        boolean to(FuzzRequest request, Context context);
    }

    static final List<Mutation> ALL = new ArrayList<>();

    private static void add(String name, Predicate<FuzzRequest> applies, Apply apply) {
        ALL.add(new Mutation(name, applies, apply));
    }

    private static boolean hasBody(FuzzRequest r) {
        return r.operation.bodyType() != null;
    }

    private static boolean hasJson(FuzzRequest r) {
        return r.json != null;
    }

    static {
        // --- one field of the JSON body -------------------------------------------------------------------------
        add("body: NUL in a string", Mutations::hasJson, (r, c) -> replace(r, c, "string",
                old -> JSON.textNode(pick(c, old.asText() + "\u0000", "\u0000", "a\u0000b"))));
        add("body: %00 in a string", Mutations::hasJson, (r, c) -> replace(r, c, "string",
                old -> JSON.textNode(old.asText() + "%00")));
        add("body: duplicated key", Mutations::hasJson, Mutations::duplicateKey);
        add("body: null item in an array", Mutations::hasJson, (r, c) -> {
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
        add("body: number for a string", Mutations::hasJson, (r, c) -> replace(r, c, "string",
                old -> JSON.numberNode(pick(c, 0, 1, 4, 42, 20230110))));
        add("body: boolean for a string", Mutations::hasJson, (r, c) -> replace(r, c, "string",
                old -> JSON.booleanNode(true)));
        add("body: object for a string", Mutations::hasJson, (r, c) -> replace(r, c, "string",
                old -> JSON.objectNode().put("value", old.asText())));
        add("body: string for a number", Mutations::hasJson, (r, c) -> replace(r, c, "number",
                old -> JSON.textNode(pick(c, old.asText(), "12.5", "abc", "", " 1 ", "NaN", "Infinity"))));
        add("body: string for a boolean", Mutations::hasJson, (r, c) -> replace(r, c, "boolean",
                old -> JSON.textNode(pick(c, "true", "yes", "1", ""))));
        add("body: number for a date-time", Mutations::hasJson, (r, c) -> replace(r, c, "date",
                old -> JSON.numberNode(pick(c, 0L, 1_700_000_000L, 1_700_000_000_000L, -1L))));
        add("body: date-time for a date", Mutations::hasJson, (r, c) -> replace(r, c, "date",
                old -> JSON.textNode(pick(c, "2023-03-01T00:00:00Z", "2023-03-01T08:00", "2023-03-01 00:00"))));
        add("body: malformed date", Mutations::hasJson, (r, c) -> replace(r, c, "date",
                old -> JSON.textNode(pick(c, "2023-02-30", "2023-13-01", "23-1-1", "yesterday", "2023/01/10",
                        "2023-01-10T25:00:00Z", ""))));
        add("body: far year", Mutations::hasJson, (r, c) -> replace(r, c, "date", old -> {
            boolean time = old.asText().contains("T");
            return JSON.textNode(time ? pick(c, "+275760-09-13T00:00:00Z", "+999999999-12-31T23:59:59Z",
                    "-271821-04-20T00:00:00Z", "0000-01-01T00:00:00Z", "9999-12-31T23:59:59Z")
                    : pick(c, "+999999999-12-31", "-999999999-01-01", "+275760-09-13", "0000-01-01", "9999-12-31"));
        }));
        add("body: enum ordinal", Mutations::hasJson, (r, c) -> replace(r, c, "enum",
                old -> JSON.numberNode(pick(c, 0, 1, 2, 4, 99))));
        add("body: enum with spaces or case", Mutations::hasJson, (r, c) -> replace(r, c, "enum",
                old -> JSON.textNode(pick(c, " " + old.asText() + " ", old.asText().toLowerCase(),
                        old.asText() + "\u0000", old.asText() + "\t", "UNKNOWN_VALUE", ""))));
        add("body: huge number", Mutations::hasJson, (r, c) -> replace(r, c, "number",
                old -> JSON.textNode(r.rawMarker(pick(c, "1" + "0".repeat(400), "1e400", "9223372036854775808",
                        "1e-400", "0.000000000000000000001", "99999999999999999999.99")))));
        add("body: negative number", Mutations::hasJson, (r, c) -> replace(r, c, "number",
                old -> JSON.textNode(r.rawMarker(pick(c, "-1", "-0.01", "-9999999999", "-0", "-2147483649")))));
        add("body: exponent money", Mutations::hasJson, (r, c) -> replace(r, c, "number",
                old -> JSON.textNode(r.rawMarker(pick(c, "1e2", "1E+2", "5e-1", "1.5e3", "0x10")))));
        add("body: lone surrogate", Mutations::hasJson, (r, c) -> replace(r, c, "string",
                old -> JSON.textNode(r.rawMarker(pick(c, "\"\\ud800\"", "\"x\\udc00y\"", "\"\\ud83d\"")))));
        add("body: very long string", Mutations::hasJson, (r, c) -> replace(r, c, "string",
                old -> JSON.textNode("长".repeat(pick(c, 5_000, 100_000)))));
        add("body: null for a field", Mutations::hasJson, (r, c) -> replace(r, c, "any", old -> JSON.nullNode()));
        add("body: required field missing", Mutations::hasJson, Mutations::dropRequired);
        add("body: unknown field", Mutations::hasJson, (r, c) -> {
            if (!r.json.isObject()) {
                return false;
            }
            ((ObjectNode) r.json).put(pick(c, "fuzzUnknown", "id", "court", "version", "__proto__"), "x");
            return true;
        });
        add("body: invalid UTF-8", Mutations::hasJson, (r, c) -> {
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
        add("body: empty", Mutations::hasBody, (r, c) -> body(r, ""));
        add("body: not JSON", Mutations::hasBody, (r, c) -> body(r, pick(c, "not json", "<case/>", "cause=x&y=1",
                "{cause: 'x'}", "{\"a\":", "\u0000", "'")));
        add("body: trailing text after the JSON", Mutations::hasJson, (r, c) -> body(r, r.jsonText()
                + pick(c, " x", "}", "{}", "\n{\"a\":1}", ",", " null", "\u0000")));
        add("body: wrong JSON root", Mutations::hasBody, (r, c) -> body(r, pick(c, "[]", "null", "\"text\"", "42",
                "true", "[{}]", "{}")));
        add("body: deep nesting", Mutations::hasBody, (r, c) -> body(r, "[".repeat(5000) + "]".repeat(5000)));
        // --- headers -------------------------------------------------------------------------------------------
        add("Accept: empty", r -> true, (r, c) -> header(r, "Accept", ""));
        add("Accept: malformed", r -> true, (r, c) -> header(r, "Accept", pick(c, ";;", "application/",
                "*/*;q=abc", "text/html;charset=\"", "application/json, ,", "/", "*", "a/b/c", "\u00e4/\u00f6")));
        add("Accept: unsupported", r -> true, (r, c) -> header(r, "Accept", pick(c, "application/xml",
                "image/png", "text/csv", "application/problem+json", "text/html", "image/svg+xml")));
        add("Content-Type: empty", Mutations::hasBody, (r, c) -> header(r, "Content-Type", ""));
        add("Content-Type: malformed", Mutations::hasBody, (r, c) -> header(r, "Content-Type",
                pick(c, "application/json; charset=nope", "application/", ";", "application/json;;",
                        "application/json; charset=\"", "json")));
        add("Content-Type: wrong", Mutations::hasBody, (r, c) -> header(r, "Content-Type", pick(c, "text/plain",
                "application/x-www-form-urlencoded", "application/xml", "multipart/form-data",
                "application/json; charset=ISO-8859-1")));
        add("Content-Type: missing", Mutations::hasBody, (r, c) -> {
            r.removeHeader("Content-Type");
            return true;
        });
        add("If-Match: weak", r -> r.operation.hasHeader("If-Match"), (r, c) -> {
            String etag = r.header("If-Match");
            return header(r, "If-Match", etag == null || etag.isEmpty() ? "W/\"1\"" : "W/" + etag);
        });
        add("If-Match: malformed", r -> r.operation.hasHeader("If-Match"), (r, c) -> header(r, "If-Match",
                pick(c, "\"", "abc", "\"999999999\"", "*", "\"1\", \"2\"", "\"-1\"", "\"1e2\"",
                        "\"99999999999999999999\"")));
        add("If-Match: missing", r -> r.operation.hasHeader("If-Match"), (r, c) -> {
            r.removeHeader("If-Match");
            return true;
        });
        add("Idempotency-Key: odd", r -> r.operation.hasHeader("Idempotency-Key"), (r, c) -> {
            if (c.random().nextBoolean()) {
                r.removeHeader("Idempotency-Key");
                return true;
            }
            return header(r, "Idempotency-Key", pick(c, "", " ", "k".repeat(5000), "键", "%00"));
        });
        // --- authentication ------------------------------------------------------------------------------------
        add("auth: none", r -> true, (r, c) -> {
            r.removeHeader("Authorization");
            r.role = "none";
            return true;
        });
        add("auth: role not allowed", r -> r.operation.secured(), (r, c) -> {
            String token = c.tokenOfOtherRole(r.operation);
            return token != null && auth(r, "other role", "Bearer " + token);
        });
        add("auth: garbage token", r -> true, (r, c) -> auth(r, "garbage", pick(c, "Bearer x.y.z", "Bearer ",
                "Basic dXNlcjpwYXNz", "Bearer " + "a".repeat(9000), "bearer", "Bearer eyJhbGciOiJub25lIn0.e30.")));
        add("auth: two Authorization headers", r -> true, (r, c) -> {
            String token = c.tokenOfOtherCourt(r.operation);
            if (token == null) {
                return false;
            }
            r.headers.add(new String[] {"Authorization", "Bearer " + token});
            return true;
        });
        add("auth: NUL in token claims", r -> true, (r, c) -> {
            String token = c.tokenWithNul(r.operation);
            return token != null && auth(r, "NUL claims", "Bearer " + token);
        });
        add("auth: other court", r -> r.operation.secured(), (r, c) -> {
            String token = c.tokenOfOtherCourt(r.operation);
            return token != null && auth(r, r.role + " of another court", "Bearer " + token);
        });
        // --- path segments -------------------------------------------------------------------------------------
        add("path: %00", r -> !r.path.isEmpty(), (r, c) -> path(r, c, v -> pick(c, v + "%00", "%00", "%00" + v)));
        add("path: random id", r -> !r.path.isEmpty(), (r, c) -> path(r, c, v -> new UUID(c.random().nextLong(),
                c.random().nextLong()).toString()));
        add("path: not an id", r -> !r.path.isEmpty(), (r, c) -> path(r, c, v -> pick(c, "abc", "0", "-1", "1e2",
                "%20", "a".repeat(3000), "null", "%E6%B5%8B", v.toUpperCase(), v + "%20")));
        add("path: invalid UTF-8", r -> !r.path.isEmpty(), (r, c) -> path(r, c, v -> pick(c, "%ED%A0%80",
                "%C3%28", "%FF", v + "%C0%80")));
        add("path: encoded slash or dots", r -> !r.path.isEmpty(), (r, c) -> path(r, c, v -> pick(c, "%2F",
                v + "%2Fx", "..", "%2E%2E", "%5C")));
        // --- query parameters ----------------------------------------------------------------------------------
        add("query: %00", r -> !r.operation.in("query").isEmpty(), (r, c) -> query(r, c,
                v -> pick(c, v + "%00", "%00", "%00" + v)));
        add("query: wrong type", r -> !r.operation.in("query").isEmpty(), (r, c) -> query(r, c,
                v -> pick(c, "abc", "1.5", "true", "2023-01-01", "%E6%B5%8B", "[]", "%7B%7D")));
        add("query: huge or negative number", r -> !r.operation.in("query").isEmpty(), (r, c) -> query(r, c,
                v -> pick(c, "99999999999999999999", "-1", "0", "2147483648", "-9223372036854775809", "1e9",
                        "1e400")));
        add("query: far year", r -> !r.operation.in("query").isEmpty(), (r, c) -> query(r, c,
                v -> pick(c, "%2B999999999-12-31", "-999999999-01-01", "%2B275760-09-13T00:00:00Z", "0000-01-01",
                        "2023-02-30", "2023-13-01")));
        add("query: empty value", r -> !r.operation.in("query").isEmpty(), (r, c) -> query(r, c, v -> ""));
        add("query: very long", r -> !r.operation.in("query").isEmpty(), (r, c) -> query(r, c,
                v -> "x".repeat(pick(c, 3000, 7000))));
        add("query: invalid UTF-8", r -> !r.operation.in("query").isEmpty(), (r, c) -> query(r, c,
                v -> pick(c, "%ED%A0%80", "%C3%28", "%FF")));
        add("query: repeated parameter", r -> !r.operation.in("query").isEmpty(), (r, c) -> {
            var parameter = pick(c, r.operation.in("query"));
            r.query.add(new String[] {FuzzRequest.encode(parameter.name()), "1"});
            r.query.add(new String[] {FuzzRequest.encode(parameter.name()), "2"});
            return true;
        });
        add("query: unknown parameter", r -> true, (r, c) -> {
            r.query.add(new String[] {pick(c, "fuzz", "%00", "format", "court"), "x"});
            return true;
        });
    }

    private Mutations() {
    }

    @SafeVarargs
    static <T> T pick(Context c, T... choices) {
        return choices[c.random().nextInt(choices.length)];
    }

    static <T> T pick(Context c, List<T> choices) {
        return choices.get(c.random().nextInt(choices.size()));
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

    private static boolean header(FuzzRequest r, String name, String value) {
        r.setHeader(name, value);
        return true;
    }

    private static boolean auth(FuzzRequest r, String role, String value) {
        r.setHeader("Authorization", value);
        r.role = role;
        return true;
    }

    private static boolean path(FuzzRequest r, Context c, UnaryOperator<String> change) {
        List<String> names = new ArrayList<>(r.path.keySet());
        String name = pick(c, names);
        r.path.put(name, change.apply(r.path.get(name)));
        return true;
    }

    private static boolean query(FuzzRequest r, Context c, UnaryOperator<String> change) {
        var parameter = pick(c, r.operation.in("query"));
        String name = FuzzRequest.encode(parameter.name());
        r.query.removeIf(q -> q[0].equals(name));
        r.query.add(new String[] {name, change.apply("1")});
        return true;
    }
}
