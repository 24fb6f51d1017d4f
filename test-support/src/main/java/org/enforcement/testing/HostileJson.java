package org.enforcement.testing;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.response.Response;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Request bodies a careless or hostile client sends, written as raw JSON text because a JSON library would not
 * write them: a key given twice, a number in exponent notation, an escaped NUL or lone surrogate, text after the
 * document. The body is a valid request except for the one value in question, so a 400 names exactly that field.
 */
public final class HostileJson {

    public static final String PROBLEM_JSON = "application/problem+json";

    private static final ObjectMapper JSON = new ObjectMapper();

    private HostileJson() {
    }

    /** {@code body} as JSON with {@code field} set to {@code rawJson}, verbatim (e.g. {@code 1e2}, {@code "\u0000"}). */
    public static String with(Map<String, ?> body, String field, String rawJson) {
        Map<String, Object> rest = new LinkedHashMap<>(body);
        rest.remove(field);
        return append(write(rest), field, rawJson);
    }

    /** {@code body} as JSON with {@code field} given a second time, as {@code rawJson}. */
    public static String duplicated(Map<String, ?> body, String field, String rawJson) {
        if (!body.containsKey(field)) {
            throw new IllegalArgumentException(field + " is not in the body to duplicate");
        }
        return append(write(body), field, rawJson);
    }

    /** {@code body} as JSON followed by {@code trailing} (e.g. {@code " x"} or a second document). */
    public static String followedBy(Map<String, ?> body, String trailing) {
        return write(body) + trailing;
    }

    /** A JSON string literal holding {@code escapes} as written, e.g. {@code quoted("a\\u0000b")}. */
    public static String quoted(String escapes) {
        return "\"" + escapes + "\"";
    }

    /** Asserts a 400 validation problem+json naming {@code field} with {@code message}. */
    public static void assertRefused(Response response, String field, String message) {
        response.then().statusCode(400).contentType(PROBLEM_JSON)
                .body("type", equalTo("/problems/validation"))
                .body("status", equalTo(400))
                .body("errors.field", hasItem(field))
                .body("errors.find { it.field == '" + field + "' }.message", equalTo(message));
    }

    /** Asserts a 400 malformed-json problem+json (a body that is no single JSON document). */
    public static void assertMalformed(Response response) {
        response.then().statusCode(400).contentType(PROBLEM_JSON)
                .body("type", equalTo("/problems/malformed-json"))
                .body("status", equalTo(400));
    }

    private static String append(String object, String field, String rawJson) {
        String open = object.substring(0, object.lastIndexOf('}'));
        return open + (open.strip().endsWith("{") ? "" : ",") + write(field) + ":" + rawJson + "}";
    }

    private static String write(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
