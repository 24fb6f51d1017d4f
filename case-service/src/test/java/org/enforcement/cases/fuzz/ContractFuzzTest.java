package org.enforcement.cases.fuzz;

import static io.restassured.RestAssured.given;
import static org.enforcement.cases.support.CaseFixtures.inEnforcement;
import static org.enforcement.cases.support.CaseFixtures.pay;
import static org.enforcement.cases.support.CaseFixtures.registered;
import static org.enforcement.cases.support.CaseFixtures.zhangVQin;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.enforcement.cases.support.TestDatabase;
import org.enforcement.testing.Court;
import org.enforcement.testing.fuzz.ContractFuzzer;
import org.junit.jupiter.api.Test;

/**
 * Every case-service operation under valid-looking and hostile requests (see {@link ContractFuzzer}): no 5xx, every
 * error problem+json with its status declared, nothing stored by an error, ready afterwards. Replay a failure with
 * {@code -Dfuzz.seed=N}; a long campaign: {@code -Dfuzz.requests=30000}.
 */
@QuarkusTest
@QuarkusTestResource(TestDatabase.class)
class ContractFuzzTest {

    @Test
    void shouldAnswerEveryRequestWithAProblemOrSuccessAndStoreNothingOnError() {
        Court court = Court.fresh();
        String filed = registered(court, zhangVQin());
        String enforced = inEnforcement(court);
        JsonPath parties = given().auth().oauth2(court.judge()).get("/api/cases/" + enforced).then().statusCode(200)
                .extract().jsonPath();
        String applicant = parties.getString("applicants[0].id");
        String respondent = parties.getString("respondents[0].id");
        String payment = pay(court.clerk(), enforced, UUID.randomUUID().toString(), Map.of("channel", "ON_SITE",
                "payer", "秦某某", "amount", 20000.00, "receivedOn", "2023-02-02", "reference", "现场履行"))
                .then().statusCode(201).extract().path("id");
        String disbursement = post(court.clerk(), "/api/cases/" + enforced + "/disbursements",
                Map.of("payeeId", applicant, "amount", 5000.00));
        String measure = post(court.judge(), "/api/cases/" + enforced + "/measures", Map.of("type",
                "SUMMONS", "respondentId", respondent, "durationHours", 6, "complex", false, "reason", "拒不到场"));
        String settling = inEnforcement(court);
        String settlement = post(court.judge(), "/api/cases/" + settling + "/settlements", Map.of("signedOn",
                "2023-01-15", "total", 53300.00, "terms", "分期履行", "installments",
                List.of(Map.of("dueOn", "2030-01-20", "amount", 53300.00))));
        String webhook = post(court.integrator(), "/api/webhooks", Map.of("url", "https://hooks.example.org/a"));

        ContractFuzzer.forThisService()
                .as(court)
                .ids("caseId", filed, enforced, settling)
                .ids("payeeId", applicant)
                .ids("respondentId", respondent)
                .ids("paymentId", payment)
                .ids("disbursementId", disbursement)
                .ids("measureId", measure)
                .ids("settlementId", settlement)
                .ids("webhookId", webhook)
                .database(TestDatabase.ownerDataSource())
                .run()
                .assertClean();
    }

    private static String post(String token, String path, Map<String, Object> body) {
        return given().auth().oauth2(token).header("Idempotency-Key", UUID.randomUUID().toString())
                .contentType(ContentType.JSON).body(body).post(path).then().log().ifValidationFails()
                .statusCode(201).extract().path("id");
    }
}
