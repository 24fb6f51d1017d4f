package org.enforcement.demo;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.net.http.HttpHeaders;
import java.util.Arrays;

/** One answer of a service, with the request that got it (for messages that show both). */
public record Reply(String method, String url, String requestBody, int status, HttpHeaders headers, String text) {

    public JsonNode json() {
        if (text == null || text.isBlank()) {
            return MissingNode.getInstance();
        }
        try {
            return Api.JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw new ApiRefused(this, "the answer is not JSON");
        }
    }

    /** The JSON body when the status is one of {@code expected}, else an {@link ApiRefused} naming both sides. */
    public JsonNode expect(int... expected) {
        if (Arrays.stream(expected).noneMatch(s -> s == status)) {
            throw new ApiRefused(this, "expected HTTP " + Arrays.toString(expected));
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
        return headers.firstValue("ETag").orElseThrow(() -> new ApiRefused(this, "the answer has no ETag"));
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
