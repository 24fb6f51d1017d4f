package org.enforcement.testing.fuzz;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
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

    static {
        BodyMutations.addTo(ALL);
        // --- headers -------------------------------------------------------------------------------------------
        add("Accept: empty", r -> true, (r, c) -> header(r, "Accept", ""));
        add("Accept: malformed", r -> true, (r, c) -> header(r, "Accept", pick(c, ";;", "application/",
                "*/*;q=abc", "text/html;charset=\"", "application/json, ,", "/", "*", "a/b/c", "\u00e4/\u00f6")));
        add("Accept: unsupported", r -> true, (r, c) -> header(r, "Accept", pick(c, "application/xml",
                "image/png", "text/csv", "application/problem+json", "text/html", "image/svg+xml")));
        add("Content-Type: empty", BodyMutations::hasBody, (r, c) -> header(r, "Content-Type", ""));
        add("Content-Type: malformed", BodyMutations::hasBody, (r, c) -> header(r, "Content-Type",
                pick(c, "application/json; charset=nope", "application/", ";", "application/json;;",
                        "application/json; charset=\"", "json")));
        add("Content-Type: wrong", BodyMutations::hasBody, (r, c) -> header(r, "Content-Type", pick(c, "text/plain",
                "application/x-www-form-urlencoded", "application/xml", "multipart/form-data",
                "application/json; charset=ISO-8859-1")));
        add("Content-Type: missing", BodyMutations::hasBody, (r, c) -> {
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
