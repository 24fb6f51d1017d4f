package org.enforcement.demo;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * One service's HTTP API as plain JSON over HTTP, for the system test's checks of exact answers (CSV, text, the
 * management port) next to the generated clients the loader uses: a bearer token per call, patient with a service
 * that is busy.
 */
public final class Api {

    static final ObjectMapper JSON = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    private static final int ATTEMPTS = 8;

    private final String name;
    private final String base;
    private final HttpClient client;

    public Api(String name, String base, HttpClient client) {
        this.name = name;
        this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        this.client = client;
    }

    public String name() {
        return name;
    }

    public String base() {
        return base;
    }

    public Reply get(String token, String path) {
        return send("GET", token, path, null);
    }

    /**
     * Every item of a paged list ({@code items} and {@code nextCursor}, as {@code /api/cases} and
     * {@code /api/operations} answer), read page by page; {@code path} may carry its own query.
     */
    public List<JsonNode> items(String token, String path) {
        List<JsonNode> items = new ArrayList<>();
        String cursor = null;
        do {
            String page = cursor == null ? path : path + (path.contains("?") ? "&" : "?") + "cursor=" + enc(cursor);
            JsonNode body = get(token, page).expect(200);
            body.path("items").forEach(items::add);
            cursor = body.hasNonNull("nextCursor") ? body.path("nextCursor").asText() : null;
        } while (cursor != null);
        return items;
    }

    public Reply post(String token, String path, Object body, String... headers) {
        return send("POST", token, path, body, headers);
    }

    public Reply put(String token, String path, Object body, String... headers) {
        return send("PUT", token, path, body, headers);
    }

    /**
     * Sends one request; {@code headers} are name/value pairs. A refused connection, a 503, a 429 (rate limited) or
     * an {@code idempotency-key-in-flight} 409 is retried a few times after Retry-After (the same body and keys, so
     * retrying is safe).
     */
    public Reply send(String method, String token, String path, Object body, String... headers) {
        String url = base + path;
        String text = body == null ? null : write(body);
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60))
                .header("Accept", "application/json, application/problem+json");
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        if (text != null) {
            request.header("Content-Type", "application/json");
            request.method(method, HttpRequest.BodyPublishers.ofString(text, StandardCharsets.UTF_8));
        } else {
            request.method(method, "GET".equals(method) ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(""));
        }
        HttpRequest built = request.build();
        IOException lastFailure = null;
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            try {
                HttpResponse<String> response = client.send(built,
                        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                Reply reply = new Reply(method, url, text, response.statusCode(), response.headers(), response.body());
                if (attempt < ATTEMPTS && busy(reply)) {
                    pause(reply.headers().firstValue("Retry-After").map(Api::seconds).orElse(1L));
                    continue;
                }
                return reply;
            } catch (IOException e) {
                lastFailure = e;
                pause(1);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while calling " + name, e);
            }
        }
        throw new IllegalStateException("Cannot reach " + name + " at " + base + " (" + method + " " + path + "): "
                + lastFailure, lastFailure);
    }

    private static boolean busy(Reply reply) {
        return reply.status() == 503 || reply.status() == 429 || reply.status() == 409
                && reply.problemType().endsWith("/idempotency-key-in-flight");
    }

    private static long seconds(String retryAfter) {
        try {
            return Math.min(10, Math.max(1, Long.parseLong(retryAfter.strip())));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    private static void pause(long seconds) {
        try {
            Thread.sleep(seconds * 1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static String write(Object body) {
        try {
            return JSON.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Cannot write the request body as JSON", e);
        }
    }

    /** A query-string or path-segment value, percent-encoded as UTF-8 (淮执·9号 → %E6%B7%AE…). */
    public static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
