package org.enforcement.cases.webhooks;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.enforcement.cases.support.CaseFixtures.inEnforcement;
import static org.enforcement.cases.support.CaseFixtures.pay;
import static org.enforcement.cases.support.CaseFixtures.registered;
import static org.enforcement.cases.support.CaseFixtures.zhangVQin;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BooleanSupplier;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.enforcement.cases.support.TestDatabase;
import org.enforcement.commons.webhooks.WebhookConfig;
import org.enforcement.commons.webhooks.WebhookDelivery;
import org.enforcement.commons.webhooks.WebhookService;
import org.enforcement.commons.webhooks.WebhookWorker;
import org.enforcement.testing.Court;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Webhooks (issue 16) against a WireMock receiver: signed as Standard Webhooks says (the HMAC recomputed here), the
 * body the feed's event, retried with back-off, disabled after persistent failure, replayed with the same
 * webhook-id, and sent once per subscription when two replicas' workers race. The scheduler is off in tests: each
 * test runs worker rounds itself.
 */
@QuarkusTest
@QuarkusTestResource(TestDatabase.class)
class WebhookTest {

    private static WireMockServer receiver;

    @Inject
    WebhookDelivery delivery;

    @Inject
    WebhookConfig config;

    @Inject
    WebhookService webhooks;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    ObjectMapper mapper;

    private final ObjectMapper json = new ObjectMapper()
            .enable(com.fasterxml.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    private String path;

    @BeforeAll
    static void startReceiver() {
        receiver = new WireMockServer(wireMockConfig().dynamicPort());
        receiver.start();
    }

    @AfterAll
    static void stopReceiver() {
        receiver.stop();
    }

    @BeforeEach
    void freshReceiver() throws Exception {
        receiver.resetAll();
        path = "/hooks/" + UUID.randomUUID();
        receiver.stubFor(post(urlEqualTo(path)).willReturn(aResponse().withStatus(204)));
        // Other tests' subscriptions (the fuzzer's, the authorization matrix's) must not be pushed to from here.
        try (var c = dataSource.getConnection(); var s = c.createStatement()) {
            s.executeUpdate("UPDATE webhook_subscription SET status = 'DELETED' WHERE status <> 'DELETED'");
        }
    }

    @Test
    void shouldPushTheCourtsEventsSignedWithTheBodyTheFeedServes() throws Exception {
        Court court = Court.fresh();
        Court other = Court.fresh();
        JsonPath created = create(court.integrator(), Map.of("url", url(), "description", "执行款对账"))
                .then().statusCode(201).header("Location", containsString("/api/webhooks/"))
                .body("secret", startsWith("whsec_")).body("status", equalTo("ACTIVE"))
                .body("url", equalTo(url())).extract().jsonPath();
        String id = created.getString("id");
        String secret = created.getString("secret");
        assertThat(Base64.getDecoder().decode(secret.substring("whsec_".length()))).hasSize(32);
        // The secret is shown once: never by a read.
        given().auth().oauth2(court.director()).get("/api/webhooks/" + id).then().statusCode(200)
                .body("$", not(hasKey("secret"))).body("description", equalTo("执行款对账"));
        given().auth().oauth2(court.integrator()).get("/api/webhooks").then().statusCode(200)
                .body("id", hasItem(id)).body("[0]", not(hasKey("secret")));

        String kase = inEnforcement(court);
        pay(court.clerk(), kase, UUID.randomUUID().toString(), Map.of("channel", "ON_SITE", "payer", "秦某某",
                "amount", 20000.00, "receivedOn", "2023-02-02", "reference", "现场履行")).then().statusCode(201);
        registered(other, zhangVQin());
        deliverUntil(() -> received().size() >= 3);
        runRounds(3);

        List<LoggedRequest> requests = receivedInFeedOrder();
        assertThat(requests).hasSize(3);
        JsonNode events = json.readTree(given().auth().oauth2(court.integrator()).queryParam("limit", 500)
                .get("/events").then().statusCode(200).extract().asString()).get("items");
        for (int i = 0; i < 3; i++) {
            LoggedRequest request = requests.get(i);
            String body = request.getBodyAsString();
            String webhookId = request.getHeader("webhook-id");
            long timestamp = Long.parseLong(request.getHeader("webhook-timestamp"));
            assertThat(request.getHeader("Content-Type")).startsWith("application/json");
            assertThat(request.getHeader("webhook-signature"))
                    .isEqualTo("v1," + hmac(secret, webhookId + "." + timestamp + "." + body));
            assertThat(Math.abs(Instant.now().getEpochSecond() - timestamp)).isLessThan(120);
            // The body is the feed's event, member for member; webhook-id is its eventId.
            JsonNode pushed = json.readTree(body);
            JsonNode inFeed = events.get(events.size() - 3 + i);
            assertThat(pushed.get("eventId").asText()).isEqualTo(webhookId);
            assertThat(pushed).isEqualTo(inFeed);
            assertThat(pushed.get("court").asText()).isEqualTo(court.code());
        }
        assertThat(requests).extracting(r -> json.readTree(r.getBodyAsString()).get("type").asText())
                .containsExactly("CaseFiled", "CaseEnforcementStarted", "PaymentRecorded");
        assertThat(json.readTree(requests.get(2).getBodyAsString()).at("/payload/amount").decimalValue())
                .isEqualByComparingTo("20000.00");

        JsonPath log = given().auth().oauth2(court.integrator()).get("/api/webhooks/" + id + "/deliveries")
                .then().statusCode(200).body("hasMore", equalTo(false)).extract().jsonPath();
        assertThat(log.getList("items.status", String.class)).containsOnly("DELIVERED").hasSize(3);
        assertThat(log.getList("items.attempts", Integer.class)).containsOnly(1);
        assertThat(log.getList("items.attemptLog.responseStatus.flatten()", Integer.class)).containsOnly(204);
        assertThat(log.getList("items.eventId", String.class))
                .containsExactlyElementsOf(requests.stream().map(r -> r.getHeader("webhook-id")).toList());
    }

    @Test
    void shouldPushOnlyTheChosenEventTypes() throws Exception {
        Court court = Court.fresh();
        create(court.integrator(), Map.of("url", url(), "eventTypes", List.of("PaymentRecorded")))
                .then().statusCode(201).body("eventTypes", equalTo(List.of("PaymentRecorded")));
        String kase = inEnforcement(court);
        pay(court.clerk(), kase, UUID.randomUUID().toString(), Map.of("channel", "ON_SITE", "payer", "秦某某",
                "amount", 100.00, "receivedOn", "2023-02-02", "reference", "现场履行")).then().statusCode(201);
        deliverUntil(() -> received().size() >= 1);
        runRounds(3);
        assertThat(received()).singleElement()
                .satisfies(r -> assertThat(r.getBodyAsString()).contains("\"type\":\"PaymentRecorded\""));
    }

    @Test
    void shouldRetryWithBackOffAndLogEveryAttempt() throws Exception {
        receiver.resetAll();
        String flaky = "flaky";
        receiver.stubFor(post(urlEqualTo(path)).inScenario(flaky).whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(500)).willSetStateTo("failed once"));
        receiver.stubFor(post(urlEqualTo(path)).inScenario(flaky).whenScenarioStateIs("failed once")
                .willReturn(aResponse().withStatus(500)).willSetStateTo("failed twice"));
        receiver.stubFor(post(urlEqualTo(path)).inScenario(flaky).whenScenarioStateIs("failed twice")
                .willReturn(aResponse().withStatus(200)));
        Court court = Court.fresh();
        String id = create(court.integrator(), Map.of("url", url(), "eventTypes", List.of("CaseFiled")))
                .then().statusCode(201).extract().path("id");
        registered(court, zhangVQin());

        deliverUntil(() -> received().size() >= 3);
        runRounds(3);
        List<LoggedRequest> requests = received();
        assertThat(requests).hasSize(3);
        assertThat(requests).extracting(r -> r.getHeader("webhook-id")).containsOnly(requests.get(0).getHeader("webhook-id"));
        assertThat(requests).extracting(LoggedRequest::getBodyAsString).containsOnly(requests.get(0).getBodyAsString());

        JsonPath log = given().auth().oauth2(court.integrator()).get("/api/webhooks/" + id + "/deliveries")
                .then().statusCode(200).extract().jsonPath();
        assertThat(log.getList("items")).hasSize(1);
        assertThat(log.getString("items[0].status")).isEqualTo("DELIVERED");
        assertThat(log.getInt("items[0].attempts")).isEqualTo(3);
        assertThat(log.getInt("items[0].lastStatus")).isEqualTo(200);
        assertThat(log.getList("items[0].attemptLog.responseStatus", Integer.class)).containsExactly(500, 500, 200);
        assertThat(log.getList("items[0].attemptLog.error", String.class)).containsExactly("HTTP 500", "HTTP 500", null);
        List<Instant> at = log.getList("items[0].attemptLog.attemptedAt", String.class).stream()
                .map(Instant::parse).toList();
        // Each retry waited at least the back-off of the schedule (50 ms in tests).
        assertThat(Duration.between(at.get(0), at.get(1))).isGreaterThanOrEqualTo(config.retrySchedule().get(0));
        assertThat(Duration.between(at.get(1), at.get(2))).isGreaterThanOrEqualTo(config.retrySchedule().get(1));
        given().auth().oauth2(court.integrator()).get("/api/webhooks/" + id).then()
                .body("status", equalTo("ACTIVE")).body("consecutiveFailures", equalTo(0));
    }

    @Test
    void shouldDisableAPersistentlyFailingWebhookAndResumeWhenEnabled() throws Exception {
        receiver.resetAll();
        receiver.stubFor(post(urlEqualTo(path)).willReturn(aResponse().withStatus(503)));
        Court court = Court.fresh();
        String id = create(court.integrator(), Map.of("url", url(), "eventTypes", List.of("CaseFiled")))
                .then().statusCode(201).extract().path("id");
        registered(court, zhangVQin());
        int attempts = config.retrySchedule().size() + 1;
        assertThat(config.disableAfterFailures()).isEqualTo(attempts);

        deliverUntil(() -> "DISABLED".equals(given().auth().oauth2(court.integrator()).get("/api/webhooks/" + id)
                .path("status")));
        given().auth().oauth2(court.integrator()).get("/api/webhooks/" + id).then().statusCode(200)
                .body("status", equalTo("DISABLED")).body("consecutiveFailures", equalTo(attempts))
                .body("disabledReason", equalTo(attempts + " consecutive failed attempts; the last: HTTP 503"));
        // Taken out of service by the system, once, on the record of the court.
        JsonPath audit = given().auth().oauth2(court.director()).get("/api/audit").then().statusCode(200)
                .extract().jsonPath();
        String ofWebhook = "items.findAll { it.resourceId == '" + id + "' }";
        assertThat(audit.getList(ofWebhook + ".action", String.class))
                .containsExactly("WEBHOOK_CREATED", "WEBHOOK_DISABLED");
        assertThat(audit.getString(ofWebhook + "[1].actor")).isEqualTo("system:webhook-delivery");
        assertThat(audit.getString(ofWebhook + "[1].detail"))
                .isEqualTo(attempts + " consecutive failed attempts; the last: HTTP 503");
        JsonPath log = given().auth().oauth2(court.integrator()).get("/api/webhooks/" + id + "/deliveries")
                .then().statusCode(200).extract().jsonPath();
        assertThat(log.getString("items[0].status")).isEqualTo("FAILED");
        assertThat(log.getList("items[0].attemptLog")).hasSize(attempts);
        long failedDelivery = log.getLong("items[0].id");
        String webhookId = log.getString("items[0].eventId");

        // Disabled: later events are not pushed.
        registered(court, zhangVQin());
        runRounds(3);
        assertThat(received()).hasSize(attempts);

        // The receiver is fixed; enabling resumes with what was missed, and the failed one is replayed by hand.
        receiver.resetAll();
        receiver.stubFor(post(urlEqualTo(path)).willReturn(aResponse().withStatus(200)));
        given().auth().oauth2(court.director()).post("/api/webhooks/" + id + "/enable").then().statusCode(200)
                .body("status", equalTo("ACTIVE")).body("consecutiveFailures", equalTo(0))
                .body("disabledReason", equalTo(null));
        given().auth().oauth2(court.integrator()).contentType(ContentType.JSON)
                .body(Map.of("deliveryId", failedDelivery)).post("/api/webhooks/" + id + "/replay").then()
                .statusCode(202).body("enqueued", equalTo(1));
        deliverUntil(() -> received().size() >= 2);
        runRounds(3);
        assertThat(received()).hasSize(2);
        assertThat(received()).extracting(r -> r.getHeader("webhook-id")).contains(webhookId);
        given().auth().oauth2(court.integrator()).get("/api/webhooks/" + id + "/deliveries").then()
                .body("items.status", equalTo(List.of("DELIVERED", "DELIVERED")))
                .body("items[0].attemptLog.size()", equalTo(attempts + 1));
    }

    @Test
    void shouldReplayEventsWithTheirOriginalWebhookIds() throws Exception {
        Court court = Court.fresh();
        String id = create(court.integrator(), Map.of("url", url())).then().statusCode(201).extract().path("id");
        inEnforcement(court);
        deliverUntil(() -> received().size() >= 2);
        List<String> first = receivedInFeedOrder().stream().map(r -> r.getHeader("webhook-id")).toList();
        List<String> bodies = receivedInFeedOrder().stream().map(LoggedRequest::getBodyAsString).toList();
        assertThat(first).hasSize(2);

        long before = json.readTree(bodies.get(0)).get("id").asLong() - 1;
        given().auth().oauth2(court.integrator()).contentType(ContentType.JSON).body(Map.of("afterEventId", before))
                .post("/api/webhooks/" + id + "/replay").then().statusCode(202)
                .body("enqueued", equalTo(2)).body("hasMore", equalTo(false))
                .body("lastEventId", equalTo((int) json.readTree(bodies.get(1)).get("id").asLong()));
        deliverUntil(() -> received().size() >= 4);
        runRounds(3);
        List<LoggedRequest> all = received();
        assertThat(all).hasSize(4);
        // Each event twice, the replay with the same webhook-id and body as the first time.
        assertThat(all).extracting(r -> r.getHeader("webhook-id"))
                .containsExactlyInAnyOrder(first.get(0), first.get(1), first.get(0), first.get(1));
        assertThat(all).extracting(LoggedRequest::getBodyAsString)
                .containsExactlyInAnyOrder(bodies.get(0), bodies.get(1), bodies.get(0), bodies.get(1));

        // Exactly one of the two ways; a delivery of another webhook does not exist here.
        given().auth().oauth2(court.integrator()).contentType(ContentType.JSON).body(Map.of())
                .post("/api/webhooks/" + id + "/replay").then().statusCode(400)
                .contentType("application/problem+json");
        given().auth().oauth2(court.integrator()).contentType(ContentType.JSON)
                .body(Map.of("afterEventId", 0, "deliveryId", 1)).post("/api/webhooks/" + id + "/replay").then()
                .statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(court.integrator()).contentType(ContentType.JSON)
                .body(Map.of("deliveryId", Long.MAX_VALUE)).post("/api/webhooks/" + id + "/replay").then()
                .statusCode(404).body("type", equalTo("/problems/webhook-delivery-not-found"));
    }

    @Test
    void shouldSendEachEventOnceWhileTwoReplicasRace() throws Exception {
        receiver.resetAll();
        receiver.stubFor(post(urlEqualTo(path)).willReturn(aResponse().withStatus(200).withFixedDelay(5)));
        Court court = Court.fresh();
        create(court.integrator(), Map.of("url", url(), "eventTypes", List.of("CaseFiled"))).then().statusCode(201);
        int cases = 40;
        for (int i = 0; i < cases / 2; i++) {
            registered(court, zhangVQin());
        }
        // Two replicas: this one's worker and a second over the same database, both taking small batches.
        WebhookConfig small = smallBatches(config);
        List<WebhookWorker> workers = List.of(
                new WebhookWorker(dataSource, small, mapper, Clock.systemUTC(), webhooks::disableAfterFailures),
                new WebhookWorker(dataSource, small, mapper, Clock.systemUTC(), webhooks::disableAfterFailures));
        CountDownLatch start = new CountDownLatch(1);
        List<Integer> attempts = Collections.synchronizedList(new ArrayList<>());
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (WebhookWorker worker : workers) {
                running.add(threads.submit(() -> {
                    start.await();
                    long until = System.nanoTime() + Duration.ofSeconds(20).toNanos();
                    while (received().size() < cases && System.nanoTime() < until) {
                        attempts.add(worker.runOnce());
                        Thread.sleep(5);
                    }
                    return null;
                }));
            }
            start.countDown();
            // More events while they run: enqueueing races too.
            for (int i = 0; i < cases / 2; i++) {
                registered(court, zhangVQin());
            }
            for (Future<?> f : running) {
                f.get();
            }
        } finally {
            threads.shutdownNow();
        }
        for (WebhookWorker worker : workers) {
            worker.runOnce();
        }

        List<String> ids = received().stream().map(r -> r.getHeader("webhook-id")).toList();
        assertThat(ids).hasSize(cases);
        assertThat(new HashSet<>(ids)).hasSize(cases);
        assertThat(attempts.stream().mapToInt(Integer::intValue).sum()).isEqualTo(cases);
    }

    @Test
    void shouldRefuseUrlsIntoTheCourtNetworkAndUnknownEventTypes() {
        Court court = Court.fresh();
        for (String url : List.of("https://169.254.169.254/latest/meta-data", "https://127.0.0.1/hook",
                "https://10.0.0.8/hook", "https://[::1]/hook", "https://case-service/hook",
                "https://user:secret@hooks.example.org/hook", "https://hooks.example.org/hook#x",
                "file:///etc/passwd", "hooks.example.org/hook", "https://0x7f000001/hook")) {
            create(court.integrator(), Map.of("url", url)).then().statusCode(400)
                    .contentType("application/problem+json").body("errors[0].field", equalTo("url"));
        }
        create(court.integrator(), Map.of("url", url(), "eventTypes", List.of("CaseFiled", "CaseStolen")))
                .then().statusCode(400).body("errors[0].field", equalTo("eventTypes"));
        create(court.integrator(), Map.of("eventTypes", List.of())).then().statusCode(400)
                .contentType("application/problem+json");
        // Nothing was stored by any of them.
        given().auth().oauth2(court.integrator()).get("/api/webhooks").then().statusCode(200)
                .body("size()", equalTo(0));
    }

    @Test
    void shouldLetOnlyTheCourtsIntegratorsAndDirectorManageItsWebhooks() throws Exception {
        Court court = Court.fresh();
        Court other = Court.fresh();
        String id = create(court.director(), Map.of("url", url())).then().statusCode(201).extract().path("id");
        for (String token : List.of(court.observer(), court.clerk(), court.judge(), court.officer())) {
            create(token, Map.of("url", url())).then().statusCode(403);
            given().auth().oauth2(token).get("/api/webhooks").then().statusCode(403);
            given().auth().oauth2(token).get("/api/webhooks/" + id).then().statusCode(403);
        }
        given().get("/api/webhooks").then().statusCode(401);
        // Another court's integrator: the webhook does not exist for it, and it cannot change it.
        given().auth().oauth2(other.integrator()).get("/api/webhooks").then().statusCode(200)
                .body("id", not(hasItem(id)));
        given().auth().oauth2(other.integrator()).get("/api/webhooks/" + id).then().statusCode(404)
                .body("type", equalTo("/problems/webhook-not-found"));
        given().auth().oauth2(other.director()).post("/api/webhooks/" + id + "/disable").then().statusCode(404);
        given().auth().oauth2(other.director()).delete("/api/webhooks/" + id).then().statusCode(404);
        given().auth().oauth2(other.integrator()).get("/api/webhooks/" + id + "/deliveries").then().statusCode(404);
        given().auth().oauth2(court.integrator()).get("/api/webhooks/" + id).then().statusCode(200)
                .body("status", equalTo("ACTIVE"));

        // Disabled by a person, then deleted: nothing is pushed to it any more.
        given().auth().oauth2(court.integrator()).post("/api/webhooks/" + id + "/disable").then().statusCode(200)
                .body("status", equalTo("DISABLED")).body("disabledReason", equalTo("Disabled by system.integration"));
        given().auth().oauth2(court.director()).delete("/api/webhooks/" + id).then().statusCode(204);
        given().auth().oauth2(court.director()).delete("/api/webhooks/" + id).then().statusCode(204);
        given().auth().oauth2(court.director()).get("/api/webhooks/" + id).then().statusCode(404);
        given().auth().oauth2(court.director()).post("/api/webhooks/" + id + "/enable").then().statusCode(404);
        registered(court, zhangVQin());
        runRounds(3);
        assertThat(received()).isEmpty();
        // Each change is in the audit trail.
        assertThat(given().auth().oauth2(court.director()).queryParam("limit", 100).get("/api/audit").then()
                .statusCode(200).extract().jsonPath().getList("items.findAll { it.resourceId == '" + id
                        + "' }.action", String.class))
                .containsExactly("WEBHOOK_CREATED", "WEBHOOK_DISABLED", "WEBHOOK_DELETED");
    }

    private String url() {
        return "http://localhost:" + receiver.port() + path;
    }

    private static io.restassured.response.Response create(String token, Map<String, Object> body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body).post("/api/webhooks");
    }

    private List<LoggedRequest> received() {
        return receiver.findAll(postRequestedFor(urlEqualTo(path)));
    }

    /** What was received, in feed order (a round sends in parallel, so arrival order is not feed order). */
    private List<LoggedRequest> receivedInFeedOrder() {
        List<LoggedRequest> requests = new ArrayList<>(received());
        requests.sort(java.util.Comparator.comparingLong(r -> feedPosition(r)));
        return requests;
    }

    private long feedPosition(LoggedRequest request) {
        try {
            return json.readTree(request.getBodyAsString()).get("id").asLong();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Worker rounds until {@code done}, as the scheduler would run them (it is off in tests). */
    private void deliverUntil(BooleanSupplier done) throws Exception {
        long until = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (!done.getAsBoolean()) {
            assertThat(System.nanoTime()).as("delivered in time").isLessThan(until);
            delivery.worker().runOnce();
            Thread.sleep(20);
        }
    }

    /** A few more rounds, to show nothing else would be sent. */
    private void runRounds(int rounds) throws Exception {
        for (int i = 0; i < rounds; i++) {
            Thread.sleep(60);
            delivery.worker().runOnce();
        }
    }

    private static String hmac(String secret, String content) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(Base64.getDecoder().decode(secret.substring("whsec_".length())), "HmacSHA256"));
        return Base64.getEncoder().encodeToString(mac.doFinal(content.getBytes(StandardCharsets.UTF_8)));
    }

    /** The service's settings with batches of 3, so two workers take turns over many rounds. */
    private static WebhookConfig smallBatches(WebhookConfig config) {
        return (WebhookConfig) java.lang.reflect.Proxy.newProxyInstance(WebhookConfig.class.getClassLoader(),
                new Class<?>[] {WebhookConfig.class}, (proxy, method, args) ->
                        method.getName().equals("batchSize") ? 3 : method.invoke(config, args));
    }
}
