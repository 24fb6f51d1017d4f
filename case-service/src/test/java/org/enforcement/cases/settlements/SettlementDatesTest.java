package org.enforcement.cases.settlements;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.enforcement.cases.support.CaseFixtures.inEnforcement;
import static org.enforcement.cases.support.CaseFixtures.pay;
import static org.enforcement.cases.support.CaseFixtures.payloads;
import static org.enforcement.cases.support.CaseFixtures.registered;
import static org.enforcement.cases.support.CaseFixtures.transition;
import static org.enforcement.cases.support.CaseFixtures.zhangVQin;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.enforcement.cases.support.TestDatabase;
import org.enforcement.testing.Court;
import org.junit.jupiter.api.Test;

/** Breaches, missed installments, completion and termination of an agreement on their business days. */
@QuarkusTest
@QuarkusTestResource(TestDatabase.class)
class SettlementDatesTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    @Inject
    MarkMissedInstallments settlements;

    /** Qin's plan: four installments of 13,325 from 20 January 2023 (case filed 2023-01-10). */
    private static Map<String, Object> qinsPlan() {
        return Map.of("signedOn", "2023-01-15", "total", 53300.00, "installments", List.of(
                Map.of("dueOn", "2023-01-20", "amount", 13325.00), Map.of("dueOn", "2023-03-20", "amount", 13325.00),
                Map.of("dueOn", "2023-05-20", "amount", 13325.00), Map.of("dueOn", "2023-07-20", "amount", 13325.00)));
    }

    private static String signed(Court court, String caseId, Map<String, Object> plan) {
        return given().header("Idempotency-Key", UUID.randomUUID().toString()).auth().oauth2(court.judge()).contentType(ContentType.JSON).body(plan)
                .post("/api/cases/" + caseId + "/settlements").then().statusCode(201).extract().path("id");
    }

    private static Response breach(Court court, String caseId, String agreement, Map<String, Object> body) {
        String url = "/api/cases/" + caseId + "/settlements/" + agreement;
        String etag = given().auth().oauth2(court.judge()).get(url).then().statusCode(200).extract().header("ETag");
        return given().auth().oauth2(court.judge()).header("If-Match", etag).contentType(ContentType.JSON)
                .body(body).post(url + "/breach");
    }

    @Test
    void shouldMissTheInstallmentsDueByTheDeclaredBreachOnThatDay() {
        Court court = Court.fresh();
        String id = inEnforcement(court);
        String agreement = signed(court, id, qinsPlan());

        breach(court, id, agreement, Map.of("reason", "被执行人秦某未按约定履行第一期款项", "breachedOn", "2023-01-21"))
                .then().statusCode(200)
                .body("status", equalTo("BREACHED"))
                .body("breachedOn", equalTo("2023-01-21"))
                .body("installments.status", contains("MISSED", "OPEN", "OPEN", "OPEN"))
                .body("installments[0].missedOn", equalTo("2023-01-21"))
                .body("installments[1].missedOn", nullValue());

        assertThat(payloads(court, id, "InstallmentMissed")).singleElement().satisfies(p -> assertThat(p)
                .containsEntry("installment", 1).containsEntry("missedOn", "2023-01-21"));
        assertThat(payloads(court, id, "SettlementBreached")).singleElement()
                .satisfies(p -> assertThat(p).containsEntry("breachedOn", "2023-01-21"));
        // The check finds nothing more to miss in what the breach already marked.
        settlements.markMissedInstallments(LocalDate.of(2023, 1, 22));
        assertThat(payloads(court, id, "InstallmentMissed")).hasSize(1);
    }

    @Test
    void shouldRejectABreachInTheFutureOrBeforeSigning() {
        Court court = Court.fresh();
        String id = inEnforcement(court);
        String agreement = signed(court, id, qinsPlan());
        breach(court, id, agreement, Map.of("reason", "未履行", "breachedOn", TODAY.plusDays(1).toString())).then()
                .statusCode(400).contentType("application/problem+json")
                .body("errors.field", contains("breachedOn")).body("detail", containsString("future"));
        breach(court, id, agreement, Map.of("reason", "未履行", "breachedOn", "2023-01-14")).then()
                .statusCode(400).contentType("application/problem+json")
                .body("errors.field", contains("breachedOn"))
                .body("detail", containsString("before the agreement was signed (2023-01-15)"));
        given().auth().oauth2(court.judge()).get("/api/cases/" + id + "/settlements/" + agreement).then()
                .body("status", equalTo("PERFORMING"))
                .body("installments.status", contains("OPEN", "OPEN", "OPEN", "OPEN"));
        assertThat(payloads(court, id, "InstallmentMissed")).isEmpty();
    }

    @Test
    void shouldBreachTodayByDefaultMissingEveryInstallmentDueByToday() {
        Court court = Court.fresh();
        String id = inEnforcement(court);
        String agreement = signed(court, id, qinsPlan());
        breach(court, id, agreement, Map.of("reason", "未履行")).then().statusCode(200)
                .body("breachedOn", equalTo(TODAY.toString()))
                .body("installments.status", contains("MISSED", "MISSED", "MISSED", "MISSED"));
        assertThat(payloads(court, id, "InstallmentMissed")).hasSize(4)
                .allSatisfy(p -> assertThat(p).containsEntry("missedOn", TODAY.toString()));
    }

    @Test
    void shouldMissAnInstallmentOnTheDayAfterItsDueDateHoweverLateTheCheckRuns() {
        Court court = Court.fresh();
        Map<String, Object> filed = new HashMap<>(zhangVQin());
        filed.put("filedOn", "1999-11-01"); // older than any other test's agreements, so the check sees only these
        String id = registered(court, filed);
        transition(court.judge(), id, Map.of("action", "START_ENFORCEMENT")).then().statusCode(200);
        String agreement = signed(court, id, Map.of("signedOn", "1999-11-15", "total", 200.00, "installments",
                List.of(Map.of("dueOn", "1999-11-20", "amount", 100.00),
                        Map.of("dueOn", "1999-12-20", "amount", 100.00))));

        settlements.markMissedInstallments(LocalDate.of(1999, 12, 10));
        given().auth().oauth2(court.judge()).get("/api/cases/" + id + "/settlements/" + agreement).then()
                .body("status", equalTo("BREACHED"))
                .body("breachedOn", equalTo("1999-11-21"))
                .body("installments.missedOn", contains("1999-11-21", null));
        assertThat(payloads(court, id, "InstallmentMissed")).singleElement()
                .satisfies(p -> assertThat(p).containsEntry("missedOn", "1999-11-21"));
        assertThat(payloads(court, id, "SettlementBreached")).singleElement()
                .satisfies(p -> assertThat(p).containsEntry("breachedOn", "1999-11-21"));
    }

    @Test
    void shouldCompleteOnTheDayOfTheLastPayment() {
        Court court = Court.fresh();
        String id = inEnforcement(court);
        String agreement = signed(court, id, Map.of("signedOn", "2023-01-15", "total", 300.00, "installments",
                List.of(Map.of("dueOn", "2023-02-20", "amount", 300.00))));
        pay(court.clerk(), id, UUID.randomUUID().toString(), Map.of("channel", "BANK_TRANSFER", "payer", "秦某某",
                "amount", "300.00", "receivedOn", "2023-02-18", "concludeIfPaidInFull", true)).then().statusCode(201);
        given().auth().oauth2(court.judge()).get("/api/cases/" + id + "/settlements/" + agreement).then()
                .body("status", equalTo("COMPLETED")).body("endedOn", equalTo("2023-02-18"));
        assertThat(payloads(court, id, "SettlementCompleted")).singleElement()
                .satisfies(p -> assertThat(p).containsEntry("completedOn", "2023-02-18"));
        assertThat(payloads(court, id, "CaseConcluded")).singleElement()
                .satisfies(p -> assertThat(p).containsEntry("concludedOn", "2023-02-18"));
    }

    @Test
    void shouldKeepDueDatesWithinTenYearsOfSigning() {
        Court court = Court.fresh();
        // Signed long enough ago that ten years later still lies within the business calendar.
        Map<String, Object> filed = new HashMap<>(zhangVQin());
        filed.put("filedOn", "2005-01-10");
        String id = registered(court, filed);
        transition(court.judge(), id, Map.of("action", "START_ENFORCEMENT")).then().statusCode(200);
        Map<String, Object> plan = Map.of("signedOn", "2005-01-15", "total", 200.00, "installments", List.of(
                Map.of("dueOn", "2005-02-20", "amount", 100.00), Map.of("dueOn", "2015-01-16", "amount", 100.00)));
        given().header("Idempotency-Key", UUID.randomUUID().toString()).auth().oauth2(court.judge()).contentType(ContentType.JSON).body(plan)
                .post("/api/cases/" + id + "/settlements").then()
                .statusCode(400).contentType("application/problem+json")
                .body("errors.field", contains("installments[1].dueOn"))
                .body("detail", containsString("10 years after the agreement was signed (2015-01-15 at the latest)"));
        given().auth().oauth2(court.judge()).get("/api/cases/" + id + "/settlements").then().body("size()", equalTo(0));
        Map<String, Object> tenYears = Map.of("signedOn", "2005-01-15", "total", 200.00, "installments", List.of(
                Map.of("dueOn", "2005-02-20", "amount", 100.00), Map.of("dueOn", "2015-01-15", "amount", 100.00)));
        signed(court, id, tenYears);
    }

    @Test
    void shouldAcceptAPlanSignedTodayThatRunsBeyondNextYear() {
        Court court = Court.fresh();
        Map<String, Object> filed = new HashMap<>(zhangVQin());
        filed.put("filedOn", TODAY.minusDays(1).toString());
        String id = registered(court, filed);
        transition(court.judge(), id, Map.of("action", "START_ENFORCEMENT")).then().statusCode(200);
        LocalDate lastDue = TODAY.plusYears(9);
        Map<String, Object> plan = Map.of("signedOn", TODAY.toString(), "total", 200.00, "installments", List.of(
                Map.of("dueOn", TODAY.plusMonths(1).toString(), "amount", 100.00),
                Map.of("dueOn", lastDue.toString(), "amount", 100.00)));
        String agreement = signed(court, id, plan);
        given().auth().oauth2(court.judge()).get("/api/cases/" + id + "/settlements/" + agreement).then()
                .statusCode(200).body("installments[1].dueOn", equalTo(lastDue.toString()));
    }
}
