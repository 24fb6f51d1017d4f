package org.enforcement.cases.payments;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.enforcement.cases.support.CaseFixtures.inEnforcement;
import static org.enforcement.cases.support.CaseFixtures.pay;
import static org.enforcement.cases.support.CaseFixtures.payloads;
import static org.enforcement.cases.support.CaseFixtures.registered;
import static org.enforcement.cases.support.CaseFixtures.transition;
import static org.enforcement.cases.support.CaseFixtures.zhangVQin;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.enforcement.testing.Court;
import org.enforcement.cases.support.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@QuarkusTest
@QuarkusTestResource(TestDatabase.class)
class PaymentResourceTest {

    private static final JsonPathConfig EXACT = new JsonPathConfig(JsonPathConfig.NumberReturnType.BIG_DECIMAL);

    @Inject
    AgroalDataSource dataSource;

    @Test
    void shouldRecordPaymentAndUpdateCaseMoneyAndPublishEvent() {
        Court court = Court.fresh();
        String caseId = inEnforcement(court);

        Response created = pay(court.clerk(), caseId, key(), onSite("20000.00"));
        created.then()
                .statusCode(201)
                .header("Location", matchesPattern(".*/api/cases/" + caseId + "/payments/[0-9a-f-]{36}"))
                .header("Idempotent-Replayed", nullValue())
                .body("kind", equalTo("PAYMENT"))
                .body("channel", equalTo("ON_SITE"))
                .body("payer", equalTo("秦某某"))
                .body("caseId", equalTo(caseId))
                .body("recordedBy", equalTo("clerk.wang"))
                .body("caseAfter.status", equalTo("IN_ENFORCEMENT"));
        JsonPath body = exact(created);
        String paymentId = body.getString("id");
        assertThat(created.header("Location")).endsWith("/api/cases/" + caseId + "/payments/" + paymentId);
        assertThat(body.getObject("amount", BigDecimal.class)).isEqualByComparingTo("20000.00");
        assertThat(body.getObject("caseAfter.paid", BigDecimal.class)).isEqualByComparingTo("20000.00");
        assertThat(body.getObject("caseAfter.outstanding", BigDecimal.class)).isEqualByComparingTo("33300.00");

        JsonPath kase = caseOf(court.clerk(), caseId);
        assertThat(kase.getObject("paid", BigDecimal.class)).isEqualByComparingTo("20000.00");
        assertThat(kase.getObject("outstanding", BigDecimal.class)).isEqualByComparingTo("33300.00");
        assertThat(kase.getObject("owed", BigDecimal.class)).isEqualByComparingTo("53300.00");
        assertThat(kase.getObject("disbursed", BigDecimal.class)).isEqualByComparingTo("0.00");

        given().auth().oauth2(court.judge()).get(created.header("Location")).then()
                .statusCode(200)
                .body("id", equalTo(paymentId))
                .body("caseAfter", nullValue());

        JsonPath events = exact(given().auth().oauth2(court.clerk()).queryParam("cursor", 0).queryParam("limit", 500)
                .get("/events").then().statusCode(200).extract().response());
        List<Map<String, Object>> recorded = events.getList("items.findAll { it.type == 'PaymentRecorded' }");
        assertThat(recorded).hasSize(1);
        Map<String, Object> event = recorded.get(0);
        assertThat(event).containsEntry("aggregateId", paymentId).containsEntry("caseId", caseId)
                .containsEntry("court", court.code());
        @SuppressWarnings("unchecked")
        Map<String, Object> payload = (Map<String, Object>) event.get("payload");
        assertThat((BigDecimal) payload.get("amount")).isEqualByComparingTo("20000.00");
        assertThat((BigDecimal) payload.get("paidTotal")).isEqualByComparingTo("20000.00");
        assertThat(payload).containsEntry("channel", "ON_SITE").doesNotContainKey("payer");
    }

    @Test
    void shouldReplayFirstResponseForSameKeyAndBody() {
        Court court = Court.fresh();
        String caseId = inEnforcement(court);
        String key = key();

        Response first = pay(court.clerk(), caseId, key, onSite("20000.00"));
        first.then().statusCode(201);
        Response again = pay(court.clerk(), caseId, key, onSite("20000.00"));
        again.then()
                .statusCode(201)
                .header("Idempotent-Replayed", equalTo("true"))
                .header("Location", equalTo(first.header("Location")))
                .body("id", equalTo(first.path("id")));
        assertThat(again.asString()).isEqualTo(first.asString());

        ledger(court.clerk(), caseId).then().statusCode(200).body("$", hasSize(1));
        assertThat(caseOf(court.clerk(), caseId).getObject("paid", BigDecimal.class))
                .isEqualByComparingTo("20000.00");
    }

    @Test
    void shouldRejectSameKeyWithDifferentBody() {
        Court court = Court.fresh();
        String caseId = inEnforcement(court);
        String key = key();
        pay(court.clerk(), caseId, key, onSite("20000.00")).then().statusCode(201);

        pay(court.clerk(), caseId, key, onSite("20000.01")).then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/idempotency-key-reused"))
                .body("status", equalTo(422));

        ledger(court.clerk(), caseId).then().statusCode(200).body("$", hasSize(1));
        assertThat(caseOf(court.clerk(), caseId).getObject("paid", BigDecimal.class))
                .isEqualByComparingTo("20000.00");
    }

    @Test
    void shouldTreatSameKeyOnAnotherCaseAsDifferentRequest() {
        Court court = Court.fresh();
        String first = inEnforcement(court);
        String second = inEnforcement(court);
        String key = key();
        pay(court.clerk(), first, key, onSite("100.00")).then().statusCode(201);

        pay(court.clerk(), second, key, onSite("100.00")).then()
                .statusCode(422)
                .body("type", equalTo("/problems/idempotency-key-reused"))
                .body("detail", containsString("a different request (another resource or body)"));

        ledger(court.clerk(), second).then().statusCode(200).body("$", hasSize(0));
    }

    @Test
    void shouldRequireIdempotencyKey() {
        Court court = Court.fresh();
        String caseId = inEnforcement(court);

        given().auth().oauth2(court.clerk()).contentType(ContentType.JSON).body(onSite("20000.00"))
                .post("/api/cases/" + caseId + "/payments").then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/idempotency-key-required"));
        pay(court.clerk(), caseId, "   ", onSite("20000.00")).then()
                .statusCode(400)
                .body("type", equalTo("/problems/idempotency-key-required"));

        ledger(court.clerk(), caseId).then().statusCode(200).body("$", hasSize(0));
    }

    @Test
    void shouldRejectOverlongIdempotencyKey() {
        Court court = Court.fresh();
        String caseId = inEnforcement(court);

        pay(court.clerk(), caseId, "k".repeat(201), onSite("100.00")).then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/idempotency-key-invalid"));
        ledger(court.clerk(), caseId).then().statusCode(200).body("$", hasSize(0));

        pay(court.clerk(), caseId, "k".repeat(200), onSite("100.00")).then().statusCode(201);
        ledger(court.clerk(), caseId).then().statusCode(200).body("$", hasSize(1));
    }

    @Test
    void shouldRecordExactlyOnceWhenTwentyIdenticalRequestsRace() throws Exception {
        Court court = Court.fresh();
        String caseId = inEnforcement(court);
        String key = key();
        String token = court.clerk();

        List<Response> responses = race(20, i -> pay(token, caseId, key, onSite("1234.56")));

        List<String> ids = new ArrayList<>();
        for (Response r : responses) {
            assertThat(r.statusCode()).as("status of %s", r.asString()).isIn(201, 409);
            if (r.statusCode() == 201) {
                ids.add(r.path("id"));
            } else {
                assertThat(r.contentType()).startsWith("application/problem+json");
                assertThat(r.<String>path("type")).isEqualTo("/problems/idempotency-key-in-flight");
            }
        }
        assertThat(ids).isNotEmpty();
        assertThat(ids).containsOnly(ids.get(0));
        assertThat(responses.stream().filter(r -> r.statusCode() == 201 && r.header("Idempotent-Replayed") == null))
                .hasSizeLessThanOrEqualTo(1);

        Response ledger = ledger(token, caseId);
        ledger.then().statusCode(200).body("$", hasSize(1)).body("[0].id", equalTo(ids.get(0)));
        assertThat(caseOf(token, caseId).getObject("paid", BigDecimal.class)).isEqualByComparingTo("1234.56");

        // Whatever happened in the race, a late retry replays the one recorded payment.
        pay(token, caseId, key, onSite("1234.56")).then()
                .statusCode(201)
                .header("Idempotent-Replayed", equalTo("true"))
                .body("id", equalTo(ids.get(0)));
    }

    @Test
    void shouldKeepEveryPaymentWhenTwentyDifferentKeysRace() throws Exception {
        Court court = Court.fresh();
        String caseId = inEnforcement(court);
        String token = court.officer();

        List<Response> responses = race(20, i -> pay(token, caseId, key(), onSite("100.01")));

        for (Response r : responses) {
            assertThat(r.statusCode()).as("status of %s", r.asString()).isEqualTo(201);
        }
        assertThat(responses.stream().map(r -> r.<String>path("id")).distinct()).hasSize(20);
        ledger(token, caseId).then().statusCode(200).body("$", hasSize(20));
        JsonPath kase = caseOf(token, caseId);
        assertThat(kase.getObject("paid", BigDecimal.class)).isEqualByComparingTo("2000.20");
        assertThat(kase.getObject("outstanding", BigDecimal.class)).isEqualByComparingTo("51299.80");
        // each response saw the totals of the payments committed before it: one of them saw all twenty
        BigDecimal lastSeen = responses.stream().map(r -> exact(r).getObject("caseAfter.paid", BigDecimal.class))
                .max(BigDecimal::compareTo).orElseThrow();
        assertThat(lastSeen).isEqualByComparingTo("2000.20");
    }

    @ParameterizedTest
    @ValueSource(strings = {"-100.00", "0", "0.00"})
    void shouldRejectAmountThatIsNotPositive(String amount) {
        Court court = Court.fresh();
        String caseId = inEnforcement(court);

        pay(court.clerk(), caseId, key(), onSite(amount)).then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/validation"))
                .body("errors.field", hasItem("amount"));

        ledger(court.clerk(), caseId).then().statusCode(200).body("$", hasSize(0));
    }

    @Test
    void shouldRejectThreeDecimalAmountNamingTheField() {
        Court court = Court.fresh();
        String caseId = inEnforcement(court);

        pay(court.clerk(), caseId, key(), onSite("100.125")).then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/validation"))
                .body("errors.field", hasItem("amount"))
                .body("errors.find { it.field == 'amount' }.message", equalTo("must have at most 14 digits before and 2 after the decimal point"));

        assertThat(caseOf(court.clerk(), caseId).getObject("paid", BigDecimal.class)).isEqualByComparingTo("0");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "{\"channel\": \"ON_SITE\", \"payer\": \"秦某某\", \"amount\": \"abc\"}",
            "{\"channel\": \"ON_SITE\", \"payer\": \"秦某某\", \"amount\": true}",
            "{\"channel\": \"ON_SITE\", \"payer\": \"秦某某\", \"amount\": {\"yuan\": 1}}",
            "{\"channel\": \"ON_SITE\", \"payer\": \"秦某某\", \"amount\": [100]}",
            "{\"channel\": \"ON_SITE\", \"payer\": \"秦某某\", \"amount\": 100, \"receivedOn\": \"yesterday\"}",
            "{\"channel\": \"ON_SITE\", \"payer\": \"秦某某\", \"amount\": 100, \"concludeIfPaidInFull\": \"maybe\"}",
            "{\"channel\": \"ON_SITE\", \"payer\": {\"name\": \"秦某某\"}, \"amount\": 100}"
    })
    void shouldRejectWrongTypesAsProblem(String json) {
        Court court = Court.fresh();
        String caseId = inEnforcement(court);

        given().auth().oauth2(court.clerk()).header("Idempotency-Key", key()).contentType(ContentType.JSON)
                .body(json).post("/api/cases/" + caseId + "/payments").then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/validation"))
                .body("errors", hasSize(1))
                .body("errors[0].field", notNullValue());

        ledger(court.clerk(), caseId).then().statusCode(200).body("$", hasSize(0));
    }

    @Test
    void shouldNameTheFieldOfAnAmountThatIsNotANumber() {
        Court court = Court.fresh();
        String caseId = inEnforcement(court);

        given().auth().oauth2(court.clerk()).header("Idempotency-Key", key()).contentType(ContentType.JSON)
                .body("{\"channel\": \"ON_SITE\", \"payer\": \"秦某某\", \"amount\": \"abc\"}")
                .post("/api/cases/" + caseId + "/payments").then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("amount"));
    }

    @Test
    void shouldRejectMalformedJson() {
        Court court = Court.fresh();
        String caseId = inEnforcement(court);

        given().auth().oauth2(court.clerk()).header("Idempotency-Key", key()).contentType(ContentType.JSON)
                .body("{\"channel\": \"ON_SITE\", \"amount\": ").post("/api/cases/" + caseId + "/payments").then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/malformed-json"));

        ledger(court.clerk(), caseId).then().statusCode(200).body("$", hasSize(0));
    }

    @Test
    void shouldRejectUnknownChannel() {
        Court court = Court.fresh();
        String caseId = inEnforcement(court);
        Map<String, Object> body = new HashMap<>(onSite("100.00"));
        body.put("channel", "CASH");

        pay(court.clerk(), caseId, key(), body).then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/validation"))
                .body("errors[0].field", equalTo("channel"));

        ledger(court.clerk(), caseId).then().statusCode(200).body("$", hasSize(0));
    }

    @Test
    void shouldRejectMissingRequiredFields() {
        Court court = Court.fresh();
        String caseId = inEnforcement(court);

        pay(court.clerk(), caseId, key(), Map.of("payer", " ")).then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("amount"))
                .body("errors.field", hasItem("channel"))
                .body("errors.field", hasItem("payer"));

        ledger(court.clerk(), caseId).then().statusCode(200).body("$", hasSize(0));
    }

    @Test
    void shouldRejectReceivedOnInTheFuture() {
        Court court = Court.fresh();
        String caseId = inEnforcement(court);
        Map<String, Object> body = new HashMap<>(onSite("100.00"));
        body.put("receivedOn", LocalDate.now().plusDays(3).toString());

        pay(court.clerk(), caseId, key(), body).then()
                .statusCode(400)
                .body("errors[0].field", equalTo("receivedOn"));

        ledger(court.clerk(), caseId).then().statusCode(200).body("$", hasSize(0));
    }

    @Test
    void shouldRejectOverpaymentButAcceptExactlyWhatIsOutstanding() {
        Court court = Court.fresh();
        String caseId = inEnforcement(court);
        pay(court.clerk(), caseId, key(), onSite("50000.00")).then().statusCode(201);

        Response over = pay(court.clerk(), caseId, key(), onSite("3300.01"));
        over.then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/overpayment"));
        assertThat(exact(over).getObject("outstanding", BigDecimal.class)).isEqualByComparingTo("3300.00");
        assertThat(caseOf(court.clerk(), caseId).getObject("paid", BigDecimal.class))
                .isEqualByComparingTo("50000.00");

        pay(court.clerk(), caseId, key(), onSite("3300.00")).then()
                .statusCode(201)
                .body("caseAfter.status", equalTo("IN_ENFORCEMENT"));
        JsonPath kase = caseOf(court.clerk(), caseId);
        assertThat(kase.getObject("paid", BigDecimal.class)).isEqualByComparingTo("53300.00");
        assertThat(kase.getObject("outstanding", BigDecimal.class)).isEqualByComparingTo("0.00");
        assertThat(kase.getString("status")).isEqualTo("IN_ENFORCEMENT");
    }

    @Test
    void shouldLetTheSameKeyBeRetriedAfterARejectedRequest() {
        Court court = Court.fresh();
        String caseId = inEnforcement(court);
        String key = key();

        pay(court.clerk(), caseId, key, onSite("60000.00")).then().statusCode(422)
                .body("type", equalTo("/problems/overpayment"));
        pay(court.clerk(), caseId, key, onSite("60000.00")).then().statusCode(422)
                .body("type", equalTo("/problems/overpayment"));

        ledger(court.clerk(), caseId).then().statusCode(200).body("$", hasSize(0));
    }

    @Test
    void shouldRefusePaymentOnConcludedCase() {
        Court court = Court.fresh();
        String caseId = inEnforcement(court);
        transition(court.judge(), caseId, Map.of("action", "CONCLUDE", "conclusionType", "TERMINATED_THIS_ROUND",
                "reason", "无可供执行财产")).then().statusCode(200);

        pay(court.clerk(), caseId, key(), onSite("100.00")).then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/case-concluded"));

        ledger(court.clerk(), caseId).then().statusCode(200).body("$", hasSize(0));
        assertThat(caseOf(court.clerk(), caseId).getObject("paid", BigDecimal.class)).isEqualByComparingTo("0");
    }

    @Test
    void shouldForbidObserverAndJudgeFromRecording() {
        Court court = Court.fresh();
        String caseId = inEnforcement(court);

        for (String token : List.of(court.observer(), court.judge(), court.director())) {
            pay(token, caseId, key(), onSite("100.00")).then()
                    .statusCode(403)
                    .contentType("application/problem+json")
                    .body("type", equalTo("/problems/forbidden"));
        }
        given().contentType(ContentType.JSON).header("Idempotency-Key", key()).body(onSite("100.00"))
                .post("/api/cases/" + caseId + "/payments").then()
                .statusCode(401)
                .contentType("application/problem+json");

        ledger(court.clerk(), caseId).then().statusCode(200).body("$", hasSize(0));
    }

    @Test
    void shouldLetOfficerAndIntegratorRecord() {
        Court court = Court.fresh();
        String caseId = inEnforcement(court);

        pay(court.officer(), caseId, key(), onSite("100.00")).then().statusCode(201)
                .body("recordedBy", equalTo("officer.zhao"));
        pay(court.integrator(), caseId, key(), onSite("200.00")).then().statusCode(201)
                .body("recordedBy", equalTo("system.integration"));

        assertThat(caseOf(court.clerk(), caseId).getObject("paid", BigDecimal.class)).isEqualByComparingTo("300.00");
    }

    @Test
    void shouldHideOtherCourtsCase() {
        Court court = Court.fresh();
        String caseId = inEnforcement(court);
        Court other = Court.fresh();

        pay(other.clerk(), caseId, key(), onSite("100.00")).then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/case-not-found"));
        given().auth().oauth2(other.clerk()).get("/api/cases/" + caseId + "/payments").then()
                .statusCode(404)
                .body("type", equalTo("/problems/case-not-found"));

        ledger(court.clerk(), caseId).then().statusCode(200).body("$", hasSize(0));
    }

    @Test
    void shouldNotFindPaymentOfAnotherCase() {
        Court court = Court.fresh();
        String caseId = inEnforcement(court);
        String otherCase = inEnforcement(court);
        String paymentId = pay(court.clerk(), caseId, key(), onSite("100.00")).then().statusCode(201)
                .extract().path("id");

        given().auth().oauth2(court.clerk()).get("/api/cases/" + otherCase + "/payments/" + paymentId).then()
                .statusCode(404)
                .body("type", equalTo("/problems/payment-not-found"));
        given().auth().oauth2(court.clerk()).get("/api/cases/" + caseId + "/payments/" + UUID.randomUUID()).then()
                .statusCode(404)
                .body("type", equalTo("/problems/payment-not-found"));
    }

    @Test
    void shouldReverseOnceWithNegativeEntry() {
        Court court = Court.fresh();
        String caseId = inEnforcement(court);
        pay(court.clerk(), caseId, key(), onSite("1000.00")).then().statusCode(201);
        String paymentId = pay(court.clerk(), caseId, key(), onSite("20000.00")).then().statusCode(201)
                .extract().path("id");

        Response reversal = reverse(court.clerk(), caseId, paymentId, "金额录入错误，应为2000元");
        reversal.then()
                .statusCode(201)
                .header("Location", matchesPattern(".*/api/cases/" + caseId + "/payments/[0-9a-f-]{36}"))
                .body("kind", equalTo("REVERSAL"))
                .body("reversesPaymentId", equalTo(paymentId))
                .body("reason", equalTo("金额录入错误，应为2000元"))
                // the day the cancelled money was counted, not the day of the correction
                .body("receivedOn", equalTo("2023-02-02"));
        assertThat(payloads(court, caseId, "PaymentReversed")).singleElement()
                .satisfies(p -> assertThat(p).containsEntry("receivedOn", "2023-02-02"));
        JsonPath r = exact(reversal);
        assertThat(r.getObject("amount", BigDecimal.class)).isEqualByComparingTo("-20000.00");
        assertThat(r.getObject("caseAfter.paid", BigDecimal.class)).isEqualByComparingTo("1000.00");

        JsonPath kase = caseOf(court.clerk(), caseId);
        assertThat(kase.getObject("paid", BigDecimal.class)).isEqualByComparingTo("1000.00");
        assertThat(kase.getObject("outstanding", BigDecimal.class)).isEqualByComparingTo("52300.00");
        ledger(court.clerk(), caseId).then().statusCode(200)
                .body("$", hasSize(3))
                .body("kind", equalTo(List.of("PAYMENT", "PAYMENT", "REVERSAL")));

        reverse(court.director(), caseId, paymentId, "再次冲正").then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/already-reversed"));
        reverse(court.clerk(), caseId, r.getString("id"), "冲正的冲正").then()
                .statusCode(409)
                .body("type", equalTo("/problems/reversal-of-reversal"));

        ledger(court.clerk(), caseId).then().statusCode(200).body("$", hasSize(3));
        assertThat(caseOf(court.clerk(), caseId).getObject("paid", BigDecimal.class))
                .isEqualByComparingTo("1000.00");
        JsonPath events = exact(given().auth().oauth2(court.clerk()).queryParam("limit", 500).get("/events").then()
                .statusCode(200).extract().response());
        assertThat(events.getList("items.findAll { it.type == 'PaymentReversed' }")).hasSize(1);
    }

    @Test
    void shouldValidateAndAuthoriseReversal() {
        Court court = Court.fresh();
        String caseId = inEnforcement(court);
        String paymentId = pay(court.clerk(), caseId, key(), onSite("500.00")).then().statusCode(201)
                .extract().path("id");

        reverse(court.clerk(), caseId, paymentId, " ").then()
                .statusCode(400)
                .body("errors.field", hasItem("reason"));
        reverse(court.officer(), caseId, paymentId, "录入错误").then().statusCode(403);
        reverse(court.clerk(), caseId, UUID.randomUUID().toString(), "录入错误").then()
                .statusCode(404)
                .body("type", equalTo("/problems/payment-not-found"));

        ledger(court.clerk(), caseId).then().statusCode(200).body("$", hasSize(1));
        assertThat(caseOf(court.clerk(), caseId).getObject("paid", BigDecimal.class)).isEqualByComparingTo("500.00");
    }

    @Test
    void shouldRefuseUpdateOrDeleteOfLedgerRowsInTheDatabase() throws SQLException {
        Court court = Court.fresh();
        String caseId = inEnforcement(court);
        String paymentId = pay(court.clerk(), caseId, key(), onSite("20000.00")).then().statusCode(201)
                .extract().path("id");

        // As the owner: the service's role may not UPDATE or DELETE the ledger at all; this is about the trigger.
        try (var connection = TestDatabase.ownerDataSource().getConnection()) {
            connection.setAutoCommit(true);
            try (var update = connection.prepareStatement("UPDATE payment SET amount = 1 WHERE id = ?")) {
                update.setObject(1, UUID.fromString(paymentId));
                assertThatThrownBy(update::executeUpdate).isInstanceOf(SQLException.class)
                        .hasMessageContaining("append-only");
            }
            try (var delete = connection.prepareStatement("DELETE FROM payment WHERE id = ?")) {
                delete.setObject(1, UUID.fromString(paymentId));
                assertThatThrownBy(delete::executeUpdate).isInstanceOf(SQLException.class)
                        .hasMessageContaining("append-only");
            }
            try (var read = connection.prepareStatement("SELECT amount FROM payment WHERE id = ?")) {
                read.setObject(1, UUID.fromString(paymentId));
                var rs = read.executeQuery();
                assertThat(rs.next()).isTrue();
                assertThat(rs.getBigDecimal(1)).isEqualByComparingTo("20000.00");
            }
        }

        assertThat(caseOf(court.clerk(), caseId).getObject("paid", BigDecimal.class))
                .isEqualByComparingTo("20000.00");
    }

    @Test
    void shouldConcludeFullyPerformedWhenPaidInFull() {
        Court court = Court.fresh();
        String caseId = inEnforcement(court);
        Map<String, Object> partial = new HashMap<>(onSite("20000.00"));
        partial.put("concludeIfPaidInFull", true);
        pay(court.clerk(), caseId, key(), partial).then()
                .statusCode(201)
                .body("caseAfter.status", equalTo("IN_ENFORCEMENT"))
                .body("caseAfter.conclusionType", nullValue());

        Map<String, Object> rest = new HashMap<>(onSite("33300.00"));
        rest.put("channel", "BANK_TRANSFER");
        rest.put("concludeIfPaidInFull", true);
        Response last = pay(court.clerk(), caseId, key(), rest);
        last.then()
                .statusCode(201)
                .body("caseAfter.status", equalTo("CONCLUDED"))
                .body("caseAfter.conclusionType", equalTo("FULLY_PERFORMED"));
        assertThat(exact(last).getObject("caseAfter.outstanding", BigDecimal.class)).isEqualByComparingTo("0");

        JsonPath kase = caseOf(court.clerk(), caseId);
        assertThat(kase.getString("status")).isEqualTo("CONCLUDED");
        assertThat(kase.getString("conclusionType")).isEqualTo("FULLY_PERFORMED");
        // concluded on the day the settling money was received (2023-02-02), not on the day it was entered
        assertThat(kase.getString("concludedAt")).isEqualTo("2023-02-02T15:59:59Z");
        assertThat(kase.getObject("outstanding", BigDecimal.class)).isEqualByComparingTo("0");
        JsonPath events = exact(given().auth().oauth2(court.clerk()).queryParam("limit", 500).get("/events").then()
                .statusCode(200).extract().response());
        assertThat(events.getList("items.findAll { it.type == 'CaseConcluded' }.payload.conclusionType"))
                .containsExactly("FULLY_PERFORMED");
        assertThat(events.getList("items.findAll { it.type == 'CaseConcluded' }.payload.concludedOn"))
                .containsExactly("2023-02-02");
        assertThat(events.getList("items.findAll { it.type == 'CaseConcluded' }.payload.daysToConclude"))
                .containsExactly(23);
    }

    @Test
    void shouldMaskPayerForObserver() {
        Court court = Court.fresh();
        String caseId = inEnforcement(court);
        String paymentId = pay(court.clerk(), caseId, key(), onSite("20000.00")).then().statusCode(201)
                .extract().path("id");

        ledger(court.observer(), caseId).then()
                .statusCode(200)
                .body("$", hasSize(1))
                .body("[0].payer", equalTo("秦某"));
        given().auth().oauth2(court.observer()).get("/api/cases/" + caseId + "/payments/" + paymentId).then()
                .statusCode(200)
                .body("payer", equalTo("秦某"));
        ledger(court.judge(), caseId).then()
                .statusCode(200)
                .body("[0].payer", equalTo("秦某某"));
    }

    @Test
    void shouldMaskPayerInAReplayForACallerWithoutFullAccess() {
        Court court = Court.fresh();
        String caseId = inEnforcement(court);
        String key = key();
        pay(court.clerk(), caseId, key, onSite("20000.00")).then().statusCode(201).body("payer", equalTo("秦某某"));
        pay(court.integrator(), caseId, key, onSite("20000.00")).then()
                .statusCode(201)
                .header("Idempotent-Replayed", equalTo("true"))
                .body("payer", equalTo("秦某"));
    }

    @Test
    void shouldRefuseReversalOnConcludedCase() {
        Court court = Court.fresh();
        String caseId = inEnforcement(court);
        String paymentId = pay(court.clerk(), caseId, key(), onSite("53300.00")).then().statusCode(201)
                .extract().path("id");
        transition(court.judge(), caseId, Map.of("action", "CONCLUDE", "conclusionType", "FULLY_PERFORMED"))
                .then().statusCode(200);
        reverse(court.clerk(), caseId, paymentId, "录入错误").then()
                .statusCode(409)
                .body("type", equalTo("/problems/case-concluded"));
        assertThat(caseOf(court.clerk(), caseId).getObject("outstanding", BigDecimal.class))
                .isEqualByComparingTo("0");
    }

    @Test
    void shouldRecordPaymentsInVerifiableAuditTrail() {
        Court court = Court.fresh();
        String caseId = inEnforcement(court);
        String paymentId = pay(court.officer(), caseId, key(), onSite("20000.00")).then().statusCode(201)
                .extract().path("id");
        String reversalId = reverse(court.clerk(), caseId, paymentId, "录入错误").then().statusCode(201)
                .extract().path("id");

        Response audit = given().auth().oauth2(court.director()).queryParam("limit", 500).get("/api/audit");
        audit.then().statusCode(200);
        JsonPath entries = audit.jsonPath();
        List<Map<String, Object>> recorded = entries.getList("items.findAll { it.action == 'PAYMENT_RECORDED' }");
        assertThat(recorded).hasSize(1);
        assertThat(recorded.get(0)).containsEntry("resourceId", paymentId).containsEntry("actor", "officer.zhao")
                .containsEntry("court", court.code());
        assertThat(entries.getList("items.findAll { it.action == 'PAYMENT_REVERSED' }.resourceId"))
                .containsExactly(reversalId);

        given().auth().oauth2(court.director()).get("/api/audit/verification").then()
                .statusCode(200)
                .body("valid", equalTo(true))
                .body("firstInvalidEntryId", nullValue());
    }

    @Test
    void shouldReplayWhenRetriedAmountHasAnotherScale() {
        Court court = Court.fresh();
        String caseId = inEnforcement(court);
        String key = key();
        Response first = pay(court.clerk(), caseId, key, onSite("20000.00"));
        first.then().statusCode(201);

        // a client that re-serialises the body (e.g. JavaScript) sends 20000 for 20000.00: the same request
        pay(court.clerk(), caseId, key, onSite("20000")).then()
                .statusCode(201)
                .header("Idempotent-Replayed", equalTo("true"))
                .body("id", equalTo(first.path("id")));

        ledger(court.clerk(), caseId).then().statusCode(200).body("$", hasSize(1));
        assertThat(caseOf(court.clerk(), caseId).getObject("paid", BigDecimal.class))
                .isEqualByComparingTo("20000.00");
    }

    @Test
    void shouldAnswerInFlightWhileAnotherTransactionHoldsTheKeyAndRunOnceItEnds() throws SQLException {
        Court court = Court.fresh();
        String caseId = inEnforcement(court);
        String scope = court.code() + " record-payment";
        String key = key();
        // another instance is working on this key: its transaction holds the key's advisory lock
        try (var connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (var lock = connection.prepareStatement(
                    "SELECT pg_try_advisory_xact_lock(hashtextextended(length(?) || ':' || ? || ?, 0))")) {
                lock.setString(1, scope);
                lock.setString(2, scope);
                lock.setString(3, key);
                var rs = lock.executeQuery();
                assertThat(rs.next() && rs.getBoolean(1)).isTrue();
            }
            pay(court.clerk(), caseId, key, onSite("100.00")).then()
                    .statusCode(409)
                    .contentType("application/problem+json")
                    .header("Retry-After", equalTo("1"))
                    .body("type", equalTo("/problems/idempotency-key-in-flight"));
            // that instance died: its transaction (and the lock) went with it
            connection.rollback();
        }
        Response taken = pay(court.clerk(), caseId, key, onSite("100.00"));
        taken.then()
                .statusCode(201)
                .header("Idempotent-Replayed", nullValue());
        pay(court.clerk(), caseId, key, onSite("100.00")).then()
                .statusCode(201)
                .header("Idempotent-Replayed", equalTo("true"))
                .body("id", equalTo(taken.path("id")));
        ledger(court.clerk(), caseId).then().statusCode(200).body("$", hasSize(1));
    }

    @Test
    void shouldIgnoreInFlightRowLeftByTheFormerLeaseClaims() throws SQLException {
        Court court = Court.fresh();
        String caseId = inEnforcement(court);
        pay(court.clerk(), caseId, key(), onSite("100.00")).then().statusCode(201);
        String scope = court.code() + " record-payment";
        String fingerprint = fingerprintOfLastKey(scope);
        String key = key();
        // left by an instance of the former code that died two minutes before its lease would have run out
        claim(scope, key, fingerprint, "now() + interval '2 minutes'");

        Response taken = pay(court.clerk(), caseId, key, onSite("100.00"));
        taken.then()
                .statusCode(201)
                .header("Idempotent-Replayed", nullValue());
        pay(court.clerk(), caseId, key, onSite("100.00")).then()
                .statusCode(201)
                .header("Idempotent-Replayed", equalTo("true"))
                .body("id", equalTo(taken.path("id")));
        pay(court.clerk(), caseId, key, onSite("100.01")).then()
                .statusCode(422)
                .body("type", equalTo("/problems/idempotency-key-reused"));
        ledger(court.clerk(), caseId).then().statusCode(200).body("$", hasSize(2));
    }

    @Test
    void shouldRunRetryAtOnceAfterTheWorkFailedWithServerError() throws SQLException {
        Court court = Court.fresh();
        String caseId = inEnforcement(court);
        String key = key();
        String reference = "fail-" + key;
        // the database refuses this one payment: a server-side failure in the middle of the work
        try (var connection = TestDatabase.ownerDataSource().getConnection(); var ddl = connection.createStatement()) {
            ddl.execute("CREATE FUNCTION fail_payment_" + key.replace('-', '_') + "() RETURNS trigger"
                    + " LANGUAGE plpgsql AS $$ BEGIN IF NEW.reference = '" + reference + "' THEN"
                    + " RAISE EXCEPTION 'forced failure'; END IF; RETURN NEW; END $$");
            ddl.execute("CREATE TRIGGER fail_payment BEFORE INSERT ON payment FOR EACH ROW EXECUTE FUNCTION fail_payment_"
                    + key.replace('-', '_') + "()");
        }
        Map<String, Object> body = new HashMap<>(onSite("100.00"));
        body.put("reference", reference);
        try {
            int status = pay(court.clerk(), caseId, key, body).then().extract().statusCode();
            assertThat(status).isGreaterThanOrEqualTo(500);
        } finally {
            try (var connection = TestDatabase.ownerDataSource().getConnection();
                 var ddl = connection.createStatement()) {
                ddl.execute("DROP TRIGGER fail_payment ON payment");
                ddl.execute("DROP FUNCTION fail_payment_" + key.replace('-', '_') + "()");
            }
        }

        // the client retries at once with the same key: the work runs, no 409 for a lease
        pay(court.clerk(), caseId, key, body).then()
                .statusCode(201)
                .header("Idempotent-Replayed", nullValue());
        ledger(court.clerk(), caseId).then().statusCode(200).body("$", hasSize(1));
    }

    @Test
    void shouldReverseOnlyOnceWhenReversalsRace() throws Exception {
        Court court = Court.fresh();
        String caseId = inEnforcement(court);
        String paymentId = pay(court.clerk(), caseId, key(), onSite("20000.00")).then().statusCode(201)
                .extract().path("id");
        String clerk = court.clerk();
        String director = court.director();

        List<Response> responses = race(10, i -> reverse(i % 2 == 0 ? clerk : director, caseId, paymentId,
                "重复录入 " + i));

        assertThat(responses).extracting(Response::statusCode).containsOnly(201, 409);
        assertThat(responses.stream().filter(r -> r.statusCode() == 201)).hasSize(1);
        assertThat(responses.stream().filter(r -> r.statusCode() == 409).map(r -> r.<String>path("type")))
                .containsOnly("/problems/already-reversed");
        ledger(clerk, caseId).then().statusCode(200).body("$", hasSize(2));
        assertThat(caseOf(clerk, caseId).getObject("paid", BigDecimal.class)).isEqualByComparingTo("0.00");
    }

    @Test
    void shouldAllocateToOldestOpenInstallmentFirstAndUndoOnReversal() {
        Court court = Court.fresh();
        String caseId = inEnforcement(court);
        String settlement = sign(court, caseId, "53300.00", "13325.00", "13325.00", "13325.00", "13325.00");

        Response first = pay(court.clerk(), caseId, key(), onSite("20000.00"));
        first.then()
                .statusCode(201)
                .body("allocations.installment", equalTo(List.of(1, 2)))
                .body("caseAfter.status", equalTo("SETTLEMENT_PERFORMING"));
        assertThat(exact(first).getList("allocations.amount", BigDecimal.class))
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("13325.00"), new BigDecimal("6675.00"));
        pay(court.clerk(), caseId, key(), onSite("10000.00")).then()
                .statusCode(201)
                .body("allocations.installment", equalTo(List.of(2, 3)));

        JsonPath agreement = settlementOf(court, caseId, settlement);
        assertThat(agreement.getList("installments.status")).containsExactly("PAID", "PAID", "OPEN", "OPEN");
        assertThat(agreement.getObject("installments[2].paid", BigDecimal.class)).isEqualByComparingTo("3350.00");

        Response reversal = reverse(court.clerk(), caseId, first.path("id"), "到账金额有误");
        reversal.then().statusCode(201).body("allocations.installment", equalTo(List.of(1, 2)));
        assertThat(exact(reversal).getList("allocations.amount", BigDecimal.class))
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("-13325.00"), new BigDecimal("-6675.00"));
        agreement = settlementOf(court, caseId, settlement);
        assertThat(agreement.getList("installments.status")).containsExactly("OPEN", "OPEN", "OPEN", "OPEN");
        assertThat(agreement.getObject("paid", BigDecimal.class)).isEqualByComparingTo("10000.00");
        assertThat(agreement.getObject("installments[0].paid", BigDecimal.class)).isEqualByComparingTo("0.00");
        assertThat(agreement.getObject("installments[1].paid", BigDecimal.class)).isEqualByComparingTo("6650.00");
        assertThat(caseOf(court.clerk(), caseId).getObject("paid", BigDecimal.class))
                .isEqualByComparingTo("10000.00");
        given().auth().oauth2(court.observer()).get("/api/cases/" + caseId + "/payments/" + first.path("id"))
                .then().statusCode(200).body("allocations.installment", equalTo(List.of(1, 2)));
    }

    @Test
    void shouldConcludeSettlementPerformedWhenLastInstallmentIsPaid() {
        Court court = Court.fresh();
        String caseId = inEnforcement(court);
        sign(court, caseId, "50000.00", "20000.00", "30000.00");
        pay(court.clerk(), caseId, key(), onSite("20000.00")).then().statusCode(201);

        Map<String, Object> last = new HashMap<>(onSite("30000.00"));
        last.put("concludeIfPaidInFull", true);
        pay(court.clerk(), caseId, key(), last).then()
                .statusCode(201)
                .body("caseAfter.status", equalTo("CONCLUDED"))
                .body("caseAfter.conclusionType", equalTo("SETTLEMENT_PERFORMED"));

        JsonPath kase = caseOf(court.clerk(), caseId);
        assertThat(kase.getString("conclusionType")).isEqualTo("SETTLEMENT_PERFORMED");
        assertThat(kase.getString("concludedAt")).isEqualTo("2023-02-02T15:59:59Z");
        assertThat(kase.getObject("paid", BigDecimal.class)).isEqualByComparingTo("50000.00");
        assertThat(kase.getObject("outstanding", BigDecimal.class)).isEqualByComparingTo("3300.00");
    }

    @Test
    void shouldRejectMoneyReceivedBeforeTheCaseWasFiled() {
        Court court = Court.fresh();
        String caseId = inEnforcement(court); // filed 2023-01-10
        Map<String, Object> all = new HashMap<>(onSite("53300.00"));
        all.put("receivedOn", "2023-01-09");
        all.put("concludeIfPaidInFull", true);
        pay(court.clerk(), caseId, key(), all).then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/validation"))
                .body("errors", hasSize(1))
                .body("errors[0].field", equalTo("receivedOn"))
                .body("errors[0].message", equalTo("must not be before the case was filed (2023-01-10)"));

        ledger(court.clerk(), caseId).then().statusCode(200).body("$", hasSize(0));
        JsonPath kase = caseOf(court.clerk(), caseId);
        assertThat(kase.getString("status")).isEqualTo("IN_ENFORCEMENT");
        assertThat(kase.getObject("paid", BigDecimal.class)).isEqualByComparingTo("0");
        JsonPath events = exact(given().auth().oauth2(court.clerk()).queryParam("limit", 500).get("/events").then()
                .statusCode(200).extract().response());
        assertThat(events.getList("items.findAll { it.type == 'PaymentRecorded' || it.type == 'CaseConcluded' }"))
                .isEmpty();

        // the filing day itself is fine, and concludes the case on it
        all.put("receivedOn", "2023-01-10");
        pay(court.clerk(), caseId, key(), all).then()
                .statusCode(201)
                .body("caseAfter.status", equalTo("CONCLUDED"));
        assertThat(caseOf(court.clerk(), caseId).getString("concludedAt")).isEqualTo("2023-01-10T15:59:59Z");
    }

    @Test
    void shouldNotConcludeCaseThatIsOnlyFiled() {
        Court court = Court.fresh();
        String caseId = registered(court, zhangVQin());
        Map<String, Object> all = new HashMap<>(onSite("53300.00"));
        all.put("concludeIfPaidInFull", true);

        pay(court.clerk(), caseId, key(), all).then()
                .statusCode(201)
                .body("caseAfter.status", equalTo("FILED"))
                .body("caseAfter.conclusionType", nullValue());

        JsonPath kase = caseOf(court.clerk(), caseId);
        assertThat(kase.getString("status")).isEqualTo("FILED");
        assertThat(kase.getObject("outstanding", BigDecimal.class)).isEqualByComparingTo("0.00");
    }

    // --- helpers ----------------------------------------------------------------------------------------------

    private static String sign(Court court, String caseId, String total, String... installments) {
        List<Map<String, Object>> plan = new ArrayList<>();
        for (int i = 0; i < installments.length; i++) {
            plan.add(Map.of("dueOn", LocalDate.of(2023, 1 + 2 * i, 20).toString(),
                    "amount", new BigDecimal(installments[i])));
        }
        return given().auth().oauth2(court.judge()).contentType(ContentType.JSON)
                .body(Map.of("signedOn", "2023-01-15", "total", new BigDecimal(total), "terms", "分期履行",
                        "installments", plan))
                .header("Idempotency-Key", java.util.UUID.randomUUID().toString())
                .post("/api/cases/" + caseId + "/settlements").then().statusCode(201).extract().path("id");
    }

    private static JsonPath settlementOf(Court court, String caseId, String settlementId) {
        return exact(given().auth().oauth2(court.clerk()).get("/api/cases/" + caseId + "/settlements/" + settlementId)
                .then().statusCode(200).extract().response());
    }

    private String fingerprintOfLastKey(String scope) throws SQLException {
        try (var connection = dataSource.getConnection();
             var read = connection.prepareStatement(
                     "SELECT fingerprint FROM idempotency_key WHERE scope = ? ORDER BY created_at DESC LIMIT 1")) {
            read.setString(1, scope);
            var rs = read.executeQuery();
            assertThat(rs.next()).isTrue();
            return rs.getString(1);
        }
    }

    private void claim(String scope, String key, String fingerprint, String leaseUntil) throws SQLException {
        try (var connection = dataSource.getConnection();
             var insert = connection.prepareStatement("INSERT INTO idempotency_key"
                     + " (scope, idem_key, fingerprint, state, created_at, lease_until)"
                     + " VALUES (?, ?, ?, 'IN_FLIGHT', now(), " + leaseUntil + ")")) {
            insert.setString(1, scope);
            insert.setString(2, key);
            insert.setString(3, fingerprint);
            assertThat(insert.executeUpdate()).isEqualTo(1);
        }
    }

    private static Map<String, Object> onSite(String amount) {
        return Map.of("channel", "ON_SITE", "payer", "秦某某", "amount", new BigDecimal(amount),
                "receivedOn", "2023-02-02", "reference", "淮执·9号 现场履行");
    }

    private static String key() {
        return UUID.randomUUID().toString();
    }

    private static Response ledger(String token, String caseId) {
        return given().auth().oauth2(token).get("/api/cases/" + caseId + "/payments");
    }

    private static Response reverse(String token, String caseId, String paymentId, String reason) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).header("Idempotency-Key", key())
                .body(Map.of("reason", reason)).post("/api/cases/" + caseId + "/payments/" + paymentId + "/reversal");
    }

    private static JsonPath caseOf(String token, String caseId) {
        return exact(given().auth().oauth2(token).get("/api/cases/" + caseId).then().statusCode(200).extract()
                .response());
    }

    /** Amounts as exact BigDecimals, not floats. */
    static JsonPath exact(Response response) {
        return new JsonPath(response.asString()).using(EXACT);
    }

    interface Call {
        Response run(int i);
    }

    /** Starts {@code n} calls at the same instant and waits for all of them. */
    static List<Response> race(int n, Call call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try {
            CountDownLatch ready = new CountDownLatch(n);
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Response>> futures = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                int index = i;
                futures.add(pool.submit(() -> {
                    ready.countDown();
                    start.await();
                    return call.run(index);
                }));
            }
            assertThat(ready.await(30, TimeUnit.SECONDS)).isTrue();
            start.countDown();
            List<Response> responses = new ArrayList<>();
            for (Future<Response> f : futures) {
                responses.add(f.get(60, TimeUnit.SECONDS));
            }
            return responses;
        } finally {
            pool.shutdownNow();
        }
    }
}
