package org.enforcement.operations.deliveries;

import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.enforcement.operations.deliveries.DeliveryFixtures.answer;
import static org.enforcement.operations.deliveries.DeliveryFixtures.body;
import static org.enforcement.operations.deliveries.DeliveryFixtures.caseWithRespondent;
import static org.enforcement.operations.deliveries.DeliveryFixtures.claims;
import static org.enforcement.operations.deliveries.DeliveryFixtures.created;
import static org.enforcement.operations.deliveries.DeliveryFixtures.deliveryOf;
import static org.enforcement.operations.deliveries.DeliveryFixtures.key;
import static org.enforcement.operations.deliveries.DeliveryFixtures.makeDue;
import static org.enforcement.operations.deliveries.DeliveryFixtures.measures;
import static org.enforcement.operations.deliveries.DeliveryFixtures.payments;
import static org.enforcement.operations.deliveries.DeliveryFixtures.problem;
import static org.enforcement.operations.deliveries.DeliveryFixtures.sent;
import static org.enforcement.operations.deliveries.DeliveryFixtures.settlements;
import static org.enforcement.operations.deliveries.DeliveryFixtures.successes;
import static org.enforcement.operations.support.CaseServiceStub.server;
import static org.enforcement.operations.timeline.TimelineFixtures.appended;
import static org.enforcement.operations.timeline.TimelineFixtures.at;
import static org.enforcement.operations.timeline.TimelineFixtures.entry;
import static org.enforcement.operations.timeline.TimelineFixtures.paid;
import static org.enforcement.operations.timeline.TimelineFixtures.target;
import static org.enforcement.operations.timeline.TimelineFixtures.underway;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.enforcement.operations.support.CaseServiceStub;
import org.enforcement.commons.security.Caller;
import org.enforcement.testing.Court;
import org.enforcement.testing.Tokens;
import org.enforcement.operations.support.TestDatabase;
import org.enforcement.operations.timeline.TimelineFixtures.TargetRef;
import org.junit.jupiter.api.Test;

/**
 * Outcomes of the timeline reach case-service (stubbed over real HTTP by WireMock) exactly once, whatever
 * case-service does meanwhile.
 */
@QuarkusTest
@QuarkusTestResource(TestDatabase.class)
@QuarkusTestResource(CaseServiceStub.class)
class DeliveryResourceTest {

    @Inject
    DeliveryPoller poller;

    @Inject
    EntityManager em;

    @Test
    void shouldDeliverAnOnSitePaymentWithServiceTokenAndIdempotencyKey() {
        Court court = Court.fresh();
        String op = underway(court);
        TargetRef qin = target(court, op, "秦某某");
        String entry = appended(court.officer(), op, entry("PAID_ON_SITE", qin.id(), at("07:10"),
                paid("20000", "秦某某")));
        String key = key(entry);
        answer(payments(qin.caseId()), key, created(payments(qin.caseId())));

        Map<String, Object> pending = deliveryOf(court, op, entry);
        assertThat(pending).containsEntry("status", "PENDING").containsEntry("kind", "PAYMENT")
                .containsEntry("idempotencyKey", key).containsEntry("attempts", 0)
                .containsEntry("caseNumber", qin.caseNumber());

        assertThat(poller.pollOnce(court.code())).isEqualTo(1);

        List<LoggedRequest> requests = sent(payments(qin.caseId()), key);
        assertThat(requests).hasSize(1);
        LoggedRequest request = requests.get(0);
        assertThat(request.getHeader("Content-Type")).startsWith("application/json");
        Map<String, Object> body = body(request);
        assertThat(body).containsEntry("channel", "ON_SITE").containsEntry("payer", "秦某某")
                .containsEntry("receivedOn", "2023-02-02");
        assertThat((BigDecimal) body.get("amount")).isEqualByComparingTo("20000.00");
        assertThat((String) body.get("reference")).contains(entry);
        // operation-service's service-account token from the provider (client credentials), acting for the court.
        Map<String, Object> claims = claims(request);
        assertThat(claims).containsEntry("court", "*").containsEntry("client_id", "operation-service")
                .containsEntry("iss", Tokens.issuer());
        assertThat(claims.get("groups")).isEqualTo(List.of("integrator"));
        assertThat(request.getHeader("X-Acting-Court")).isEqualTo(Caller.actingCourtHeader(court.code()));
        long lifetime = ((Number) claims.get("exp")).longValue() - ((Number) claims.get("iat")).longValue();
        assertThat(lifetime).isPositive().isLessThanOrEqualTo(300);
        assertThat(((Number) claims.get("exp")).longValue()).isGreaterThan(Instant.now().getEpochSecond());

        Map<String, Object> delivered = deliveryOf(court, op, entry);
        assertThat(delivered).containsEntry("status", "DELIVERED").containsEntry("attempts", 1)
                .containsEntry("responseStatus", 201);
        assertThat((String) delivered.get("responseLocation")).startsWith(payments(qin.caseId()) + "/");
        assertThat(delivered.get("deliveredAt")).isNotNull();
        given().auth().oauth2(court.observer()).queryParam("status", "DELIVERED").get("/api/deliveries").then()
                .statusCode(200)
                .body("entryId", hasItem(entry))
                .body("find { it.entryId == '" + entry + "' }.request", equalTo(null));

        // Delivered once: later passes send nothing.
        assertThat(poller.pollOnce(court.code())).isZero();
        assertThat(sent(payments(qin.caseId()), key)).hasSize(1);
    }

    @Test
    void shouldRetryAfterA500AndDeliverOnce() {
        Court court = Court.fresh();
        String op = underway(court);
        TargetRef qin = target(court, op, "秦某某");
        String entry = appended(court.officer(), op, entry("PAID_ON_SITE", qin.id(), at("07:10"),
                paid("20000.00", "秦某某")));
        String key = key(entry);
        String scenario = "500-then-201 " + key;
        server().stubFor(post(urlEqualTo(payments(qin.caseId())))
                .withHeader("Idempotency-Key", com.github.tomakehurst.wiremock.client.WireMock.equalTo(key))
                .inScenario(scenario).whenScenarioStateIs(STARTED)
                .willReturn(problem(500, "internal", "database restarting")).willSetStateTo("up"));
        server().stubFor(post(urlEqualTo(payments(qin.caseId())))
                .withHeader("Idempotency-Key", com.github.tomakehurst.wiremock.client.WireMock.equalTo(key))
                .inScenario(scenario).whenScenarioStateIs("up")
                .willReturn(created(payments(qin.caseId()))));

        poller.pollOnce(court.code());
        Map<String, Object> retrying = deliveryOf(court, op, entry);
        assertThat(retrying).containsEntry("status", "PENDING").containsEntry("attempts", 1)
                .containsEntry("lastStatus", 500);
        assertThat((String) retrying.get("lastError")).contains("database restarting");
        Instant next = Instant.parse((String) retrying.get("nextAttemptAt"));
        assertThat(next).isAfter(Instant.parse((String) retrying.get("lastAttemptAt")));
        // Not due yet: the back-off holds it.
        assertThat(poller.pollOnce(court.code())).isZero();

        makeDue(em, (String) retrying.get("id"));
        poller.pollOnce(court.code());
        Map<String, Object> delivered = deliveryOf(court, op, entry);
        assertThat(delivered).containsEntry("status", "DELIVERED").containsEntry("attempts", 2);
        assertThat(sent(payments(qin.caseId()), key)).hasSize(2);
        assertThat(successes(key)).isEqualTo(1);
    }

    @Test
    void shouldRetryAfterATimeoutAndLetCaseServiceDeduplicate() {
        Court court = Court.fresh();
        String op = underway(court);
        TargetRef qin = target(court, op, "秦某某");
        String entry = appended(court.officer(), op, entry("PAID_ON_SITE", qin.id(), at("07:10"),
                paid("20000.00", "秦某某")));
        String key = key(entry);
        String scenario = "slow-then-replay " + key;
        // case-service records the payment but answers after our read timeout (5 s)…
        server().stubFor(post(urlEqualTo(payments(qin.caseId())))
                .withHeader("Idempotency-Key", com.github.tomakehurst.wiremock.client.WireMock.equalTo(key))
                .inScenario(scenario).whenScenarioStateIs(STARTED)
                .willReturn(created(payments(qin.caseId())).withFixedDelay(6500)).willSetStateTo("recorded"));
        // …then, asked again with the same key, replays its first answer.
        server().stubFor(post(urlEqualTo(payments(qin.caseId())))
                .withHeader("Idempotency-Key", com.github.tomakehurst.wiremock.client.WireMock.equalTo(key))
                .inScenario(scenario).whenScenarioStateIs("recorded")
                .willReturn(created(payments(qin.caseId())).withHeader("Idempotent-Replayed", "true")));

        poller.pollOnce(court.code());
        Map<String, Object> retrying = deliveryOf(court, op, entry);
        assertThat(retrying).containsEntry("status", "PENDING").containsEntry("attempts", 1);
        assertThat(retrying.get("lastStatus")).isNull();
        assertThat((String) retrying.get("lastError")).contains("not reached");

        makeDue(em, (String) retrying.get("id"));
        poller.pollOnce(court.code());
        Map<String, Object> delivered = deliveryOf(court, op, entry);
        assertThat(delivered).containsEntry("status", "DELIVERED").containsEntry("attempts", 2);
        assertThat((String) delivered.get("responseSummary")).contains("replayed");
        assertThat(sent(payments(qin.caseId()), key)).hasSize(2);
        assertThat(successes(key)).isEqualTo(1);
    }

    @Test
    void shouldFailOn422ShowItToOperatorsAndSendItAgainOnRequest() {
        Court court = Court.fresh();
        String op = underway(court);
        TargetRef qin = target(court, op, "秦某某");
        String entry = appended(court.officer(), op, entry("PAID_ON_SITE", qin.id(), at("07:10"),
                paid("90000.00", "秦某某")));
        String key = key(entry);
        answer(payments(qin.caseId()), key, problem(422, "overpayment",
                "Case has 53300.00 yuan outstanding (reference 申请人电话13912345678)"));

        poller.pollOnce(court.code());
        Map<String, Object> failed = deliveryOf(court, op, entry);
        String id = (String) failed.get("id");
        assertThat(failed).containsEntry("status", "FAILED").containsEntry("lastStatus", 422)
                .containsEntry("attempts", 1);
        given().auth().oauth2(court.judge()).queryParam("status", "FAILED").get("/api/deliveries").then()
                .statusCode(200)
                .body("id", hasItem(id))
                .body("find { it.id == '" + id + "' }.problem.type", equalTo("/problems/overpayment"))
                .body("find { it.id == '" + id + "' }.problem.detail", containsString("53300.00"))
                .body("find { it.id == '" + id + "' }.problem.detail", containsString("13912345678"))
                .body("find { it.id == '" + id + "' }.request.payer", equalTo("秦某某"));
        // An observer reads no request body and case-service's answer scrubbed.
        given().auth().oauth2(court.observer()).queryParam("status", "FAILED").get("/api/deliveries").then()
                .statusCode(200)
                .body("find { it.id == '" + id + "' }.problem.detail", containsString("53300.00"))
                .body("find { it.id == '" + id + "' }.problem.detail", not(containsString("13912345678")))
                .body("find { it.id == '" + id + "' }.lastError", not(containsString("13912345678")))
                .body("find { it.id == '" + id + "' }.request", equalTo(null));
        given().auth().oauth2(court.judge()).queryParam("status", "PENDING").get("/api/deliveries").then()
                .statusCode(200)
                .body("id", not(hasItem(id)));
        // FAILED is final for the poller.
        makeDue(em, id);
        assertThat(poller.pollOnce(court.code())).isZero();

        given().auth().oauth2(court.judge()).post("/api/deliveries/" + id + "/retry").then().statusCode(403);
        given().auth().oauth2(court.observer()).post("/api/deliveries/" + id + "/retry").then().statusCode(403);
        given().auth().oauth2(Court.fresh().director()).post("/api/deliveries/" + id + "/retry").then()
                .statusCode(404);
        answer(payments(qin.caseId()), key, created(payments(qin.caseId())));
        given().auth().oauth2(court.director()).post("/api/deliveries/" + id + "/retry").then()
                .statusCode(200)
                .body("status", equalTo("PENDING"));
        given().auth().oauth2(court.director()).post("/api/deliveries/" + id + "/retry").then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/delivery-not-failed"));
        poller.pollOnce(court.code());
        assertThat(deliveryOf(court, op, entry)).containsEntry("status", "DELIVERED").containsEntry("attempts", 2);
        assertThat(sent(payments(qin.caseId()), key)).hasSize(2);
        assertThat(successes(key)).isEqualTo(1);
    }

    @Test
    void shouldKeepRetryingOn409And429() {
        Court court = Court.fresh();
        String op = underway(court);
        TargetRef qin = target(court, op, "秦某某");
        String entry = appended(court.officer(), op, entry("PAID_ON_SITE", qin.id(), at("07:10"),
                paid("100.00", "秦某某")));
        String key = key(entry);
        answer(payments(qin.caseId()), key, problem(409, "idempotency-key-in-flight", "Request in progress"));
        poller.pollOnce(court.code());
        Map<String, Object> first = deliveryOf(court, op, entry);
        assertThat(first).containsEntry("status", "PENDING").containsEntry("lastStatus", 409);
        answer(payments(qin.caseId()), key, problem(429, "too-many-requests", "Slow down"));
        makeDue(em, (String) first.get("id"));
        poller.pollOnce(court.code());
        assertThat(deliveryOf(court, op, entry)).containsEntry("status", "PENDING").containsEntry("lastStatus", 429)
                .containsEntry("attempts", 2);
    }

    @Test
    void shouldFailForGoodOnAConflictThatWillNotClear() {
        Court court = Court.fresh();
        String op = underway(court);
        TargetRef qin = target(court, op, "秦某某");
        String entry = appended(court.officer(), op, entry("PAID_ON_SITE", qin.id(), at("07:20"),
                paid("100.00", "秦某某")));
        answer(payments(qin.caseId()), key(entry), problem(409, "case-concluded", "Case concluded"));
        poller.pollOnce(court.code());
        assertThat(deliveryOf(court, op, entry)).containsEntry("status", "FAILED").containsEntry("lastStatus", 409);
    }

    @Test
    void shouldRecordSummonsDetentionSettlementAndHandOverAsFieldDecisions() {
        Court court = Court.fresh();
        String op = underway(court);
        TargetRef qin = target(court, op, "秦某某");
        UUID respondent = UUID.randomUUID();
        caseWithRespondent(qin.caseId(), court.code(), respondent);
        String summoned = appended(court.officer(), op, entry("SUMMONED", qin.id(), at("06:05"),
                Map.of("durationHours", 8, "note", "拒绝报告财产且拒不到场")));
        String detained = appended(court.judge(), op, entry("DETAINED", qin.id(), at("06:30"),
                Map.of("detentionDays", 15)));
        String settled = appended(court.judge(), op, entry("SETTLEMENT_REACHED", qin.id(), at("08:00"),
                Map.of("total", 33300, "terms", "分两期履行", "installments",
                        List.of(Map.of("dueOn", "2023-03-20", "amount", 13325),
                                Map.of("dueOn", "2023-05-20", "amount", 19975)))));
        String handedOver = appended(court.officer(), op, entry("HANDED_OVER", qin.id(), at("09:00"),
                Map.of("item", "承包地12亩及地上设备")));
        for (String e : List.of(summoned, detained, handedOver)) {
            answer(measures(qin.caseId()), key(e), created(measures(qin.caseId())));
        }
        answer(settlements(qin.caseId()), key(settled), created(settlements(qin.caseId())));

        assertThat(poller.pollOnce(court.code())).isEqualTo(4);

        Map<String, Object> summons = body(sent(measures(qin.caseId()), key(summoned)).get(0));
        assertThat(summons).containsEntry("type", "SUMMONS").containsEntry("respondentId", respondent.toString())
                .containsEntry("durationHours", 8).containsEntry("complex", false)
                .containsEntry("reason", "拒绝报告财产且拒不到场");
        @SuppressWarnings("unchecked")
        Map<String, Object> decision = (Map<String, Object>) summons.get("fieldDecision");
        assertThat(decision).containsEntry("decidedBy", "officer.zhao")
                .containsEntry("decidedAt", "2023-02-01T22:05:00Z");
        assertThat((String) decision.get("reference")).contains(summoned).contains(op);
        assertThat(body(sent(measures(qin.caseId()), key(detained)).get(0))).containsEntry("type", "DETENTION")
                .containsEntry("detentionDays", 15).containsEntry("respondentId", respondent.toString());
        Map<String, Object> handover = body(sent(measures(qin.caseId()), key(handedOver)).get(0));
        assertThat(handover).containsEntry("type", "HANDOVER").containsEntry("property", "承包地12亩及地上设备")
                .doesNotContainKey("respondentId");
        Map<String, Object> settlement = body(sent(settlements(qin.caseId()), key(settled)).get(0));
        assertThat(settlement).containsEntry("signedOn", "2023-02-02").containsEntry("terms", "分两期履行");
        assertThat((BigDecimal) settlement.get("total")).isEqualByComparingTo("33300");
        assertThat((List<?>) settlement.get("installments")).hasSize(2);
        for (String e : List.of(summoned, detained, settled, handedOver)) {
            assertThat(deliveryOf(court, op, e)).containsEntry("status", "DELIVERED");
        }
        // The respondent looked up once is kept, so a retry would send the very same body.
        given().auth().oauth2(court.director()).get("/api/deliveries/" + deliveryOf(court, op, summoned).get("id"))
                .then().statusCode(200)
                .body("request.respondentId", equalTo(respondent.toString()));
    }

    @Test
    void shouldFailASummonsWhenTheCaseIsGone() {
        Court court = Court.fresh();
        String op = underway(court);
        TargetRef qin = target(court, op, "秦某某");
        String summoned = appended(court.officer(), op, entry("SUMMONED", qin.id(), at("06:05"),
                Map.of("durationHours", 8)));
        CaseServiceStub.stubStatus(UUID.fromString(qin.caseId()), 404);
        poller.pollOnce(court.code());
        assertThat(deliveryOf(court, op, summoned)).containsEntry("status", "FAILED").containsEntry("lastStatus", 404);
        assertThat(sent(measures(qin.caseId()), key(summoned))).isEmpty();
    }

    @Test
    void shouldNotDeliverEntriesCaseServiceNeedNotKnow() {
        Court court = Court.fresh();
        String op = underway(court);
        TargetRef qin = target(court, op, "秦某某");
        appended(court.officer(), op, entry("ARRIVED", qin.id(), at("05:49"), null));
        appended(court.officer(), op, entry("DEBTOR_FOUND", qin.id(), at("05:52"), null));
        given().auth().oauth2(court.director()).queryParam("operationId", op).get("/api/deliveries").then()
                .statusCode(200)
                .body("size()", equalTo(0));
    }

    @Test
    void shouldLetOnlyOperatorRolesSeeDeliveries() {
        Court court = Court.fresh();
        given().auth().oauth2(court.officer()).get("/api/deliveries").then().statusCode(403);
        given().auth().oauth2(court.integrator()).get("/api/deliveries").then().statusCode(403);
        given().auth().oauth2(court.observer()).get("/api/deliveries").then().statusCode(200);
        given().auth().oauth2(court.judge()).queryParam("status", "LOST").get("/api/deliveries").then()
                .statusCode(400)
                .body("errors.field", hasItem("status"));
        given().auth().oauth2(court.director()).get("/api/deliveries/" + UUID.randomUUID()).then().statusCode(404);
    }
}
