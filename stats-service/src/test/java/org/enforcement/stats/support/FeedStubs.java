package org.enforcement.stats.support;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The event feeds of case-service ({@code /case/events}) and operation-service ({@code /operation/events}) stubbed
 * over real HTTP by one WireMock server. Unstubbed cursors answer an empty page.
 */
public class FeedStubs implements QuarkusTestResourceLifecycleManager {

    public static final String CASE = "case";
    public static final String OPERATION = "operation";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static WireMockServer server;

    @Override
    public Map<String, String> start() {
        server = new WireMockServer(wireMockConfig().dynamicPort());
        server.start();
        reset();
        return Map.of("quarkus.rest-client.case-service.url", server.baseUrl() + "/" + CASE,
                "quarkus.rest-client.operation-service.url", server.baseUrl() + "/" + OPERATION);
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
    }

    public static WireMockServer server() {
        return server;
    }

    /** Forgets every stub: both feeds answer empty pages. */
    public static void reset() {
        server.resetAll();
        for (String feed : List.of(CASE, OPERATION)) {
            server.stubFor(get(urlPathEqualTo("/" + feed + "/events")).atPriority(10)
                    .willReturn(json(200, Map.of("items", List.of(), "nextCursor", "0", "hasMore", false, "limit", 500))));
        }
    }

    /** {@code GET /{feed}/events?cursor={after}} answers these events (the last one's id is the next cursor). */
    public static void page(String feed, long after, List<Map<String, Object>> events, boolean hasMore) {
        page(feed, after, events, hasMore, null);
    }

    /** The same, with the source's newest event id as {@code head} (null: a source that does not report it). */
    public static void page(String feed, long after, List<Map<String, Object>> events, boolean hasMore, Long head) {
        long next = events.isEmpty() ? after : ((Number) events.get(events.size() - 1).get("id")).longValue();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("items", events);
        body.put("nextCursor", Long.toString(next));
        body.put("hasMore", hasMore);
        if (head != null) {
            body.put("head", head);
        }
        server.stubFor(get(urlPathEqualTo("/" + feed + "/events")).atPriority(1)
                .withQueryParam("cursor", equalTo(Long.toString(after)))
                .willReturn(json(200, body)));
        if (!events.isEmpty()) {
            // The source still holds the page's last event where it was: the re-read of the cursor's event.
            at(feed, events.get(events.size() - 1), head);
        }
    }

    /**
     * {@code GET /{feed}/events?cursor={id - 1}&limit=1}, the re-read of the event at a cursor, answers {@code event}
     * (null: no event there) with {@code head}.
     */
    public static void at(String feed, long position, Map<String, Object> event, Long head) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("items", event == null ? List.of() : List.of(event));
        body.put("nextCursor", String.valueOf(event == null ? position - 1 : event.get("id")));
        body.put("hasMore", false);
        if (head != null) {
            body.put("head", head);
        }
        server.stubFor(get(urlPathEqualTo("/" + feed + "/events")).atPriority(1)
                .withQueryParam("cursor", equalTo(Long.toString(position - 1)))
                .withQueryParam("limit", equalTo("1"))
                .willReturn(json(200, body)));
    }

    private static void at(String feed, Map<String, Object> event, Long head) {
        at(feed, ((Number) event.get("id")).longValue(), event, head);
    }

    /** Every read of the feed fails with {@code status}. */
    public static void failing(String feed, int status) {
        server.stubFor(get(urlPathEqualTo("/" + feed + "/events")).atPriority(1)
                .willReturn(aResponse().withStatus(status).withHeader("Content-Type", "application/problem+json")
                        .withBody("{\"status\": " + status + "}")));
    }

    /** An event as the feeds publish it. */
    public static Map<String, Object> event(long id, String type, String court, String occurredAt,
                                            Map<String, Object> payload) {
        return event(id, UUID.randomUUID(), type, court, occurredAt, payload);
    }

    public static Map<String, Object> event(long id, UUID eventId, String type, String court, String occurredAt,
                                            Map<String, Object> payload) {
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("id", id);
        event.put("eventId", eventId.toString());
        event.put("type", type);
        event.put("court", court);
        event.put("caseId", UUID.randomUUID().toString());
        event.put("aggregateType", "Case");
        event.put("aggregateId", UUID.randomUUID().toString());
        event.put("payload", payload);
        event.put("occurredAt", occurredAt);
        return event;
    }

    private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder json(int status, Object body) {
        try {
            return aResponse().withStatus(status).withHeader("Content-Type", "application/json")
                    .withBody(JSON.writeValueAsString(body));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
