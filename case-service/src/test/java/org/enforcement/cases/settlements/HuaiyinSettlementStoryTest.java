package org.enforcement.cases.settlements;

import static io.restassured.RestAssured.given;
import static org.enforcement.cases.support.CaseFixtures.inEnforcement;
import static org.enforcement.cases.support.CaseFixtures.pay;
import static org.enforcement.cases.support.CaseFixtures.transition;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.enforcement.testing.Court;
import org.enforcement.cases.support.TestDatabase;
import org.junit.jupiter.api.Test;

/**
 * Zhang v Qin (Huaiyin District Court, DOMAIN.md): a loan dispute over 50,000 yuan, a settlement in four
 * installments, the first one missed, Qin brought in and paying 20,000 on the spot.
 */
@QuarkusTest
@QuarkusTestResource(TestDatabase.class)
class HuaiyinSettlementStoryTest {

    @Inject
    MarkMissedInstallments settlements;

    private String signedAndFirstInstallmentMissed(Court court) {
        String id = inEnforcement(court);
        SettlementResourceTest.sign(court, id, SettlementResourceTest.plan("2023-01-15", 53300.00,
                "2023-01-20", 13325.00, "2023-03-20", 13325.00, "2023-05-20", 13325.00, "2023-07-20", 13325.00))
                .then().statusCode(201).body("status", equalTo("PERFORMING"));
        given().auth().oauth2(court.judge()).get("/api/cases/" + id).then()
                .body("status", equalTo("SETTLEMENT_PERFORMING"));

        settlements.markMissedInstallments(LocalDate.of(2023, 1, 21));
        given().auth().oauth2(court.judge()).get("/api/cases/" + id + "/settlements").then()
                .body("[0].status", equalTo("BREACHED"))
                .body("[0].installments.status", contains("MISSED", "OPEN", "OPEN", "OPEN"));

        // Qin refuses to report his property and to appear: he is brought in under compulsory summons (拘传).
        String qin = given().auth().oauth2(court.judge()).get("/api/cases/" + id).then().extract()
                .path("respondents[0].id");
        String today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).toString();
        var order = given().auth().oauth2(court.judge()).contentType("application/json")
                .body(Map.of("type", "PROPERTY_REPORT_ORDER", "respondentId", qin, "deadline", today))
                .header("Idempotency-Key", java.util.UUID.randomUUID().toString())
                .post("/api/cases/" + id + "/measures");
        String reportOrder = order.then().statusCode(201).extract().path("id");
        given().auth().oauth2(court.officer()).header("If-Match", order.header("ETag")).contentType("application/json")
                .body(Map.of("refused", true, "note", "无正当理由拒绝报告财产"))
                .post("/api/cases/" + id + "/measures/" + reportOrder + "/result").then()
                .statusCode(200).body("status", equalTo("REFUSED"));
        var summons = given().auth().oauth2(court.judge()).contentType("application/json")
                .body(Map.of("type", "SUMMONS", "respondentId", qin, "durationHours", 8,
                        "reason", "经传唤无正当理由拒不到场"))
                .header("Idempotency-Key", java.util.UUID.randomUUID().toString())
                .post("/api/cases/" + id + "/measures");
        String summonsId = summons.then().statusCode(201).body("status", equalTo("ORDERED")).extract().path("id");
        given().auth().oauth2(court.officer()).header("If-Match", summons.header("ETag")).contentType("application/json")
                .body(Map.of("note", "凌晨执行行动中拘传到院"))
                .post("/api/cases/" + id + "/measures/" + summonsId + "/result").then()
                .statusCode(200).body("status", equalTo("EXECUTED"));

        // Brought in under compulsory summons, Qin pays 20,000 on the spot.
        pay(court.officer(), id, UUID.randomUUID().toString(), Map.of("channel", "ON_SITE", "payer", "秦某某",
                "amount", 20000.00, "receivedOn", "2023-02-02", "reference", "淮执·9号 凌晨执行")).then()
                .statusCode(201)
                .body("allocations.installment", contains(1, 2))
                .body("allocations.amount", contains(13325.00f, 6675.00f))
                .body("caseAfter.paid", equalTo(20000.00f))
                .body("caseAfter.outstanding", equalTo(33300.00f));
        given().auth().oauth2(court.judge()).get("/api/cases/" + id + "/settlements").then()
                .body("[0].installments.status", contains("PAID", "OPEN", "OPEN", "OPEN"))
                .body("[0].installments[1].paid", equalTo(6675.00f));
        return id;
    }

    @Test
    void shouldResumeEnforcementAfterTheBreachWhenTheApplicantAsks() {
        Court court = Court.fresh();
        String id = signedAndFirstInstallmentMissed(court);
        transition(court.judge(), id, Map.of("action", "RESUME",
                "reason", "申请执行人张某某以被执行人未按和解协议履行为由申请恢复执行")).then()
                .statusCode(200)
                .body("status", equalTo("IN_ENFORCEMENT"))
                .body("paid", equalTo(20000.00f))
                .body("outstanding", equalTo(33300.00f));
        given().auth().oauth2(court.judge()).get("/api/cases/" + id + "/settlements").then()
                .body("[0].status", equalTo("TERMINATED"));
        List<String> types = given().auth().oauth2(court.judge()).get("/events").then().extract().jsonPath()
                .getList("items.type");
        org.assertj.core.api.Assertions.assertThat(types).containsSubsequence("CaseFiled", "CaseEnforcementStarted",
                "SettlementSigned", "InstallmentMissed", "SettlementBreached", "PropertyReportRefused",
                "MeasureOrdered", "MeasureExecuted", "PaymentRecorded",
                "SettlementTerminated", "CaseResumed");
    }

    @Test
    void shouldConcludeAsSettlementPerformedWhenQinKeepsToTheAgreement() {
        Court court = Court.fresh();
        String id = signedAndFirstInstallmentMissed(court);
        // A breached agreement cannot be concluded as performed yet.
        transition(court.judge(), id, Map.of("action", "CONCLUDE", "conclusionType", "SETTLEMENT_PERFORMED"))
                .then().statusCode(422).body("type", equalTo("/problems/settlement-not-performed"));
        pay(court.clerk(), id, UUID.randomUUID().toString(), Map.of("channel", "BANK_TRANSFER", "payer", "秦某某",
                "amount", 20000.00, "receivedOn", "2023-03-18")).then().statusCode(201);
        pay(court.clerk(), id, UUID.randomUUID().toString(), Map.of("channel", "BANK_TRANSFER", "payer", "秦某某",
                "amount", 13300.00, "receivedOn", "2023-07-19", "concludeIfPaidInFull", true)).then()
                .statusCode(201)
                .body("caseAfter.status", equalTo("CONCLUDED"))
                .body("caseAfter.conclusionType", equalTo("SETTLEMENT_PERFORMED"))
                .body("caseAfter.outstanding", equalTo(0.0f));
        given().auth().oauth2(court.judge()).get("/api/cases/" + id + "/settlements").then()
                .body("[0].status", equalTo("COMPLETED"))
                .body("[0].installments.status", contains("PAID", "PAID", "PAID", "PAID"));
        given().auth().oauth2(court.judge()).get("/api/cases/" + id + "/transitions").then()
                .body("action", hasItems("SETTLE", "CONCLUDE"));
    }
}
