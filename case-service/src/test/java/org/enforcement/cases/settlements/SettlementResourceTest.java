package org.enforcement.cases.settlements;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.enforcement.cases.support.CaseFixtures.inEnforcement;
import static org.enforcement.cases.support.CaseFixtures.pay;
import static org.enforcement.cases.support.CaseFixtures.registered;
import static org.enforcement.cases.support.CaseFixtures.zhangVQin;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.enforcement.testing.Court;
import org.enforcement.cases.support.TestDatabase;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(TestDatabase.class)
class SettlementResourceTest {

    /** Due dates ahead that no check reaches during the tests and the business calendar still accepts. */
    private static final int NEXT_YEAR = LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).getYear() + 1;

    @Inject
    MarkMissedInstallments settlements;

    static Map<String, Object> plan(String signedOn, double total, Object... dueAndAmount) {
        List<Map<String, Object>> installments = new ArrayList<>();
        for (int i = 0; i < dueAndAmount.length; i += 2) {
            installments.add(Map.of("dueOn", dueAndAmount[i], "amount", dueAndAmount[i + 1]));
        }
        return Map.of("signedOn", signedOn, "total", total, "terms", "分期履行", "installments", installments);
    }

    static Response sign(Court court, String caseId, Map<String, Object> plan) {
        return given().auth().oauth2(court.judge()).contentType(ContentType.JSON).body(plan)
                .header("Idempotency-Key", java.util.UUID.randomUUID().toString())
                .post("/api/cases/" + caseId + "/settlements");
    }

    @Test
    void shouldRejectInstallmentsThatDoNotAddUpWith422() {
        Court court = Court.fresh();
        String id = inEnforcement(court);
        sign(court, id, plan("2023-01-15", 53300.00, "2023-01-20", 13325.00, "2023-03-20", 13325.00,
                "2023-05-20", 13325.00, "2023-07-20", 13324.99)).then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/installments-do-not-add-up"))
                .body("installmentsSum", equalTo(53299.99f))
                .body("detail", containsString("53299.99"));
        given().auth().oauth2(court.judge()).get("/api/cases/" + id).then().body("status", equalTo("IN_ENFORCEMENT"));
        given().auth().oauth2(court.judge()).get("/api/cases/" + id + "/settlements").then().body("size()", equalTo(0));
    }

    @Test
    void shouldRejectBadPlans() {
        Court court = Court.fresh();
        String id = inEnforcement(court);
        sign(court, id, plan("2023-01-15", 200.00, "2023-03-20", 100.00, "2023-02-20", 100.00)).then()
                .statusCode(422).body("type", equalTo("/problems/installments-out-of-order"));
        sign(court, id, plan("2023-01-15", 100.00, "2023-01-10", 100.00)).then()
                .statusCode(422).body("type", equalTo("/problems/installment-before-signing"));
        sign(court, id, plan("2023-01-15", 100000.00, "2023-02-10", 100000.00)).then()
                .statusCode(422).body("type", equalTo("/problems/settlement-exceeds-outstanding"));
        sign(court, id, plan("2023-01-15", 100.005, "2023-02-10", 100.005)).then()
                .statusCode(400).body("errors.field", hasItem("total"))
                .body("errors.field", hasItem("installments[0].amount"));
        sign(court, id, Map.of("signedOn", "2023-01-15", "total", 100, "installments", List.of())).then()
                .statusCode(400).body("errors.field", hasItem("installments"));
    }

    @Test
    void shouldRejectSigningInTheFutureOrBeforeFiling() {
        Court court = Court.fresh();
        String id = inEnforcement(court); // filed 2023-01-10
        String tomorrow = LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).plusDays(1).toString();
        sign(court, id, plan(tomorrow, 100.00, tomorrow, 100.00)).then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/validation"))
                .body("errors.size()", equalTo(1))
                .body("errors[0].field", equalTo("signedOn"))
                .body("errors[0].message", equalTo("must not be in the future"));
        // Beyond the business calendar (a typo for 2023): refused before any rule of the case looks at it.
        String latest = LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).getYear() + 1 + "-12-31";
        for (String signedOn : List.of("2099-04-01", "9999-12-30")) {
            sign(court, id, plan(signedOn, 100.00, tomorrow, 100.00)).then()
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body("type", equalTo("/problems/validation"))
                    .body("errors.size()", equalTo(1))
                    .body("errors[0].field", equalTo("signedOn"))
                    .body("errors[0].message", equalTo("must not be after " + latest));
        }
        sign(court, id, plan("2023-01-09", 100.00, "2023-02-10", 100.00)).then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/validation"))
                .body("errors.size()", equalTo(1))
                .body("errors[0].field", equalTo("signedOn"))
                .body("errors[0].message", equalTo("must not be before the case was filed (2023-01-10)"));

        given().auth().oauth2(court.judge()).get("/api/cases/" + id).then().body("status", equalTo("IN_ENFORCEMENT"));
        given().auth().oauth2(court.judge()).get("/api/cases/" + id + "/settlements").then().body("size()", equalTo(0));
        given().auth().oauth2(court.clerk()).queryParam("limit", 500).get("/events").then()
                .statusCode(200)
                .body("items.findAll { it.type == 'SettlementSigned' }.size()", equalTo(0));
        // signed on the filing day is fine
        sign(court, id, plan("2023-01-10", 100.00, "2023-02-10", 100.00)).then().statusCode(201)
                .body("signedOn", equalTo("2023-01-10"));
    }

    @Test
    void shouldRequireCaseInEnforcementAndOneLiveAgreement() {
        Court court = Court.fresh();
        String filed = registered(court, zhangVQin());
        sign(court, filed, plan("2023-01-15", 100.00, "2023-02-10", 100.00)).then()
                .statusCode(409).body("type", equalTo("/problems/illegal-transition"));
        String id = inEnforcement(court);
        sign(court, id, plan("2023-01-15", 100.00, "2023-02-10", 100.00)).then().statusCode(201);
        sign(court, id, plan("2023-01-15", 100.00, "2023-02-10", 100.00)).then().statusCode(409);
        given().auth().oauth2(court.clerk()).contentType(ContentType.JSON)
                .body(plan("2023-01-15", 100.00, "2023-02-10", 100.00))
                .header("Idempotency-Key", java.util.UUID.randomUUID().toString())
                .post("/api/cases/" + id + "/settlements").then().statusCode(403);
    }

    @Test
    void shouldAllocatePaymentsToOldestOpenInstallmentFirst() {
        Court court = Court.fresh();
        String id = inEnforcement(court);
        sign(court, id, plan("2023-01-15", 3000.00, NEXT_YEAR + "-01-20", 1000.00, NEXT_YEAR + "-02-20", 1000.00,
                NEXT_YEAR + "-03-20", 1000.00)).then().statusCode(201);
        pay(court.clerk(), id, UUID.randomUUID().toString(), Map.of("channel", "BANK_TRANSFER", "payer", "秦某某",
                "amount", 1500.00)).then()
                .statusCode(201)
                .body("allocations.installment", contains(1, 2))
                .body("allocations.amount", contains(1000.00f, 500.00f));
        given().auth().oauth2(court.judge()).get("/api/cases/" + id + "/settlements").then()
                .body("[0].installments.status", contains("PAID", "OPEN", "OPEN"))
                .body("[0].installments.paid", contains(1000.00f, 500.00f, 0.0f))
                .body("[0].paid", equalTo(1500.00f))
                .body("[0].status", equalTo("PERFORMING"));
    }

    @Test
    void shouldMarkMissedOnlyAfterTheDueDateAndOnlyOnceAcrossReplicas() throws Exception {
        Court court = Court.fresh();
        // An agreement of 2000, so the checks below see no other test's installments: filed before it was signed.
        Map<String, Object> filed = new java.util.HashMap<>(zhangVQin());
        filed.put("filedOn", "1999-12-01");
        String id = registered(court, filed);
        org.enforcement.cases.support.CaseFixtures.transition(court.judge(), id, Map.of("action", "START_ENFORCEMENT"))
                .then().statusCode(200);
        String agreement = sign(court, id, plan("2000-01-01", 200.00, "2000-01-10", 100.00, "2000-02-10", 100.00))
                .then().statusCode(201).extract().path("id");

        settlements.markMissedInstallments(LocalDate.of(2000, 1, 10));
        given().auth().oauth2(court.judge()).get("/api/cases/" + id + "/settlements/" + agreement).then()
                .body("status", equalTo("PERFORMING")).body("installments[0].status", equalTo("OPEN"));

        // Four "replicas" run the check at the same moment.
        var pool = Executors.newFixedThreadPool(4);
        var start = new CountDownLatch(1);
        List<Future<Integer>> runs = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            Callable<Integer> run = () -> {
                start.await();
                return settlements.markMissedInstallments(LocalDate.of(2000, 1, 11));
            };
            runs.add(pool.submit(run));
        }
        start.countDown();
        for (Future<Integer> run : runs) {
            run.get();
        }
        pool.shutdown();

        given().auth().oauth2(court.judge()).get("/api/cases/" + id + "/settlements/" + agreement).then()
                .body("status", equalTo("BREACHED"))
                .body("installments.status", contains("MISSED", "OPEN"));
        List<String> types = given().auth().oauth2(court.director()).queryParam("limit", 500).get("/events").then()
                .statusCode(200).extract().jsonPath().getList("items.type");
        assertThat(types.stream().filter("InstallmentMissed"::equals).count()).isEqualTo(1);
        assertThat(types.stream().filter("SettlementBreached"::equals).count()).isEqualTo(1);
    }

    @Test
    void shouldDeclareBreachWithIfMatch() {
        Court court = Court.fresh();
        String id = inEnforcement(court);
        Response signed = sign(court, id, plan("2023-01-15", 100.00, NEXT_YEAR + "-02-10", 100.00));
        String agreement = signed.then().statusCode(201).extract().path("id");
        String etag = signed.header("ETag");
        String url = "/api/cases/" + id + "/settlements/" + agreement + "/breach";
        given().auth().oauth2(court.judge()).contentType(ContentType.JSON).body(Map.of("reason", "未交付车辆"))
                .post(url).then().statusCode(428);
        given().auth().oauth2(court.judge()).header("If-Match", "\"99\"").contentType(ContentType.JSON)
                .body(Map.of("reason", "未交付车辆")).post(url).then().statusCode(412);
        given().auth().oauth2(court.judge()).header("If-Match", etag).contentType(ContentType.JSON)
                .body(Map.of("reason", "未交付车辆")).post(url).then()
                .statusCode(200).body("status", equalTo("BREACHED"));
        given().auth().oauth2(court.judge()).header("If-Match", "*").contentType(ContentType.JSON)
                .body(Map.of("reason", "again")).post(url).then().statusCode(409);
    }
}
