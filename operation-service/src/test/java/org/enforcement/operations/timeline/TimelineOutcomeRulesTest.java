package org.enforcement.operations.timeline;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.enforcement.operations.timeline.TimelineFixtures.append;
import static org.enforcement.operations.timeline.TimelineFixtures.appended;
import static org.enforcement.operations.timeline.TimelineFixtures.at;
import static org.enforcement.operations.timeline.TimelineFixtures.entry;
import static org.enforcement.operations.timeline.TimelineFixtures.paid;
import static org.enforcement.operations.timeline.TimelineFixtures.target;
import static org.enforcement.operations.timeline.TimelineFixtures.underway;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.enforcement.operations.support.CaseServiceStub;
import org.enforcement.operations.support.TestDatabase;
import org.enforcement.operations.timeline.TimelineFixtures.TargetRef;
import org.enforcement.testing.Court;
import org.junit.jupiter.api.Test;

/** One outcome per target: what was found stays found; a summons, a detention, a settlement once. */
@QuarkusTest
@QuarkusTestResource(TestDatabase.class)
@QuarkusTestResource(CaseServiceStub.class)
class TimelineOutcomeRulesTest {

    private static final Map<String, Object> SETTLEMENT = Map.of("total", 10000,
            "installments", List.of(Map.of("dueOn", "2023-03-01", "amount", 10000)));

    private static List<String> typesAt(Court court, String op, TargetRef t) {
        return given().auth().oauth2(court.judge()).get("/api/operations/" + op + "/timeline?targetId=" + t.id())
                .then().statusCode(200).extract().path("type");
    }

    private static String statusOf(Court court, String op, TargetRef t) {
        return given().auth().oauth2(court.officer()).get("/api/operations/" + op + "/targets").then()
                .statusCode(200).extract().path("find { it.id == '" + t.id() + "' }.status");
    }

    private static List<String> outcomeTypes(Court court) {
        return given().auth().oauth2(court.integrator()).queryParam("limit", 500).get("/events").then()
                .statusCode(200).extract().path("items.findAll { it.type == 'TargetOutcome' }.payload.type");
    }

    private static void assertAlreadyRecorded(Response response, String recordedType, String recordedAt) {
        response.then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/outcome-already-recorded"))
                .body("status", equalTo(409))
                .body("recordedType", equalTo(recordedType))
                .body("recordedAt", equalTo(recordedAt))
                .body("recordedEntryId", org.hamcrest.Matchers.notNullValue())
                .body("detail", containsString(recordedType));
    }

    @Test
    void shouldRefuseAFoundDebtorFoundAgainOrNotFound() {
        Court court = Court.fresh();
        String op = underway(court);
        TargetRef qin = target(court, op, "秦某某");
        appended(court.officer(), op, entry("ARRIVED", qin.id(), at("05:49"), null));
        String found = appended(court.officer(), op, entry("DEBTOR_FOUND", qin.id(), at("05:52"), null));
        Response again = append(court.officer(), op, entry("DEBTOR_FOUND", qin.id(), at("05:55"), null));
        assertAlreadyRecorded(again, "DEBTOR_FOUND", at("05:52"));
        again.then().body("recordedEntryId", equalTo(found)).body("detail", containsString("05:52"));
        appended(court.officer(), op, entry("PAID_ON_SITE", qin.id(), at("06:30"), paid("5000", "秦某某")));
        assertAlreadyRecorded(append(court.officer(), op, entry("DEBTOR_NOT_FOUND", qin.id(), at("06:40"), null)),
                "DEBTOR_FOUND", at("05:52"));

        assertThat(typesAt(court, op, qin)).containsExactly("ARRIVED", "DEBTOR_FOUND", "PAID_ON_SITE");
        assertThat(statusOf(court, op, qin)).isEqualTo("FOUND");
        assertThat(outcomeTypes(court)).containsOnlyOnce("DEBTOR_FOUND").doesNotContain("DEBTOR_NOT_FOUND");
        given().auth().oauth2(court.director()).get("/api/operations/" + op + "/report").then().statusCode(200)
                .body("debtorsFound", equalTo(1));
    }

    @Test
    void shouldLetARevisitFindADebtorNotFoundBefore() {
        Court court = Court.fresh();
        String op = underway(court);
        TargetRef wang = target(court, op, "王小明");
        appended(court.officer(), op, entry("DEBTOR_NOT_FOUND", wang.id(), at("06:35"), null));
        appended(court.officer(), op, entry("DEBTOR_NOT_FOUND", wang.id(), at("07:35"), null));
        appended(court.officer(), op, entry("DEBTOR_FOUND", wang.id(), at("09:10"), null));
        assertThat(statusOf(court, op, wang)).isEqualTo("FOUND");
        assertThat(outcomeTypes(court)).containsExactly("DEBTOR_NOT_FOUND", "DEBTOR_NOT_FOUND", "DEBTOR_FOUND");
    }

    @Test
    void shouldRecordASummonsADetentionAndASettlementOncePerTargetButSeveralPayments() {
        Court court = Court.fresh();
        String op = underway(court);
        TargetRef qin = target(court, op, "秦某某");
        appended(court.officer(), op, entry("SUMMONED", qin.id(), at("06:05"), Map.of("durationHours", 8)));
        assertAlreadyRecorded(append(court.officer(), op, entry("SUMMONED", qin.id(), at("06:20"),
                Map.of("durationHours", 4))), "SUMMONED", at("06:05"));
        appended(court.judge(), op, entry("DETAINED", qin.id(), at("07:00"), Map.of("detentionDays", 15)));
        assertAlreadyRecorded(append(court.judge(), op, entry("DETAINED", qin.id(), at("07:10"),
                Map.of("detentionDays", 5))), "DETAINED", at("07:00"));
        appended(court.judge(), op, entry("SETTLEMENT_REACHED", qin.id(), at("08:00"), SETTLEMENT));
        assertAlreadyRecorded(append(court.judge(), op, entry("SETTLEMENT_REACHED", qin.id(), at("08:30"),
                SETTLEMENT)), "SETTLEMENT_REACHED", at("08:00"));
        appended(court.officer(), op, entry("PAID_ON_SITE", qin.id(), at("08:40"), paid("2000", "秦某某")));
        appended(court.officer(), op, entry("PAID_ON_SITE", qin.id(), at("08:50"), paid("3000", "秦某某")));

        assertThat(typesAt(court, op, qin)).containsExactly("SUMMONED", "DETAINED", "SETTLEMENT_REACHED",
                "PAID_ON_SITE", "PAID_ON_SITE");
        List<Map<String, Object>> deliveries = given().auth().oauth2(court.director())
                .queryParam("operationId", op).get("/api/deliveries").then().statusCode(200).extract().path("");
        assertThat(deliveries).extracting(d -> d.get("kind"))
                .containsExactlyInAnyOrder("SUMMONS", "DETENTION", "SETTLEMENT", "PAYMENT", "PAYMENT");
        // Another target of the same operation may be summoned too.
        TargetRef li = target(court, op, "李建国");
        appended(court.officer(), op, entry("SUMMONED", li.id(), at("06:10"), Map.of("durationHours", 8)));
    }

    @Test
    void shouldLetOnlyOneOfTwoConcurrentFindsThrough() throws Exception {
        Court court = Court.fresh();
        String op = underway(court);
        List<TargetRef> targets = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            targets.add(target(court, op, "被执行人" + i));
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            for (TargetRef t : targets) {
                CountDownLatch start = new CountDownLatch(1);
                List<Future<Integer>> statuses = new ArrayList<>();
                for (int i = 0; i < 4; i++) {
                    String when = at("05:5" + i);
                    statuses.add(pool.submit(() -> {
                        start.await();
                        return append(court.officer(), op, entry("DEBTOR_FOUND", t.id(), when, null)).statusCode();
                    }));
                }
                start.countDown();
                List<Integer> answers = new ArrayList<>();
                for (Future<Integer> s : statuses) {
                    answers.add(s.get(60, TimeUnit.SECONDS));
                }
                assertThat(answers).containsExactlyInAnyOrder(201, 409, 409, 409);
                assertThat(typesAt(court, op, t)).containsExactly("DEBTOR_FOUND");
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(outcomeTypes(court)).containsExactly("DEBTOR_FOUND", "DEBTOR_FOUND", "DEBTOR_FOUND");
    }

}
