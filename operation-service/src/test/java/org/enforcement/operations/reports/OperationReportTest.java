package org.enforcement.operations.reports;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.enforcement.operations.support.OperationFixtures.huaiyinRaid;
import static org.enforcement.operations.support.OperationFixtures.planned;
import static org.enforcement.operations.support.OperationFixtures.staff;
import static org.enforcement.operations.support.OperationFixtures.step;
import static org.enforcement.operations.support.OperationFixtures.target;
import static org.enforcement.operations.timeline.TimelineFixtures.appended;
import static org.enforcement.operations.timeline.TimelineFixtures.at;
import static org.enforcement.operations.timeline.TimelineFixtures.entry;
import static org.enforcement.operations.timeline.TimelineFixtures.paid;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import com.github.tomakehurst.wiremock.client.WireMock;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.enforcement.operations.deliveries.DeliveryPoller;
import org.enforcement.operations.support.CaseServiceStub;
import org.enforcement.testing.Court;
import org.enforcement.operations.support.TestDatabase;
import org.junit.jupiter.api.Test;

/**
 * The Huaiyin dawn raid as published: 50 / 26 / 8 / 30余万元 / 13 / 4, computed from what was recorded and what
 * case-service accepted of it.
 */
@QuarkusTest
@QuarkusTestResource(TestDatabase.class)
@QuarkusTestResource(CaseServiceStub.class)
class OperationReportTest {

    @jakarta.inject.Inject
    io.smallrye.faulttolerance.api.CircuitBreakerMaintenance breakers;

    @jakarta.inject.Inject
    DeliveryPoller poller;

    /** Outages staged here must not leave the case-service circuit open for the next test. */
    @org.junit.jupiter.api.AfterEach
    void closeCircuitBreakers() {
        breakers.resetAll();
    }

    /** Plans the raid, staffs it with 48 officers and 2 judges, adds {@code targets} targets and departs. */
    private static String raidUnderway(Court court, int targets) {
        Map<String, Object> body = new HashMap<>(huaiyinRaid());
        body.put("requiresWitnesses", false);
        String op = planned(court, body);
        staff(court, op, 48, 2);
        for (int i = 1; i <= targets; i++) {
            target(court, op, "被执行人" + i, 33.6 + i / 1000.0, 119.0 + i / 1000.0, null);
        }
        step(court.director(), op, "ASSEMBLE").then().statusCode(200);
        step(court.officer(), op, "DEPART").then().statusCode(200);
        return op;
    }

    private static List<Map<String, Object>> targets(Court court, String op) {
        return given().auth().oauth2(court.officer()).get("/api/operations/" + op + "/targets").then()
                .statusCode(200).extract().path("");
    }

    private static String stream(Court court, String op) {
        Response scheduled = given().auth().oauth2(court.judge()).contentType(ContentType.JSON)
                .body(Map.of("title", "直击执行现场", "scheduledStart", at("05:00"),
                        "platforms", List.of(Map.of("platform", "TAOBAO_LIVE"), Map.of("platform", "DOUYIN")),
                        "hosts", List.of(Map.of("name", "王记者", "role", "REPORTER"))))
                .post("/api/operations/" + op + "/streams");
        String id = scheduled.then().statusCode(201).extract().path("id");
        given().auth().oauth2(court.judge()).header("If-Match", scheduled.header("ETag"))
                .contentType(ContentType.JSON).body(Map.of("at", at("05:00")))
                .post("/api/operations/" + op + "/streams/" + id + "/start").then().statusCode(200);
        return id;
    }

    private static void viewers(Court court, String op, String stream, String platform, long cumulative) {
        given().auth().oauth2(court.officer()).contentType(ContentType.JSON)
                .body(Map.of("platform", platform, "at", at("08:00"), "current", 1000, "cumulative", cumulative))
                .post("/api/operations/" + op + "/streams/" + stream + "/viewer-snapshots").then().statusCode(201);
    }

    @Test
    void shouldReproduceTheHuaiyinFiguresFromTheRecord() {
        Court court = Court.fresh();
        String op = raidUnderway(court, 26);
        List<Map<String, Object>> targets = targets(court, op);
        for (int i = 0; i < 26; i++) {
            String t = (String) targets.get(i).get("id");
            appended(court.officer(), op, entry("ARRIVED", t, at("05:49"), null));
            if (i < 20) {
                appended(court.officer(), op, entry("DEBTOR_FOUND", t, at("05:55"), null));
            }
            if (i < 8) {
                appended(court.officer(), op, entry("SUMMONED", t, at("06:10"), Map.of("durationHours", 8)));
            }
            if (i < 6) {
                appended(court.officer(), op, entry("PAID_ON_SITE", t, at("07:00"), paid("52000.00", "某某")));
            }
            if (i >= 10 && i < 14) {
                appended(court.judge(), op, entry("SETTLEMENT_REACHED", t, at("08:00"), Map.of("total", 10000,
                        "installments", List.of(Map.of("dueOn", "2023-03-01", "amount", 10000)))));
            }
        }
        // A debtor is summoned once per operation: a second summons is refused, not counted twice.
        given().auth().oauth2(court.officer()).contentType(ContentType.JSON)
                .body(entry("SUMMONED", (String) targets.get(0).get("id"), at("06:20"), Map.of("durationHours", 4)))
                .header("Idempotency-Key", java.util.UUID.randomUUID().toString())
                .post("/api/operations/" + op + "/timeline").then().statusCode(409)
                .body("type", equalTo("/problems/outcome-already-recorded"));
        // case-service: 13 of the 26 cases are concluded now.
        for (int i = 0; i < 26; i++) {
            Map<String, Object> t = targets.get(i);
            CaseServiceStub.stubCase(UUID.fromString((String) t.get("caseId")), court.code(),
                    (String) t.get("caseNumber"), i < 13 ? "CONCLUDED" : "IN_ENFORCEMENT", "某某某");
        }
        String s = stream(court, op);
        viewers(court, op, s, "TAOBAO_LIVE", 500_000);
        viewers(court, op, s, "DOUYIN", 412_345);

        // Until case-service has accepted them, summonses, payments and settlements are only pending.
        given().auth().oauth2(court.observer()).get("/api/operations/" + op + "/report").then()
                .statusCode(200)
                .body("summoned", equalTo(0))
                .body("collectedOnSite", equalTo(0.0f))
                .body("settlementsReached", equalTo(0))
                .body("outcomesPending", equalTo(8 + 6 + 4))
                .body("outcomesRefused", equalTo(0))
                .body("summary", equalTo("此次行动共出动干警50人次，查找被执行人26人，执结案件13件，开展网络直播1场，观看90余万人次。"));
        for (Map<String, Object> t : targets) {
            CaseServiceStub.acceptOutcomes(UUID.fromString((String) t.get("caseId")));
        }
        assertThat(poller.pollOnce(court.code())).isEqualTo(18);

        given().auth().oauth2(court.observer()).get("/api/operations/" + op + "/report").then()
                .statusCode(200)
                .body("officersDeployed", equalTo(50))
                .body("targetsSought", equalTo(26))
                .body("debtorsFound", equalTo(20))
                .body("summoned", equalTo(8))
                .body("detained", equalTo(0))
                .body("collectedOnSite", equalTo(312000.00f))
                .body("collectedOnSitePhrase", equalTo("30余万元"))
                .body("casesConcluded", equalTo(13))
                .body("settlementsReached", equalTo(4))
                .body("outcomesPending", equalTo(0))
                .body("outcomesRefused", equalTo(0))
                .body("streams", equalTo(1))
                .body("platforms", equalTo(2))
                .body("viewers", equalTo(912_345))
                .body("viewersPhrase", equalTo("90余万人次"))
                .body("unavailable", org.hamcrest.Matchers.empty())
                .body("summary", equalTo("此次行动共出动干警50人次，查找被执行人26人，拘传8人，现场执行到位金额30余万元，"
                        + "执结案件13件，达成和解4件，开展网络直播1场，观看90余万人次。"));
    }

    @Test
    void shouldSayWhatItCannotCountWhileCaseServiceIsDown() throws InterruptedException {
        Court court = Court.fresh();
        String op = raidUnderway(court, 1);
        Map<String, Object> t = targets(court, op).get(0);
        CaseServiceStub.server().stubFor(WireMock.get(WireMock.urlEqualTo("/api/cases/" + t.get("caseId")))
                .willReturn(WireMock.aResponse().withStatus(503)));
        given().auth().oauth2(court.judge()).get("/api/operations/" + op + "/report").then()
                .statusCode(200)
                .body("casesConcluded", nullValue())
                .body("unavailable", contains("casesConcluded"))
                .body("targetsSought", equalTo(1))
                .body("summary", equalTo("此次行动共出动干警50人次，查找被执行人1人。"));
        given().auth().oauth2(Court.fresh().judge()).get("/api/operations/" + op + "/report").then()
                .statusCode(404);
    }
}
