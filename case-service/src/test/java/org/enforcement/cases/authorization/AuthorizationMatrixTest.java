package org.enforcement.cases.authorization;

import static io.restassured.RestAssured.given;
import static org.enforcement.cases.support.CaseFixtures.inEnforcement;
import static org.enforcement.cases.support.CaseFixtures.pay;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.enforcement.cases.support.TestDatabase;
import org.enforcement.testing.Court;
import org.enforcement.testing.fuzz.AuthorizationMatrix;
import org.junit.jupiter.api.Test;

/**
 * Every case-service operation × role × (own court, the court above it, a sibling court) against the table in
 * src/test/resources/authorization-matrix.tsv. Cases belong to their court alone: the court above reads the
 * figures in stats-service, not the case files.
 */
@QuarkusTest
@QuarkusTestResource(TestDatabase.class)
class AuthorizationMatrixTest {

    @Test
    void shouldLetEachRoleOfEachCourtDoExactlyWhatTheTableSays() {
        Court higher = Court.freshIntermediate();
        Court own = higher.child();
        Court sibling = higher.child();
        String kase = inEnforcement(own);
        JsonPath parties = given().auth().oauth2(own.judge()).get("/api/cases/" + kase).then().statusCode(200)
                .extract().jsonPath();
        String applicant = parties.getString("applicants[0].id");
        String respondent = parties.getString("respondents[0].id");
        Map<String, Object> payment = Map.of("channel", "ON_SITE", "payer", "秦某某", "amount", 100.00,
                "receivedOn", "2023-02-02", "reference", "现场履行");
        String paymentId = pay(own.clerk(), kase, UUID.randomUUID().toString(), payment).then().statusCode(201)
                .extract().path("id");
        Map<String, Object> disbursement = Map.of("payeeId", applicant, "amount", 50.00);
        String disbursementId = post(own.clerk(), "/api/cases/" + kase + "/disbursements", disbursement);
        Map<String, Object> measure = Map.of("type", "SUMMONS", "respondentId", respondent, "durationHours", 6,
                "complex", false, "reason", "拒不到场");
        String measureId = post(own.judge(), "/api/cases/" + kase + "/measures", measure);
        Map<String, Object> settlement = Map.of("signedOn", "2023-01-15", "total", 1000.00, "terms", "分期履行",
                "installments", List.of(Map.of("dueOn", "2030-01-20", "amount", 1000.00)));
        String settlementId = post(own.judge(), "/api/cases/" + kase + "/settlements", settlement);
        Map<String, Object> webhook = Map.of("url", "https://hooks.example.org/enforcement");
        String webhookId = post(own.integrator(), "/api/webhooks", webhook);
        String deletedWebhookId = post(own.integrator(), "/api/webhooks", webhook);

        AuthorizationMatrix.forThisService()
                .courts(own, higher, sibling)
                .ids("caseId", kase)
                .ids("paymentId", paymentId)
                .ids("disbursementId", disbursementId)
                .ids("measureId", measureId)
                .ids("settlementId", settlementId)
                .ids("payeeId", applicant)
                .ids("respondentId", respondent)
                .ids("webhookId", webhookId)
                .ids("DELETE /api/webhooks/{webhookId}", "webhookId", deletedWebhookId)
                .body("POST /api/webhooks", webhook)
                .body("POST /api/webhooks/{webhookId}/replay", Map.of("afterEventId", 0))
                .body("POST /api/cases/{caseId}/payments", payment)
                .body("POST /api/cases/{caseId}/disbursements", disbursement)
                .body("POST /api/cases/{caseId}/measures", measure)
                .body("POST /api/cases/{caseId}/measures", "integrator", fromField(measure))
                .body("POST /api/cases/{caseId}/measures/{measureId}/result", Map.of("note", "被执行人到场"))
                .body("POST /api/cases/{caseId}/settlements", settlement)
                .check();
    }

    /** The same order as decided in the field by an officer: what operation-service delivers. */
    private static Map<String, Object> fromField(Map<String, Object> measure) {
        Map<String, Object> decided = new java.util.HashMap<>(measure);
        decided.put("fieldDecision", Map.of("decidedBy", "officer.zhao", "decidedAt", "2023-02-01T21:49:00Z",
                "reference", "operation timeline entry " + UUID.randomUUID()));
        return decided;
    }

    private static String post(String token, String path, Map<String, Object> body) {
        return given().auth().oauth2(token).header("Idempotency-Key", UUID.randomUUID().toString())
                .contentType(ContentType.JSON).body(body).post(path).then().log().ifValidationFails()
                .statusCode(201).extract().path("id");
    }
}
