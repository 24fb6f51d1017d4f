package org.enforcement.stats.benchmark;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.QueryParameter;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Two large event feeds over real HTTP (one WireMock server), generated page by page from the event's position, so
 * nothing is held in memory and a replay reads exactly the same events (same ids, same payloads). The case feed
 * carries 3/4 of {@code ingestion.benchmark.events} (default 200,000): cases filed, payments recorded and reversed,
 * cases concluded, settlements; the operation feed the rest: operations closed, target outcomes (paid on site...),
 * live streams. Both spread over {@link #COURTS} courts, 20 campaigns (about a third of the events) and the 1096
 * days of 2022..2024. {@link #expected()} adds up what the statistics must show, from the same generator.
 *
 * <p>Used only through {@link IngestionBenchmark.Feeds} (a test profile without the global test resources): an
 * {@code @QuarkusTestResource} annotation would make it global and point every test's feed clients here.
 */
public class SyntheticFeeds implements QuarkusTestResourceLifecycleManager {

    public static final String CASE = "case";
    public static final String OPERATION = "operation";
    static final int EVENTS = Integer.getInteger("ingestion.benchmark.events", 200_000);
    static final int COURTS = 300;
    static final int CAMPAIGNS = 20;
    static final LocalDate FIRST = LocalDate.parse("2022-01-01");
    static final int DAYS = 1096;
    static final String[] CONCLUSIONS = {"FULLY_PERFORMED", "SETTLEMENT_PERFORMED", "TERMINATED_THIS_ROUND",
        "TERMINATED"};
    static final String[] PLATFORMS = {"DOUYIN", "KUAISHOU", "WEIBO", "BILIBILI"};
    private static final ObjectMapper JSON = new ObjectMapper();

    private static WireMockServer server;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    /** CPU time the server's threads spent generating and serialising pages (its cost within the JVM). */
    private static final AtomicLong GENERATION_NANOS = new AtomicLong();

    static long generationNanos() {
        return GENERATION_NANOS.get();
    }

    public static long size(String feed) {
        return CASE.equals(feed) ? EVENTS - EVENTS / 4 : EVENTS / 4;
    }

    @Override
    public Map<String, String> start() {
        // No request journal: it would keep every request served (hundreds of pages of a large feed) for nothing.
        server = new WireMockServer(wireMockConfig().dynamicPort().containerThreads(8).disableRequestJournal()
                .extensions(new PageGenerator()));
        server.start();
        server.stubFor(get(urlPathMatching("/(case|operation)/events")).willReturn(aResponse().withStatus(200)));
        return Map.of("quarkus.rest-client.case-service.url", server.baseUrl() + "/" + CASE,
                "quarkus.rest-client.operation-service.url", server.baseUrl() + "/" + OPERATION);
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
    }

    /** Answers {@code GET /{feed}/events?cursor=&limit=} with the generated events after the cursor. */
    static final class PageGenerator implements ResponseDefinitionTransformerV2 {

        @Override
        public ResponseDefinition transform(ServeEvent serveEvent) {
            long cpu = THREADS.getCurrentThreadCpuTime();
            try {
                return generate(serveEvent);
            } finally {
                GENERATION_NANOS.addAndGet(THREADS.getCurrentThreadCpuTime() - cpu);
            }
        }

        private static ResponseDefinition generate(ServeEvent serveEvent) {
            Request request = serveEvent.getRequest();
            String feed = request.getUrl().startsWith("/" + CASE + "/") ? CASE : OPERATION;
            long after = Long.parseLong(param(request, "cursor", "0"));
            int limit = Integer.parseInt(param(request, "limit", "200"));
            long last = Math.min(size(feed), after + limit);
            List<Map<String, Object>> events = new ArrayList<>();
            for (long id = after + 1; id <= last; id++) {
                events.add(event(feed, id));
            }
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("items", events);
            body.put("nextCursor", Long.toString(Math.max(after, last)));
            body.put("hasMore", last < size(feed));
            body.put("head", size(feed));
            try {
                return ResponseDefinitionBuilder.like(serveEvent.getResponseDefinition()).withStatus(200)
                        .withHeader("Content-Type", "application/json").withBody(JSON.writeValueAsBytes(body))
                        .build();
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        public String getName() {
            return "synthetic-feed-pages";
        }

        private static String param(Request request, String name, String fallback) {
            QueryParameter value = request.queryParameter(name);
            return value == null || !value.isPresent() ? fallback : value.firstValue();
        }
    }

    /** The event at a position of a feed; the same every time it is asked for. */
    static Map<String, Object> event(String feed, long id) {
        SplittableRandom random = new SplittableRandom(id * 0x9E3779B97F4A7C15L + (CASE.equals(feed) ? 17 : 29));
        String court = "苏" + (2000 + random.nextInt(COURTS));
        String day = FIRST.plusDays(random.nextInt(DAYS)).toString();
        String campaign = random.nextInt(3) == 0 ? "IB-" + (1 + random.nextInt(CAMPAIGNS)) : null;
        Map<String, Object> payload = new LinkedHashMap<>();
        if (campaign != null) {
            payload.put("campaignCode", campaign);
        }
        String type;
        int roll = random.nextInt(100);
        if (CASE.equals(feed)) {
            if (roll < 30) {
                type = "CaseFiled";
                payload.put("filedOn", day);
                payload.put("owed", cents(random, 10_000_000));
            } else if (roll < 65) {
                type = "PaymentRecorded";
                payload.put("receivedOn", day);
                payload.put("amount", cents(random, 2_000_000));
            } else if (roll < 70) {
                type = "PaymentReversed";
                payload.put("receivedOn", day);
                payload.put("amount", cents(random, 200_000).negate());
            } else if (roll < 90) {
                type = "CaseConcluded";
                payload.put("concludedOn", day);
                payload.put("conclusionType", CONCLUSIONS[random.nextInt(CONCLUSIONS.length)]);
                payload.put("daysToConclude", 1 + random.nextInt(400));
            } else {
                type = "SettlementSigned";
                payload.put("signedOn", day);
                payload.put("total", cents(random, 5_000_000));
            }
        } else {
            if (roll < 20) {
                type = "OperationClosed";
                payload.put("date", day);
                payload.put("officersDeployed", 5 + random.nextInt(60));
                payload.put("targets", 1 + random.nextInt(30));
                payload.put("witnesses", random.nextInt(10));
            } else if (roll < 90) {
                type = "TargetOutcome";
                payload.put("occurredAt", day + "T02:00:00Z");
                String[] outcomes = {"DEBTOR_FOUND", "SUMMONED", "DETAINED", "PAID_ON_SITE", "SETTLEMENT_REACHED"};
                String outcome = outcomes[random.nextInt(outcomes.length)];
                payload.put("type", outcome);
                if ("PAID_ON_SITE".equals(outcome)) {
                    payload.put("amount", cents(random, 500_000));
                }
            } else {
                type = "StreamEnded";
                payload.put("endedAt", day + "T12:00:00Z");
                int platforms = 1 + random.nextInt(PLATFORMS.length);
                payload.put("platformCount", platforms);
                long viewers = 0;
                Map<String, Object> byPlatform = new LinkedHashMap<>();
                for (int p = 0; p < platforms; p++) {
                    long v = 1000 + random.nextInt(200_000);
                    byPlatform.put(PLATFORMS[p], v);
                    viewers += v;
                }
                payload.put("viewersByPlatform", byPlatform);
                payload.put("cumulativeViewersTotal", viewers);
            }
        }
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("id", id);
        event.put("eventId", new UUID(CASE.equals(feed) ? 0x5717_0001L : 0x5717_0002L, id).toString());
        event.put("type", type);
        event.put("court", court);
        event.put("caseId", null);
        event.put("aggregateType", CASE.equals(feed) ? "Case" : "Operation");
        event.put("aggregateId", null);
        event.put("payload", payload);
        event.put("occurredAt", day + "T04:00:00Z");
        return event;
    }

    private static BigDecimal cents(SplittableRandom random, int maxYuan) {
        return BigDecimal.valueOf(random.nextLong(1, maxYuan * 100L), 2);
    }

    /** What the generated feeds add up to: per campaign ("" for all) and metric, over every court and day. */
    static Map<String, Map<String, BigDecimal>> expected() {
        Map<String, Map<String, BigDecimal>> totals = new HashMap<>();
        for (String feed : List.of(CASE, OPERATION)) {
            for (long id = 1; id <= size(feed); id++) {
                Map<String, Object> event = event(feed, id);
                @SuppressWarnings("unchecked")
                Map<String, Object> p = (Map<String, Object>) event.get("payload");
                String campaign = (String) p.get("campaignCode");
                Map<String, BigDecimal> deltas = new HashMap<>();
                switch ((String) event.get("type")) {
                    case "CaseFiled" -> {
                        deltas.put("cases_filed", BigDecimal.ONE);
                        deltas.put("owed_filed", (BigDecimal) p.get("owed"));
                    }
                    case "PaymentRecorded" -> deltas.put("collected", (BigDecimal) p.get("amount"));
                    case "PaymentReversed" -> deltas.put("collected", ((BigDecimal) p.get("amount")).abs().negate());
                    case "CaseConcluded" -> deltas.put("cases_concluded", BigDecimal.ONE);
                    case "SettlementSigned" -> deltas.put("settled_total", (BigDecimal) p.get("total"));
                    case "OperationClosed" -> deltas.put("officers_deployed",
                            BigDecimal.valueOf(((Number) p.get("officersDeployed")).longValue()));
                    case "TargetOutcome" -> {
                        if ("PAID_ON_SITE".equals(p.get("type"))) {
                            deltas.put("collected_on_site", (BigDecimal) p.get("amount"));
                        }
                    }
                    case "StreamEnded" -> deltas.put("viewers",
                            BigDecimal.valueOf(((Number) p.get("cumulativeViewersTotal")).longValue()));
                    default -> throw new IllegalStateException();
                }
                for (String key : campaign == null ? List.of("") : List.of("", campaign)) {
                    Map<String, BigDecimal> sums = totals.computeIfAbsent(key, k -> new HashMap<>());
                    deltas.forEach((metric, value) -> sums.merge(metric, value, BigDecimal::add));
                }
            }
        }
        return totals;
    }
}
