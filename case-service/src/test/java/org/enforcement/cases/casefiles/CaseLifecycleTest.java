package org.enforcement.cases.casefiles;

import static io.restassured.RestAssured.given;
import static org.enforcement.cases.support.CaseFixtures.etag;
import static org.enforcement.cases.support.CaseFixtures.inEnforcement;
import static org.enforcement.cases.support.CaseFixtures.registered;
import static org.enforcement.cases.support.CaseFixtures.transition;
import static org.enforcement.cases.support.CaseFixtures.zhangVQin;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import org.enforcement.testing.Court;
import org.enforcement.cases.support.TestDatabase;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(TestDatabase.class)
class CaseLifecycleTest {

    @Test
    void shouldStartConcludeThisRoundAndResumeKeepingWhoWhenWhy() {
        Court court = Court.fresh();
        String id = registered(court, zhangVQin());
        transition(court.judge(), id, Map.of("action", "START_ENFORCEMENT")).then()
                .statusCode(200).body("status", equalTo("IN_ENFORCEMENT"));
        transition(court.judge(), id, Map.of("action", "CONCLUDE", "conclusionType", "TERMINATED_THIS_ROUND",
                "reason", "经网络查控未发现可供执行的财产")).then()
                .statusCode(200)
                .body("status", equalTo("CONCLUDED"))
                .body("conclusionType", equalTo("TERMINATED_THIS_ROUND"));
        transition(court.director(), id, Map.of("action", "RESUME", "reason", "发现新的财产线索")).then()
                .statusCode(200)
                .body("status", equalTo("IN_ENFORCEMENT"))
                .body("conclusionType", equalTo(null));

        given().auth().oauth2(court.observer()).get("/api/cases/" + id + "/transitions").then()
                .statusCode(200)
                .body("action", contains("FILE", "START_ENFORCEMENT", "CONCLUDE", "RESUME"))
                .body("actor", contains("clerk.wang", "judge.chen", "judge.chen", "director.liu"))
                .body("[2].reason", equalTo("经网络查控未发现可供执行的财产"))
                .body("[3].roles", equalTo("director"));
    }

    @Test
    void shouldConcludeOnTheDayGivenAndCountDaysToConcludeFromIt() {
        Court court = Court.fresh();
        String id = inEnforcement(court); // filed 2023-01-10
        transition(court.judge(), id, Map.of("action", "CONCLUDE", "conclusionType", "TERMINATED_THIS_ROUND",
                "reason", "经网络查控未发现可供执行的财产", "concludedOn", "2023-02-02")).then()
                .statusCode(200)
                .body("status", equalTo("CONCLUDED"))
                .body("concludedAt", equalTo("2023-02-02T15:59:59Z"));

        given().auth().oauth2(court.observer()).get("/api/cases/" + id).then()
                .statusCode(200)
                .body("status", equalTo("CONCLUDED"))
                .body("concludedAt", equalTo("2023-02-02T15:59:59Z"));
        JsonPath concluded = concludedEvent(court, id);
        assertThat(concluded.getString("concludedOn")).isEqualTo("2023-02-02");
        assertThat(concluded.getInt("daysToConclude")).isEqualTo(23);
    }

    @Test
    void shouldConcludeTodayInTheCourtsZoneByDefault() {
        Court court = Court.fresh();
        String id = inEnforcement(court);
        transition(court.judge(), id, Map.of("action", "CONCLUDE", "conclusionType", "TERMINATED",
                "reason", "申请执行人撤回申请")).then().statusCode(200).body("status", equalTo("CONCLUDED"));

        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        JsonPath concluded = concludedEvent(court, id);
        assertThat(concluded.getString("concludedOn")).isEqualTo(today.toString());
        assertThat(concluded.getLong("daysToConclude"))
                .isEqualTo(ChronoUnit.DAYS.between(LocalDate.parse("2023-01-10"), today));
    }

    @Test
    void shouldRejectConcludedOnInTheFutureBeforeFilingOrWithAnotherAction() {
        Court court = Court.fresh();
        String id = registered(court, zhangVQin()); // filed 2023-01-10
        transition(court.judge(), id, Map.of("action", "START_ENFORCEMENT", "concludedOn", "2023-02-02")).then()
                .statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("/problems/validation"))
                .body("errors.field", contains("concludedOn"))
                .body("detail", containsString("only allowed with CONCLUDE"));
        transition(court.judge(), id, Map.of("action", "START_ENFORCEMENT")).then().statusCode(200);

        String tomorrow = LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(1).toString();
        transition(court.judge(), id, conclusion(tomorrow)).then()
                .statusCode(400).contentType("application/problem+json")
                .body("errors.field", contains("concludedOn"))
                .body("detail", containsString("future"));
        transition(court.judge(), id, conclusion("2023-01-09")).then()
                .statusCode(400).contentType("application/problem+json")
                .body("errors.field", contains("concludedOn"))
                .body("detail", containsString("before the case was filed (2023-01-10)"));

        given().auth().oauth2(court.judge()).get("/api/cases/" + id).then()
                .statusCode(200)
                .body("status", equalTo("IN_ENFORCEMENT"))
                .body("concludedAt", nullValue());
        given().auth().oauth2(court.clerk()).queryParam("limit", 500).get("/events").then()
                .statusCode(200)
                .body("items.findAll { it.type == 'CaseConcluded' }", org.hamcrest.Matchers.hasSize(0));
        // the filing day itself is allowed
        transition(court.judge(), id, conclusion("2023-01-10")).then().statusCode(200)
                .body("concludedAt", equalTo("2023-01-10T15:59:59Z"));
        assertThat(concludedEvent(court, id).getInt("daysToConclude")).isZero();
    }

    private static Map<String, Object> conclusion(String concludedOn) {
        Map<String, Object> body = new HashMap<>();
        body.put("action", "CONCLUDE");
        body.put("conclusionType", "TERMINATED");
        body.put("reason", "申请执行人撤回申请");
        body.put("concludedOn", concludedOn);
        return body;
    }

    /** The payload of the case's single CaseConcluded event in the feed. */
    private static JsonPath concludedEvent(Court court, String caseId) {
        JsonPath feed = given().auth().oauth2(court.clerk()).queryParam("limit", 500).get("/events").then()
                .statusCode(200).extract().jsonPath();
        String path = "items.findAll { it.type == 'CaseConcluded' && it.caseId == '" + caseId + "' }";
        assertThat(feed.getList(path)).hasSize(1);
        feed.setRootPath(path + "[0].payload");
        return feed;
    }

    @Test
    void shouldRejectIllegalTransitionWith409() {
        Court court = Court.fresh();
        String id = registered(court, zhangVQin());
        transition(court.judge(), id, Map.of("action", "RESUME", "reason", "x")).then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/illegal-transition"))
                .body("detail", containsString("FILED"));
        transition(court.judge(), id, Map.of("action", "CONCLUDE", "conclusionType", "TERMINATED",
                "reason", "x")).then().statusCode(409);
    }

    @Test
    void shouldNotResumeAFullyPerformedOrTerminatedCase() {
        Court court = Court.fresh();
        String id = inEnforcement(court);
        transition(court.judge(), id, Map.of("action", "CONCLUDE", "conclusionType", "TERMINATED",
                "reason", "申请执行人撤回申请")).then().statusCode(200);
        transition(court.judge(), id, Map.of("action", "RESUME", "reason", "x")).then()
                .statusCode(409).body("type", equalTo("/problems/illegal-transition"));
    }

    @Test
    void shouldRefuseFullyPerformedWhileMoneyIsOutstanding() {
        Court court = Court.fresh();
        String id = inEnforcement(court);
        transition(court.judge(), id, Map.of("action", "CONCLUDE", "conclusionType", "FULLY_PERFORMED")).then()
                .statusCode(422)
                .body("type", equalTo("/problems/amount-outstanding"))
                .body("outstanding", equalTo(53300.00f))
                .body("$", not(org.hamcrest.Matchers.hasKey("extensions")));
    }

    @Test
    void shouldRequireReasonAndConclusionType() {
        Court court = Court.fresh();
        String id = inEnforcement(court);
        transition(court.judge(), id, Map.of("action", "CONCLUDE")).then()
                .statusCode(400).body("errors.field", hasItem("conclusionType"));
        transition(court.judge(), id, Map.of("action", "CONCLUDE", "conclusionType", "TERMINATED_THIS_ROUND"))
                .then().statusCode(400).body("errors.field", hasItem("reason"));
        transition(court.judge(), id, Map.of("action", "FLY")).then()
                .statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("action"));
    }

    @Test
    void shouldRequireIfMatchAndRejectStaleVersion() {
        Court court = Court.fresh();
        String id = registered(court, zhangVQin());
        String staleEtag = etag(court.judge(), id);
        given().auth().oauth2(court.judge()).contentType(ContentType.JSON)
                .body(Map.of("action", "START_ENFORCEMENT"))
                .post("/api/cases/" + id + "/transitions").then()
                .statusCode(428).contentType("application/problem+json")
                .body("type", equalTo("/problems/if-match-required"));
        transition(court.judge(), id, Map.of("action", "START_ENFORCEMENT")).then().statusCode(200)
                .header("ETag", not(equalTo(staleEtag)));
        given().auth().oauth2(court.judge()).header("If-Match", staleEtag).contentType(ContentType.JSON)
                .body(Map.of("action", "CONCLUDE", "conclusionType", "TERMINATED", "reason", "x"))
                .post("/api/cases/" + id + "/transitions").then()
                .statusCode(412).contentType("application/problem+json")
                .body("type", equalTo("/problems/stale-version"));
        given().auth().oauth2(court.judge()).get("/api/cases/" + id).then().body("status", equalTo("IN_ENFORCEMENT"));
    }

    @Test
    void shouldForbidTransitionsToClerksAndHideOtherCourts() {
        Court court = Court.fresh();
        String id = registered(court, zhangVQin());
        given().auth().oauth2(court.clerk()).header("If-Match", etag(court.clerk(), id)).contentType(ContentType.JSON)
                .body(Map.of("action", "START_ENFORCEMENT"))
                .post("/api/cases/" + id + "/transitions").then()
                .statusCode(403).contentType("application/problem+json")
                .body("type", equalTo("/problems/forbidden"));
        Court other = Court.fresh();
        given().auth().oauth2(other.judge()).header("If-Match", "\"0\"").contentType(ContentType.JSON)
                .body(Map.of("action", "START_ENFORCEMENT"))
                .post("/api/cases/" + id + "/transitions").then().statusCode(404);
    }
}
