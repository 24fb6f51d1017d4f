package org.enforcement.operations.timeline;

import static io.restassured.RestAssured.given;
import static org.enforcement.operations.support.OperationFixtures.huaiyinRaid;
import static org.enforcement.operations.support.OperationFixtures.planned;
import static org.enforcement.operations.support.OperationFixtures.step;
import static org.enforcement.operations.timeline.TimelineFixtures.append;
import static org.enforcement.operations.timeline.TimelineFixtures.appended;
import static org.enforcement.operations.timeline.TimelineFixtures.assembled;
import static org.enforcement.operations.timeline.TimelineFixtures.at;
import static org.enforcement.operations.timeline.TimelineFixtures.entry;
import static org.enforcement.operations.timeline.TimelineFixtures.paid;
import static org.enforcement.operations.timeline.TimelineFixtures.target;
import static org.enforcement.operations.timeline.TimelineFixtures.underway;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.enforcement.operations.support.CaseServiceStub;
import org.enforcement.testing.Court;
import org.enforcement.operations.support.TestDatabase;
import org.enforcement.operations.timeline.TimelineFixtures.TargetRef;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(TestDatabase.class)
@QuarkusTestResource(CaseServiceStub.class)
class TimelineResourceTest {

    @jakarta.inject.Inject
    org.enforcement.operations.deliveries.DeliveryPoller poller;

    private static final String INTERPRETATION = "《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》第四百八十二条";

    @Test
    void shouldWriteStepsAndWhatHappenedAtTargetsInChainOrder() {
        Court court = Court.fresh();
        String op = underway(court);
        TargetRef li = target(court, op, "李建国");
        TargetRef wang = target(court, op, "王小明");
        String arrived = given().auth().oauth2(court.officer()).contentType(ContentType.JSON)
                .body(entry("ARRIVED", li.id(), at("05:49"), null))
                .post("/api/operations/" + op + "/timeline").then()
                .statusCode(201)
                .header("Location", containsString("/api/operations/" + op + "/timeline/"))
                .body("type", equalTo("ARRIVED"))
                .body("targetId", equalTo(li.id()))
                .body("occurredAt", equalTo("2023-02-01T21:49:00Z"))
                .body("localTime", equalTo("05:49"))
                .body("recordedBy", equalTo("officer.zhao"))
                .body("hash", notNullValue())
                .extract().path("id");
        appended(court.officer(), op, entry("DEBTOR_FOUND", li.id(), at("05:52"), null));
        appended(court.officer(), op, entry("ARRIVED", wang.id(), at("06:28"), null));
        appended(court.officer(), op, entry("DEBTOR_NOT_FOUND", wang.id(), at("06:35"),
                Map.of("note", "已收拾行李准备外出，未在家")));

        List<Map<String, Object>> timeline = given().auth().oauth2(court.observer())
                .get("/api/operations/" + op + "/timeline").then().statusCode(200)
                .body("type", equalTo(List.of("ASSEMBLED", "DEPARTED", "ARRIVED", "DEBTOR_FOUND", "ARRIVED",
                        "DEBTOR_NOT_FOUND")))
                .body("[0].previousHash", equalTo("0".repeat(64)))
                .extract().path("");
        for (int i = 1; i < timeline.size(); i++) {
            org.assertj.core.api.Assertions.assertThat(timeline.get(i).get("previousHash"))
                    .isEqualTo(timeline.get(i - 1).get("hash"));
        }
        given().auth().oauth2(court.judge()).get("/api/operations/" + op + "/timeline?targetId=" + li.id()).then()
                .statusCode(200)
                .body("type", equalTo(List.of("ARRIVED", "DEBTOR_FOUND")));
        given().auth().oauth2(court.judge()).get("/api/operations/" + op + "/timeline/" + arrived).then()
                .statusCode(200)
                .body("localTime", equalTo("05:49"));
        given().auth().oauth2(court.officer()).get("/api/operations/" + op + "/targets").then().statusCode(200)
                .body("find { it.id == '" + li.id() + "' }.status", equalTo("FOUND"))
                .body("find { it.id == '" + wang.id() + "' }.status", equalTo("NOT_FOUND"));
    }

    @Test
    void shouldWriteClosedWhenTheOperationCloses() {
        Court court = Court.fresh();
        String op = underway(court);
        step(court.director(), op, "CLOSE").then().statusCode(200);
        given().auth().oauth2(court.integrator()).get("/api/operations/" + op + "/timeline").then()
                .statusCode(200)
                .body("type", equalTo(List.of("ASSEMBLED", "DEPARTED", "CLOSED")))
                .body("recordedBy", equalTo(List.of("director.liu", "officer.zhao", "director.liu")));
    }

    @Test
    void shouldAcceptAnOffsetTimeAndReadItAsLocalTime() {
        Court court = Court.fresh();
        String op = assembled(court);
        TargetRef t = target(court, op, "李建国");
        append(court.officer(), op, entry("ARRIVED", t.id(), "2023-02-02T06:28:00+08:00", null)).then()
                .statusCode(201)
                .body("occurredAt", equalTo("2023-02-01T22:28:00Z"))
                .body("localTime", equalTo("06:28"));
    }

    @Test
    void shouldPublishTargetOutcomeWithAmountsAndNoPersonalData() {
        Court court = Court.fresh();
        String op = underway(court);
        TargetRef qin = target(court, op, "秦某某");
        Map<String, Object> details = paid("20000.00", "秦某某");
        details.put("note", "承诺继续履行和解协议，联系电话13812345678");
        appended(court.officer(), op, entry("PAID_ON_SITE", qin.id(), at("07:10"), details));
        appended(court.officer(), op, entry("ARRIVED", qin.id(), at("05:49"), null));
        // A payment is announced once case-service has accepted it.
        given().auth().oauth2(court.integrator()).get("/events").then().statusCode(200)
                .body("items.findAll { it.type == 'TargetOutcome' }", hasSize(0));
        CaseServiceStub.acceptOutcomes(java.util.UUID.fromString(qin.caseId()));
        poller.pollOnce(court.code());
        given().auth().oauth2(court.integrator()).get("/events").then().statusCode(200)
                .body("items.findAll { it.type == 'TargetOutcome' }", hasSize(1))
                .body("items.find { it.type == 'TargetOutcome' }.caseId", equalTo(qin.caseId()))
                .body("items.find { it.type == 'TargetOutcome' }.payload.type", equalTo("PAID_ON_SITE"))
                .body("items.find { it.type == 'TargetOutcome' }.payload.amount", equalTo(20000.00f))
                .body("items.find { it.type == 'TargetOutcome' }.payload.caseNumber", equalTo(qin.caseNumber()))
                .body("items.find { it.type == 'TargetOutcome' }.payload.operationId", equalTo(op))
                .body("items.find { it.type == 'TargetOutcome' }.payload.targetId", equalTo(qin.id()))
                .body("items.find { it.type == 'TargetOutcome' }.payload", not(hasKey("payer")))
                .body("items.find { it.type == 'TargetOutcome' }.payload", not(hasKey("note")));
        String events = given().auth().oauth2(court.integrator()).get("/events").then().extract().asString();
        org.assertj.core.api.Assertions.assertThat(events).doesNotContain("秦某某").doesNotContain("13812345678");
    }

    @Test
    void shouldMaskThePayerForObservers() {
        Court court = Court.fresh();
        String op = underway(court);
        TargetRef qin = target(court, op, "秦某某");
        appended(court.officer(), op, entry("PAID_ON_SITE", qin.id(), at("07:10"), paid("20000", "秦某某")));
        given().auth().oauth2(court.judge()).get("/api/operations/" + op + "/timeline?targetId=" + qin.id()).then()
                .statusCode(200)
                .body("[0].details.payer", equalTo("秦某某"))
                .body("[0].details.amount", equalTo(20000.00f));
        given().auth().oauth2(court.observer()).get("/api/operations/" + op + "/timeline?targetId=" + qin.id())
                .then().statusCode(200)
                .body("[0].details.payer", equalTo("秦某"));
    }

    // --- 400: the request's shape --------------------------------------------------------------------------------

    @Test
    void shouldReturn400ForMissingOrMisplacedFacts() {
        Court court = Court.fresh();
        String op = underway(court);
        TargetRef t = target(court, op, "李建国");
        assertInvalid(append(court.officer(), op, entry("ARRIVED", null, at("05:49"), null)), "targetId");
        assertInvalid(append(court.officer(), op, entry("PAID_ON_SITE", t.id(), at("07:10"),
                Map.of("payer", "秦某某"))), "details.amount");
        assertInvalid(append(court.officer(), op, entry("PAID_ON_SITE", t.id(), at("07:10"),
                paid("20000.005", "秦某某"))), "details.amount");
        assertInvalid(append(court.officer(), op, entry("PAID_ON_SITE", t.id(), at("07:10"),
                paid("0", "秦某某"))), "details.amount");
        assertInvalid(append(court.officer(), op, entry("PAID_ON_SITE", t.id(), at("07:10"),
                Map.of("amount", 100))), "details.payer");
        assertInvalid(append(court.officer(), op, entry("RELATIVES_ORDERED_TO_APPEAR", t.id(), at("08:00"),
                Map.of("minutes", 0))), "details.minutes");
        assertInvalid(append(court.officer(), op, entry("RELATIVES_ORDERED_TO_APPEAR", t.id(), at("08:00"),
                Map.of("minutes", 1441))), "details.minutes");
        assertInvalid(append(court.officer(), op, entry("SUMMONED", t.id(), at("08:00"),
                Map.of("durationHours", 25, "complex", true))), "details.durationHours");
        assertInvalid(append(court.officer(), op, entry("DETAINED", t.id(), at("08:00"),
                Map.of("detentionDays", 16))), "details.detentionDays");
        assertInvalid(append(court.officer(), op, entry("SEARCH_PERFORMED", t.id(), at("08:00"), null)),
                "details.procuratorate");
        assertInvalid(append(court.officer(), op, entry("HANDED_OVER", t.id(), at("08:00"), Map.of())),
                "details.item");
        assertInvalid(append(court.officer(), op, entry("NOTE", null, at("08:00"), null)), "details.note");
        assertInvalid(append(court.officer(), op, entry("ARRIVED", t.id(), at("05:49"), Map.of("minutes", 20))),
                "details.minutes");
        assertInvalid(append(court.officer(), op, entry("SETTLEMENT_REACHED", t.id(), at("08:00"),
                Map.of("total", 1000))), "details.installments");
        String future = Instant.now().plus(10, ChronoUnit.MINUTES).toString();
        assertInvalid(append(court.officer(), op, entry("ARRIVED", t.id(), future, null)), "occurredAt");
        Map<String, Object> noTime = entry("ARRIVED", t.id(), at("05:49"), null);
        noTime.remove("occurredAt");
        assertInvalid(append(court.officer(), op, noTime), "occurredAt");
        assertInvalid(append(court.officer(), op, entry("DAWN_RAID", t.id(), at("05:49"), null)), "type");
        assertInvalid(append(court.officer(), op, entry("ARRIVED", t.id(), "05:49", null)), "occurredAt");
    }

    @Test
    void shouldNameEveryMisplacedFactAndIgnoreEmptyOnes() {
        Court court = Court.fresh();
        String op = underway(court);
        TargetRef t = target(court, op, "李建国");
        append(court.officer(), op, entry("ARRIVED", t.id(), at("05:49"),
                Map.of("minutes", 20, "payer", "秦某某", "installments", List.of()))).then().statusCode(400)
                .body("errors.field", contains("details.minutes", "details.payer"))
                .body("errors.message", everyItem(equalTo("does not apply to a ARRIVED entry")));
        append(court.officer(), op, entry("HANDED_OVER", t.id(), at("05:50"), Map.of("amount", 5))).then()
                .statusCode(400).body("errors.field", contains("details.amount", "details.item"))
                .body("errors.message", contains("does not apply to a HANDED_OVER entry",
                        "is required for a HANDED_OVER entry"));
        append(court.officer(), op, entry("ARRIVED", t.id(), at("05:51"), Map.of("note", "到达", "payer", " ",
                "complex", false))).then().statusCode(201).body("details", equalTo(Map.of("note", "到达")));
    }

    // --- 409: the operation's state ------------------------------------------------------------------------------

    @Test
    void shouldReturn409UnlessTheOperationIsAssembledOrUnderway() {
        Court court = Court.fresh();
        Map<String, Object> raid = new HashMap<>(huaiyinRaid());
        raid.put("requiresWitnesses", false);
        String planned = planned(court, raid);
        TargetRef t = target(court, planned, "李建国");
        append(court.officer(), planned, entry("ARRIVED", t.id(), at("05:49"), null)).then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/operation-not-started"));

        String op = assembled(court);
        TargetRef u = target(court, op, "王小明");
        append(court.officer(), op, entry("ARRIVED", u.id(), at("05:49"), null)).then().statusCode(201);
        step(court.officer(), op, "DEPART").then().statusCode(200);
        step(court.director(), op, "CLOSE").then().statusCode(200);
        append(court.officer(), op, entry("DEBTOR_FOUND", u.id(), at("05:52"), null)).then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/operation-closed"));
    }

    // --- 422: business and legal rules ---------------------------------------------------------------------------

    @Test
    void shouldReturn422ForTargetsOfOtherOperationsAndBrokenRules() {
        Court court = Court.fresh();
        String op = underway(court);
        String other = underway(court);
        TargetRef elsewhere = target(court, other, "王小明");
        TargetRef t = target(court, op, "李建国");
        append(court.officer(), op, entry("ARRIVED", elsewhere.id(), at("05:49"), null)).then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/unknown-target"));
        append(court.officer(), op, entry("SUMMONED", t.id(), at("07:00"), Map.of("durationHours", 9))).then()
                .statusCode(422)
                .body("type", equalTo("/problems/summons-duration"))
                .body("legalBasis", equalTo(INTERPRETATION));
        append(court.officer(), op, entry("SUMMONED", t.id(), at("07:00"),
                Map.of("durationHours", 24, "complex", true))).then()
                .statusCode(201)
                .body("details.complex", equalTo(true));
        append(court.officer(), op, entry("SETTLEMENT_REACHED", t.id(), at("08:00"), Map.of("total", 30000,
                "installments", List.of(Map.of("dueOn", "2023-03-01", "amount", 10000),
                        Map.of("dueOn", "2023-04-01", "amount", 10000))))).then()
                .statusCode(422)
                .body("type", equalTo("/problems/installments-do-not-add-up"));
        append(court.officer(), op, entry("ASSEMBLED", null, at("05:00"), null)).then()
                .statusCode(422)
                .body("type", equalTo("/problems/step-entry-reserved"));
    }

    @Test
    void shouldLetOnlyFieldRolesWriteAndHideOtherCourts() {
        Court court = Court.fresh();
        String op = underway(court);
        TargetRef t = target(court, op, "李建国");
        append(court.observer(), op, entry("ARRIVED", t.id(), at("05:49"), null)).then().statusCode(403);
        append(court.clerk(), op, entry("ARRIVED", t.id(), at("05:49"), null)).then().statusCode(403);
        append(court.judge(), op, entry("ARRIVED", t.id(), at("05:49"), null)).then().statusCode(201);
        append(court.director(), op, entry("NOTE", null, at("05:55"), Map.of("note", "第一组报告到达"))).then()
                .statusCode(201);
        Court other = Court.fresh();
        append(other.officer(), op, entry("ARRIVED", t.id(), at("05:49"), null)).then()
                .statusCode(404)
                .body("type", equalTo("/problems/operation-not-found"));
        given().auth().oauth2(other.observer()).get("/api/operations/" + op + "/timeline").then().statusCode(404);
        given().get("/api/operations/" + op + "/timeline").then().statusCode(401);
    }

    static void assertInvalid(io.restassured.response.Response response, String field) {
        response.then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("errors.field", hasItem(field));
    }
}
