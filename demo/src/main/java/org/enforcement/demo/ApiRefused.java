package org.enforcement.demo;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpHeaders;

/**
 * A service answered something the story cannot go on with, or an answer its contract does not describe; the
 * message names the operation and holds the exact answer.
 */
public class ApiRefused extends RuntimeException {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final int status;
    private final transient HttpHeaders headers;
    private final String body;

    private ApiRefused(String operation, int status, HttpHeaders headers, String body, String why, Throwable cause) {
        super(operation + ": " + why + (status == 0 ? "" : "\n  response: HTTP " + status + " " + shorten(body)),
                cause);
        this.status = status;
        this.headers = headers;
        this.body = body;
    }

    /** What a generated client threw for {@code operation} (each contract's client has its own ApiException). */
    static ApiRefused of(String operation, Exception e) {
        if (e instanceof org.enforcement.client.cases.invoker.ApiException x) {
            return of("case-service", operation, x.getCode(), x.getResponseHeaders(), x.getResponseBody(), e);
        }
        if (e instanceof org.enforcement.client.operations.invoker.ApiException x) {
            return of("operation-service", operation, x.getCode(), x.getResponseHeaders(), x.getResponseBody(), e);
        }
        if (e instanceof org.enforcement.client.stats.invoker.ApiException x) {
            return of("stats-service", operation, x.getCode(), x.getResponseHeaders(), x.getResponseBody(), e);
        }
        return new ApiRefused(operation, 0, null, null, String.valueOf(e), e);
    }

    private static ApiRefused of(String service, String operation, int status, HttpHeaders headers, String body,
                                 Exception e) {
        Throwable cause = e.getCause();
        if (status != 0) {
            return new ApiRefused(service + " " + operation, status, headers, body, "refused", e);
        }
        // Without a status the call got no answer, or one the strict reading refused.
        if (cause instanceof JacksonException) {
            return new ApiRefused(service + " " + operation, 0, headers, body,
                    "the answer is not what the contract describes: " + cause.getMessage(), e);
        }
        return new ApiRefused("Cannot reach " + service + " (" + operation + ")", 0, headers, body,
                String.valueOf(cause != null ? cause : e), e);
    }

    /** Whether the call got no answer at all (a refused connection, a timeout): worth another try. */
    public boolean unreachable() {
        Throwable cause = getCause() == null ? null : getCause().getCause();
        return status == 0 && cause instanceof IOException && !(cause instanceof JacksonException);
    }

    /** The HTTP status of the answer; 0 when there was none to take (unreachable, or not as the contract says). */
    public int status() {
        return status;
    }

    /** The problem+json {@code type}, e.g. {@code /problems/target-exists}; empty when there is none. */
    public String problemType() {
        try {
            return body == null || body.isBlank() ? "" : JSON.readTree(body).path("type").asText("");
        } catch (Exception e) {
            return "";
        }
    }

    long retryAfterSeconds() {
        String value = Services.header(headers, "Retry-After");
        try {
            return value == null ? 1 : Math.min(10, Math.max(1, Long.parseLong(value.strip())));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    private static String shorten(String s) {
        return s == null ? "" : s.length() <= 2000 ? s : s.substring(0, 2000) + "…";
    }
}
