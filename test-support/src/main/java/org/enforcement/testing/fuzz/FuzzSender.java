package org.enforcement.testing.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.RestAssured;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import org.enforcement.testing.fuzz.FuzzSummary.Kind;

/**
 * Sends the fuzzer's requests and judges the answers: every error a problem+json with its own status, no status the
 * contract does not declare, no 5xx, nothing stored on an error answer, the service ready afterwards.
 */
final class FuzzSender {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String PROBLEM_JSON = "application/problem+json";

    private final HttpClient http;

    FuzzSender(HttpClient http) {
        this.http = http;
    }

    /** The service under test's public base URI (REST Assured's, as Quarkus set it). */
    static String baseUri() {
        String base = RestAssured.baseURI == null ? "http://localhost" : RestAssured.baseURI;
        return base + ":" + RestAssured.port + (RestAssured.basePath == null ? "" : RestAssured.basePath);
    }

    /** The ETag a GET of {@code url} answers with {@code token} (null: none), or "0" when there is none. */
    String etag(String url, String token) {
        try {
            HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).GET();
            if (token != null) {
                builder.header("Authorization", "Bearer " + token);
            }
            return http.send(builder.build(), HttpResponse.BodyHandlers.discarding()).headers().firstValue("ETag")
                    .orElse("\"0\"");
        } catch (IOException | IllegalArgumentException e) {
            return "\"0\"";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    void send(FuzzRequest request, FuzzSummary summary, boolean checkDeclared) {
        Contract.Operation operation = request.operation;
        HttpRequest built;
        try {
            HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(baseUri() + request.pathAndQuery()))
                    .timeout(Duration.ofSeconds(60));
            for (String[] header : request.headers) {
                builder.header(header[0], header[1]);
            }
            byte[] body = request.body();
            builder.method(operation.method(), body == null ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofByteArray(body));
            built = builder.build();
        } catch (IllegalArgumentException e) {
            summary.unsendable(); // e.g. a header value java.net.http refuses; the HTTP-level tests cover those
            return;
        }
        HttpResponse<byte[]> response;
        try {
            response = sendTwice(built);
        } catch (IOException e) {
            summary.sent(operation.name(), request.mutation(), 0);
            summary.add(Kind.NO_ANSWER, operation.name(), request.mutation(), 0, request.describe(), e.toString());
            return;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        int status = response.statusCode();
        summary.sent(operation.name(), request.mutation(), status);
        String type = response.headers().firstValue("Content-Type").orElse("");
        String text = new String(response.body(), StandardCharsets.UTF_8);
        String answer = (type.isEmpty() ? "(no Content-Type)" : type) + " "
                + FuzzRequest.excerpt(text.isEmpty() ? "(empty body)" : text, 300);
        if (status >= 500) {
            summary.add(Kind.SERVER_ERROR, operation.name(), request.mutation(), status, request.describe(), answer);
        }
        if (status >= 400) {
            checkProblem(request, summary, status, type, text, answer);
        }
        if (!operation.declares(status)) {
            summary.add(Kind.UNDECLARED_STATUS, operation.name(), request.mutation(), status, request.describe(),
                    answer);
        }
        request.lastStatus = status;
        request.lastAnswer = answer;
    }

    /**
     * Sends, and once more when no answer came: java.net.http may reuse a kept-alive connection the server has just
     * closed (after an error answer), which fails a POST without the server having seen it. Two failures are a
     * finding.
     */
    private HttpResponse<byte[]> sendTwice(HttpRequest request) throws IOException, InterruptedException {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            return http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        }
    }

    private void checkProblem(FuzzRequest request, FuzzSummary summary, int status, String type, String text,
                              String answer) {
        String name = request.operation.name();
        if (!type.toLowerCase().startsWith(PROBLEM_JSON)) {
            summary.add(Kind.NOT_PROBLEM_JSON, name, request.mutation(), status, request.describe(), answer);
            return;
        }
        try {
            JsonNode problem = MAPPER.readTree(text);
            if (problem == null || !problem.isObject()) {
                summary.add(Kind.NOT_PROBLEM_JSON, name, request.mutation(), status, request.describe(), answer);
            } else if (problem.path("status").asInt(-1) != status) {
                summary.add(Kind.STATUS_MISMATCH, name, request.mutation(), status, request.describe(), answer);
            }
        } catch (IOException e) {
            summary.add(Kind.NOT_PROBLEM_JSON, name, request.mutation(), status, request.describe(), answer);
        }
    }

    static void checkWrites(FuzzRequest request, FuzzSummary summary, Map<String, Map<String, Integer>> writes) {
        if (!writes.isEmpty()) {
            summary.wrote(request.lastStatus);
        }
        if (request.lastStatus >= 400 && !writes.isEmpty()) {
            summary.add(Kind.STORED_ON_ERROR, request.operation.name(), request.mutation(), request.lastStatus,
                    request.describe(), "wrote " + writes + "; answered " + request.lastAnswer);
        }
    }

    void checkReady(FuzzSummary summary) {
        String url = ContractFuzzer.readinessUrl();
        try {
            HttpResponse<String> ready = http.send(HttpRequest.newBuilder(URI.create(url))
                    .timeout(Duration.ofSeconds(30)).GET().build(), HttpResponse.BodyHandlers.ofString());
            if (ready.statusCode() != 200) {
                summary.add(Kind.NOT_READY, "GET " + url, "after the run", ready.statusCode(), "GET " + url,
                        FuzzRequest.excerpt(ready.body(), 300));
            }
        } catch (IOException e) {
            summary.add(Kind.NOT_READY, "GET " + url, "after the run", 0, "GET " + url, e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
