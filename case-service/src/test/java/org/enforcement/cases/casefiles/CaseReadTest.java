package org.enforcement.cases.casefiles;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.enforcement.cases.support.CaseFixtures.inEnforcement;
import static org.enforcement.cases.support.CaseFixtures.pay;
import static org.enforcement.cases.support.CaseFixtures.registered;
import static org.enforcement.cases.support.CaseFixtures.transition;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.enforcement.cases.support.TestDatabase;
import org.enforcement.testing.Court;
import org.enforcement.testing.Tokens;
import org.junit.jupiter.api.Test;

/**
 * GET /api/cases/{id} reads the case without managed entities (CaseReads, issue 18); it must show a case exactly as
 * the views built from the managed case do (a transition's answer, the listing), for the roles that see personal data
 * and for those that see it masked and scrubbed, and keep other courts' cases absent.
 */
@QuarkusTest
@QuarkusTestResource(TestDatabase.class)
class CaseReadTest {

    private static final String RESPONDENT = "秦大山";
    private static final String ADDRESS = "江苏省淮安市淮阴区王营镇某村12号";

    @Test
    void shouldShowTheCaseAsTheManagedViewsDoForEveryRole() {
        Court court = Court.fresh();
        String id = registered(court, withTwoApplicantsAndAnObligation());
        transition(court.judge(), id, Map.of("action", "START_ENFORCEMENT")).then().statusCode(200);
        pay(court.clerk(), id, UUID.randomUUID().toString(), Map.of("channel", "ON_SITE", "payer", RESPONDENT,
                "amount", new BigDecimal("123.45"))).then().statusCode(201);
        Map<String, Object> concluded = transition(court.judge(), id, Map.of("action", "CONCLUDE",
                "conclusionType", "TERMINATED_THIS_ROUND", "reason", "经网络查控未发现可供执行的财产")).then()
                .statusCode(200).extract().jsonPath().getMap("$");
        concluded = new HashMap<>(concluded);

        Map<String, Object> judge = new HashMap<>(read(court.judge(), id));
        // The transition answers the instant it kept in memory; the database rounds it to microseconds.
        assertThat(Instant.parse((String) judge.remove("concludedAt")))
                .isCloseTo(Instant.parse((String) concluded.remove("concludedAt")), within(1, ChronoUnit.MICROS));
        assertThat(judge).isEqualTo(concluded).containsEntry("paid", 123.45f).containsEntry("status", "CONCLUDED");
        assertThat(judge.toString()).contains(RESPONDENT, ADDRESS, "320804198801011234", "13812345678");

        for (String token : new String[] {court.judge(), court.clerk(), court.observer(), court.integrator()}) {
            assertThat(read(token, id)).as("GET vs listing").isEqualTo(listed(token, id));
        }
        Map<String, Object> observer = read(court.observer(), id);
        assertThat(observer.toString()).doesNotContain(RESPONDENT, ADDRESS, "320804198801011234", "13812345678",
                "张小花");
        assertThat(observer.get("nonMonetaryObligation").toString()).startsWith("被执行人秦某").contains("腾退");
        List<Map<String, Object>> applicants = cast(observer.get("applicants"));
        assertThat(applicants).extracting(p -> p.get("masked")).containsOnly(true);
        assertThat(applicants).extracting(p -> p.get("name")).containsExactly("张某", "淮安市某某建材有限公司");
    }

    @Test
    void shouldKeepCasesOfOtherCourtsAndUnknownCasesAbsent() {
        Court court = Court.fresh();
        String id = inEnforcement(court);
        for (String path : new String[] {"/api/cases/" + id, "/api/cases/" + UUID.randomUUID()}) {
            String token = path.endsWith(id) ? Court.fresh().judge() : court.judge();
            given().auth().oauth2(token).get(path).then().statusCode(404)
                    .contentType("application/problem+json").body("type", equalTo("/problems/case-not-found"));
        }
        given().auth().oauth2(Tokens.withCourtClaim("judge.x", "judge", "苏9999")).get("/api/cases/" + id).then()
                .statusCode(403).body("type", equalTo("/problems/unknown-court"));
    }

    private static Map<String, Object> read(String token, String id) {
        return given().auth().oauth2(token).get("/api/cases/" + id).then().statusCode(200).extract().jsonPath()
                .getMap("$");
    }

    private static Map<String, Object> listed(String token, String id) {
        return given().auth().oauth2(token).queryParam("limit", 100).get("/api/cases").then().statusCode(200)
                .extract().jsonPath().getMap("items.find { it.id == '" + id + "' }");
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> cast(Object list) {
        return (List<Map<String, Object>>) list;
    }

    private static Map<String, Object> withTwoApplicantsAndAnObligation() {
        Map<String, Object> body = new HashMap<>();
        body.put("cause", "借款合同纠纷");
        body.put("basisDocument", "(2022)苏0804民初567号民事判决书");
        body.put("principal", 52000.00);
        body.put("costs", 1300.00);
        body.put("assignedJudge", "judge.chen");
        body.put("filedOn", "2023-01-10");
        body.put("campaignCode", "淮执·9号");
        body.put("nonMonetaryObligation", "被执行人" + RESPONDENT + "腾退位于" + ADDRESS + "的房屋");
        body.put("applicants", List.of(Map.of("kind", "PERSON", "name", "张小花", "phone", "13900001111"),
                Map.of("kind", "ORGANIZATION", "name", "淮安市某某建材有限公司")));
        body.put("respondents", List.of(Map.of("kind", "PERSON", "name", RESPONDENT,
                "idNumber", "320804198801011234", "phone", "13812345678", "address", ADDRESS)));
        return body;
    }
}
