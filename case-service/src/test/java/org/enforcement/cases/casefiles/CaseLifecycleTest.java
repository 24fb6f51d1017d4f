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

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
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
