package org.enforcement.cases.casefiles;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.enforcement.cases.support.CaseFixtures.payloads;
import static org.enforcement.cases.support.CaseFixtures.registered;
import static org.enforcement.cases.support.CaseFixtures.transition;
import static org.enforcement.cases.support.CaseFixtures.zhangVQin;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.enforcement.cases.support.TestDatabase;
import org.enforcement.testing.Court;
import org.junit.jupiter.api.Test;

/** Each move of a case happens on its business day, which its event carries, whenever it is entered. */
@QuarkusTest
@QuarkusTestResource(TestDatabase.class)
class CaseDatesTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    @Test
    void shouldStartSettleAndResumeOnTheDaysGiven() {
        Court court = Court.fresh();
        String id = registered(court, zhangVQin()); // filed 2023-01-10
        transition(court.judge(), id, Map.of("action", "START_ENFORCEMENT", "startedOn", "2023-01-12")).then()
                .statusCode(200).body("status", equalTo("IN_ENFORCEMENT"));
        assertThat(payloads(court, id, "CaseEnforcementStarted")).singleElement()
                .satisfies(p -> assertThat(p).containsEntry("startedOn", "2023-01-12"));

        String agreement = given().header("Idempotency-Key", UUID.randomUUID().toString()).auth().oauth2(court.judge()).contentType(ContentType.JSON)
                .body(Map.of("signedOn", "2023-01-15", "total", 100.00,
                        "installments", List.of(Map.of("dueOn", "2023-01-20", "amount", 100.00))))
                .post("/api/cases/" + id + "/settlements").then().statusCode(201).extract().path("id");
        assertThat(payloads(court, id, "CaseSettlementPerforming")).singleElement()
                .satisfies(p -> assertThat(p).containsEntry("signedOn", "2023-01-15"));

        String etag = given().auth().oauth2(court.judge()).get("/api/cases/" + id + "/settlements/" + agreement)
                .then().extract().header("ETag");
        given().auth().oauth2(court.judge()).header("If-Match", etag).contentType(ContentType.JSON)
                .body(Map.of("reason", "未按期履行", "breachedOn", "2023-01-21"))
                .post("/api/cases/" + id + "/settlements/" + agreement + "/breach").then().statusCode(200);
        transition(court.judge(), id, Map.of("action", "RESUME", "reason", "申请执行人申请恢复执行",
                "resumedOn", "2023-02-01")).then().statusCode(200).body("status", equalTo("IN_ENFORCEMENT"));
        assertThat(payloads(court, id, "CaseResumed")).singleElement()
                .satisfies(p -> assertThat(p).containsEntry("resumedOn", "2023-02-01"));
        // Resuming ends the breached agreement on the same day.
        assertThat(payloads(court, id, "SettlementTerminated")).singleElement()
                .satisfies(p -> assertThat(p).containsEntry("terminatedOn", "2023-02-01"));
        given().auth().oauth2(court.judge()).get("/api/cases/" + id + "/settlements/" + agreement).then()
                .body("status", equalTo("TERMINATED")).body("endedOn", equalTo("2023-02-01"));
    }

    @Test
    void shouldStartTodayByDefault() {
        Court court = Court.fresh();
        String id = registered(court, zhangVQin());
        transition(court.judge(), id, Map.of("action", "START_ENFORCEMENT")).then().statusCode(200);
        assertThat(payloads(court, id, "CaseEnforcementStarted")).singleElement()
                .satisfies(p -> assertThat(p).containsEntry("startedOn", TODAY.toString()));
    }

    @Test
    void shouldRejectStartedOnAndResumedOnInTheFutureBeforeFilingOrWithAnotherAction() {
        Court court = Court.fresh();
        String id = registered(court, zhangVQin()); // filed 2023-01-10
        assertRefused(transition(court.judge(), id, Map.of("action", "START_ENFORCEMENT",
                "startedOn", TODAY.plusDays(1).toString())), "startedOn", "future");
        assertRefused(transition(court.judge(), id, Map.of("action", "START_ENFORCEMENT",
                "startedOn", "2023-01-09")), "startedOn", "before the case was filed (2023-01-10)");
        assertRefused(transition(court.judge(), id, Map.of("action", "START_ENFORCEMENT",
                "resumedOn", "2023-01-12")), "resumedOn", "only allowed with RESUME");
        Map<String, Object> conclude = new HashMap<>(Map.of("action", "CONCLUDE", "conclusionType", "TERMINATED",
                "reason", "撤回申请", "startedOn", "2023-01-12"));
        assertRefused(transition(court.judge(), id, conclude), "startedOn", "only allowed with START_ENFORCEMENT");
        assertRefused(transition(court.judge(), id, Map.of("action", "START_ENFORCEMENT",
                "startedOn", "0203-01-12")), "startedOn", "must not be before 1990-01-01");

        given().auth().oauth2(court.judge()).get("/api/cases/" + id).then().body("status", equalTo("FILED"));
        assertThat(payloads(court, id, "CaseEnforcementStarted")).isEmpty();
    }

    @Test
    void shouldKeepEveryDateWithinTheBusinessCalendar() {
        Court court = Court.fresh();
        Map<String, Object> body = new HashMap<>(zhangVQin());
        body.put("filedOn", "1989-12-31");
        given().auth().oauth2(court.clerk()).contentType(ContentType.JSON).body(body).post("/api/cases").then()
                .statusCode(400).contentType("application/problem+json")
                .body("errors.field", contains("filedOn"))
                .body("errors.message", contains("must not be before 1990-01-01"));
        body.put("filedOn", "1990-01-01");
        given().auth().oauth2(court.clerk()).contentType(ContentType.JSON).body(body).post("/api/cases").then()
                .statusCode(201);

        String id = registered(court, zhangVQin());
        transition(court.judge(), id, Map.of("action", "START_ENFORCEMENT")).then().statusCode(200);
        // A due date looks ahead, so its bound is the plan's: ten years after signing (2203 for 2023 is refused).
        given().header("Idempotency-Key", UUID.randomUUID().toString()).auth().oauth2(court.judge()).contentType(ContentType.JSON)
                .body(Map.of("signedOn", "2023-01-15", "total", 100.00,
                        "installments", List.of(Map.of("dueOn", "2203-01-20", "amount", 100.00))))
                .post("/api/cases/" + id + "/settlements").then()
                .statusCode(400).contentType("application/problem+json")
                .body("errors.field", contains("installments[0].dueOn"))
                .body("detail", containsString("(2033-01-15 at the latest)"));
    }

    private static void assertRefused(io.restassured.response.Response response, String field, String why) {
        response.then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("/problems/validation"))
                .body("errors.field", contains(field))
                .body("detail", containsString(why));
    }
}
