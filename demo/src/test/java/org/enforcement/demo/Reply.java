package org.enforcement.demo;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.net.http.HttpHeaders;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** One answer of a service read as plain HTTP, with the request that got it (for messages that show both). */
public record Reply(String method, String url, String requestBody, int status, HttpHeaders headers, String text) {

    public JsonNode json() {
        if (text == null || text.isBlank()) {
            return MissingNode.getInstance();
        }
        try {
            return Api.JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw new AssertionError("the answer is not JSON:\n  " + describe());
        }
    }

    /** The JSON body when the status is one of {@code expected}, else an {@link ApiRefused} naming both sides. */
    public JsonNode expect(int... expected) {
        if (Arrays.stream(expected).noneMatch(s -> s == status)) {
            throw new AssertionError("expected HTTP " + Arrays.toString(expected) + ":\n  " + describe());
        }
        return json();
    }

    public boolean is(int expected) {
        return status == expected;
    }

    /** The problem+json {@code type}, e.g. {@code /problems/target-exists}; empty when there is none. */
    public String problemType() {
        if (status < 400) {
            return "";
        }
        try {
            return Api.JSON.readTree(text == null ? "" : text).path("type").asText("");
        } catch (JsonProcessingException e) {
            return "";
        }
    }

    public String etag() {
        return headers.firstValue("ETag").orElseThrow(() -> new AssertionError("the answer has no ETag:\n  " + describe()));
    }

    /** The elements of a JSON array (an empty list for anything else). */
    public static List<JsonNode> items(JsonNode array) {
        List<JsonNode> list = new ArrayList<>();
        if (array != null && array.isArray()) {
            array.forEach(list::add);
        }
        return list;
    }

    public static BigDecimal decimal(JsonNode node) {
        return node == null || node.isMissingNode() || node.isNull() ? null : node.decimalValue();
    }

    /** The request and the answer as one readable block, for error reports. */
    public String describe() {
        return method + " " + url + (requestBody == null ? "" : "\n  request:  " + shorten(requestBody))
                + "\n  response: HTTP " + status + " " + shorten(text == null ? "" : text);
    }

    private static String shorten(String s) {
        return s.length() <= 2000 ? s : s.substring(0, 2000) + "…";
    }
}
