package org.enforcement.operations.dispatch;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.enforcement.operations.support.OperationFixtures.huaiyinRaid;
import static org.enforcement.operations.support.OperationFixtures.planned;
import static org.enforcement.operations.support.OperationFixtures.staff;
import static org.enforcement.operations.support.OperationFixtures.target;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.enforcement.operations.support.CaseServiceStub;
import org.enforcement.testing.Court;
import org.enforcement.operations.support.TestDatabase;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(TestDatabase.class)
@QuarkusTestResource(CaseServiceStub.class)
class DispatchResourceTest {

    static final double LAT = 33.6310;
    static final double LNG = 119.0250;

    @Test
    void shouldFindTheHandComputedOptimumOfASmallOperation() {
        Court court = Court.fresh();
        String op = operationWithTeams(court, 2).operationId;
        String a = target(court, op, "李明", LAT + 0.01, LNG, null);
        String b = target(court, op, "王强", LAT + 0.02, LNG, null);
        String c = target(court, op, "张伟", LAT + 0.03, LNG, null);
        String d = target(court, op, "赵军", LAT + 0.04, LNG, null);
        // Not a metric matrix: straight to D takes 17 min, to C 20 — but via A (10 + 5) C is reached at 15, and via
        // B (12 + 6) D at 18. Of all ways to split four targets between two teams, A→C and B→D is best: the
        // latest arrival is B→D at 18 min (05:48). No plan can beat 17 (D cannot be reached sooner), so gap ≤ 1.
        List<Map<String, Object>> entries = List.of(
                leg("ASSEMBLY", a, 10), leg("ASSEMBLY", b, 12), leg("ASSEMBLY", c, 20), leg("ASSEMBLY", d, 17),
                leg(a, b, 8), leg(a, c, 5), leg(a, d, 30), leg(b, c, 30), leg(b, d, 6), leg(c, d, 10));
        given().auth().oauth2(court.director()).contentType(ContentType.JSON).body(Map.of("entries", entries))
                .put("/api/operations/" + op + "/travel-times").then().statusCode(200)
                .body("entries", hasSize(10))
                .body("entries[0].from", equalTo("ASSEMBLY")).body("entries[0].to", equalTo(a))
                .body("entries[0].minutes", equalTo(10));
        given().auth().oauth2(court.observer()).get("/api/operations/" + op + "/travel-times").then()
                .statusCode(200).body("entries", hasSize(10));

        JsonPath plan = compute(court.officer(), op).then().statusCode(200)
                .body("latestArrival.minutes", equalTo(18))
                .body("latestArrival.time", equalTo("05:48"))
                .body("latestArrival.at", equalTo("2023-02-01T21:48:00Z"))
                .body("lowerBound.minutes", equalTo(17))
                .body("lowerBound.time", equalTo("05:47"))
                .body("gap", equalTo(1))
                .body("departure.time", equalTo("05:30"))
                .body("serviceMinutes", equalTo(0))
                .body("totalTravelMinutes", equalTo(33))
                .body("travelTimes.fromMatrix", equalTo(16))
                .body("travelTimes.estimated", equalTo(0))
                .body("solver.feasible", equalTo(true))
                .body("computedBy", equalTo("officer.zhao"))
                .body("targets", hasSize(4))
                .extract().jsonPath();
        assertThat(routes(plan)).containsExactlyInAnyOrder(List.of(a, c), List.of(b, d));
        assertThat(plan.getInt("lowerBound.minutes")).isLessThanOrEqualTo(plan.getInt("latestArrival.minutes"));
        Map<String, Object> stopD = plan.getMap("teams.route.flatten().find { it.targetId == '" + d + "' }");
        assertThat(stopD).containsEntry("from", b).containsEntry("travelMinutes", 6).containsEntry("eta", "05:48")
                .containsEntry("debtorName", "赵某");

        // GET returns the stored plan.
        given().auth().oauth2(court.observer()).get("/api/operations/" + op + "/dispatch-plan").then()
                .statusCode(200)
                .body("latestArrival.time", equalTo("05:48"))
                .body("computedAt", equalTo(plan.getString("computedAt")))
                .body("teams.route.flatten().targetId", hasSize(4));
        given().auth().oauth2(court.integrator()).get("/events").then().statusCode(200)
                .body("items.find { it.type == 'DispatchPlanned' }.payload.latestArrivalMinutes", equalTo(18))
                .body("items.find { it.type == 'DispatchPlanned' }.payload.lowerBoundMinutes", equalTo(17))
                .body("items.find { it.type == 'DispatchPlanned' }.payload.targets", equalTo(4))
                .body("items.find { it.type == 'DispatchPlanned' }.payload.teams", equalTo(2));

        // A new matrix makes the stored plan obsolete.
        given().auth().oauth2(court.judge()).contentType(ContentType.JSON)
                .body(Map.of("entries", List.of(leg("ASSEMBLY", a, 9))))
                .put("/api/operations/" + op + "/travel-times").then().statusCode(200).body("entries", hasSize(1));
        given().auth().oauth2(court.officer()).get("/api/operations/" + op + "/dispatch-plan").then()
                .statusCode(404).contentType("application/problem+json")
                .body("type", equalTo("/problems/dispatch-plan-not-found"));
    }

    @Test
    void shouldPlanTheHuaiyinDawnRaid() {
        Court court = Court.fresh();
        Setup s = operationWithTeams(court, 3);
        String li = target(court, s.operationId, "李明", LAT + 0.08, LNG + 0.05, null);
        // Wang is packed to leave town at daybreak: the team must be at his door by 06:30.
        String wang = target(court, s.operationId, "王强", LAT - 0.2, LNG + 0.3, "06:30");
        String zhang = target(court, s.operationId, "张伟", LAT + 0.1, LNG - 0.2, null);
        List<Map<String, Object>> entries = List.of(leg("ASSEMBLY", li, 19), leg("ASSEMBLY", wang, 58),
                leg("ASSEMBLY", zhang, 35), leg(li, wang, 50), leg(li, zhang, 40), leg(wang, zhang, 70));
        given().auth().oauth2(court.judge()).contentType(ContentType.JSON).body(Map.of("entries", entries))
                .put("/api/operations/" + s.operationId + "/travel-times").then().statusCode(200);

        JsonPath plan = compute(court.director(), s.operationId).then().statusCode(200)
                .body("teams", hasSize(3))
                .body("targets.find { it.targetId == '" + li + "' }.eta", equalTo("05:49"))
                .body("targets.find { it.targetId == '" + wang + "' }.eta", equalTo("06:28"))
                .body("targets.find { it.targetId == '" + wang + "' }.etaAt", equalTo("2023-02-01T22:28:00Z"))
                .body("targets.find { it.targetId == '" + zhang + "' }.eta", equalTo("06:05"))
                .body("latestArrival.time", equalTo("06:28"))
                .body("latestArrival.minutes", equalTo(58))
                .body("lowerBound.minutes", equalTo(58))
                .body("gap", equalTo(0))
                .extract().jsonPath();
        // 兵分三路: each team goes straight to one debtor.
        assertThat(routes(plan)).containsExactlyInAnyOrder(List.of(li), List.of(wang), List.of(zhang));
        assertThat(plan.getList("teams.teamId", String.class)).containsExactlyElementsOf(s.teamIds);
        assertThat(plan.getString("teams.find { it.route.size() > 0 && it.route[0].targetId == '" + wang
                + "' }.lastArrival.time")).isEqualTo("06:28");
    }

    @Test
    void shouldNameTargetsWhoseWindowCannotBeMet() {
        Court court = Court.fresh();
        String op = operationWithTeams(court, 2).operationId;
        String li = target(court, op, "李明", LAT + 0.05, LNG, null);
        String wang = target(court, op, "王强", LAT - 0.2, LNG + 0.3, "06:00");
        given().auth().oauth2(court.judge()).contentType(ContentType.JSON)
                .body(Map.of("entries", List.of(leg("ASSEMBLY", wang, 58))))
                .put("/api/operations/" + op + "/travel-times").then().statusCode(200);
        String caseNumber = caseNumberOf(court, op, wang);
        compute(court.officer(), op).then().statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("/problems/window-unreachable"))
                .body("detail", containsString(caseNumber))
                .body("detail", containsString("王某"))
                .body("detail", containsString("06:28"))
                .body("detail", not(containsString(caseNumberOf(court, op, li))))
                .body("targets", hasSize(1))
                .body("targets[0].targetId", equalTo(wang))
                .body("targets[0].caseNumber", equalTo(caseNumber))
                .body("targets[0].debtorName", equalTo("王某"))
                .body("targets[0].arriveNotAfter", equalTo("06:00"))
                .body("targets[0].earliestArrival", equalTo("06:28"))
                .body("targets[0].earliestArrivalMinutes", equalTo(58));
        given().auth().oauth2(court.officer()).get("/api/operations/" + op + "/dispatch-plan").then()
                .statusCode(404);
    }

    @Test
    void shouldRefuseAPlanWhosePinsMakeATargetLate() {
        Court court = Court.fresh();
        Setup s = operationWithTeams(court, 2);
        String li = target(court, s.operationId, "李明", LAT + 0.05, LNG, "05:50");
        String wang = target(court, s.operationId, "王强", LAT - 0.05, LNG, "05:50");
        given().auth().oauth2(court.judge()).contentType(ContentType.JSON)
                .body(Map.of("entries", List.of(leg("ASSEMBLY", li, 19), leg("ASSEMBLY", wang, 19),
                        leg(li, wang, 30))))
                .put("/api/operations/" + s.operationId + "/travel-times").then().statusCode(200);
        pin(court, s.operationId, li, s.teamIds.get(0));
        pin(court, s.operationId, wang, s.teamIds.get(0));
        compute(court.judge(), s.operationId).then().statusCode(422)
                .body("type", equalTo("/problems/no-feasible-plan"))
                .body("targets", hasSize(1))
                .body("targets[0].lateMinutes", equalTo(29))
                .body("targets[0].plannedArrival", equalTo("06:19"))
                .body("targets[0].arriveNotAfter", equalTo("05:50"))
                .body("detail", containsString("06:19"));
        // Unpinning one lets the second team take it.
        pin(court, s.operationId, wang, null);
        compute(court.judge(), s.operationId).then().statusCode(200)
                .body("latestArrival.time", equalTo("05:49"));
    }

    @Test
    void shouldKeepPinnedTargetsWithTheirTeam() {
        Court court = Court.fresh();
        Setup s = operationWithTeams(court, 2);
        // Far apart in opposite directions: left alone, the planner sends one team to each.
        String north = target(court, s.operationId, "李明", LAT + 0.1, LNG, null);
        String south = target(court, s.operationId, "王强", LAT - 0.1, LNG, null);
        JsonPath free = compute(court.officer(), s.operationId).then().statusCode(200)
                .body("travelTimes.estimated", equalTo(4)).extract().jsonPath();
        assertThat(routes(free)).containsExactlyInAnyOrder(List.of(north), List.of(south));

        String second = s.teamIds.get(1);
        pin(court, s.operationId, north, second);
        pin(court, s.operationId, south, second);
        JsonPath pinned = compute(court.officer(), s.operationId).then().statusCode(200)
                .body("teams[0].route", empty())
                .body("teams[0].lastArrival", equalTo(null))
                .body("teams[1].route", hasSize(2))
                .body("targets.pinned", not(hasItem(false)))
                .body("targets.teamId", not(hasItem(s.teamIds.get(0))))
                .extract().jsonPath();
        assertThat(pinned.getList("teams[1].route.targetId", String.class)).containsExactlyInAnyOrder(north, south);
        assertThat(pinned.getInt("latestArrival.minutes")).isGreaterThan(free.getInt("latestArrival.minutes"));
        assertThat(pinned.getInt("lowerBound.minutes")).isLessThanOrEqualTo(pinned.getInt("latestArrival.minutes"));
    }

    @Test
    void shouldLeaveAbsentTargetsOutWhenReplanning() {
        Court court = Court.fresh();
        Setup s = operationWithTeams(court, 2);
        String li = target(court, s.operationId, "李明", LAT + 0.05, LNG, null);
        String wang = target(court, s.operationId, "王强", LAT - 0.05, LNG + 0.02, null);
        String zhang = target(court, s.operationId, "张伟", LAT + 0.02, LNG - 0.05, null);
        compute(court.officer(), s.operationId).then().statusCode(200).body("targets", hasSize(3))
                .body("leftOut", empty());

        // Wang turns out to have left already: re-plan without him.
        absent(court, s.operationId, wang).then().statusCode(200).body("status", equalTo("ABSENT"));
        compute(court.officer(), s.operationId).then().statusCode(200)
                .body("targets", hasSize(2))
                .body("targets.targetId", not(hasItem(wang)))
                .body("teams.route.flatten().targetId", not(hasItem(wang)))
                .body("teams.route.flatten().targetId", hasSize(2))
                .body("leftOut", hasSize(1))
                .body("leftOut[0].targetId", equalTo(wang))
                .body("leftOut[0].status", equalTo("ABSENT"))
                .body("leftOut[0].debtorName", equalTo("王某"));

        absent(court, s.operationId, li).then().statusCode(200);
        absent(court, s.operationId, zhang).then().statusCode(200);
        compute(court.officer(), s.operationId).then().statusCode(422)
                .body("type", equalTo("/problems/no-pending-targets"));
    }

    @Test
    void shouldRequireTeamsAndKnownTravelTimes() {
        Court court = Court.fresh();
        String op = planned(court, huaiyinRaid());
        staff(court, op, 4, 2);
        target(court, op, "李明", LAT + 0.05, LNG, null);
        given().auth().oauth2(court.officer()).get("/api/operations/" + op + "/dispatch-plan").then()
                .statusCode(404).body("type", equalTo("/problems/dispatch-plan-not-found"));
        compute(court.officer(), op).then().statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("/problems/no-teams"));

        formTeams(court, op, 2);
        String lost = targetWithoutCoordinates(court, op, "孙浩");
        String caseNumber = caseNumberOf(court, op, lost);
        compute(court.officer(), op).then().statusCode(422)
                .body("type", equalTo("/problems/travel-time-unknown"))
                .body("detail", containsString(caseNumber))
                .body("targets", hasSize(1))
                .body("targets[0].targetId", equalTo(lost))
                .body("targets[0].debtorName", equalTo("孙某"));
        // Supplying its legs (one direction is enough between targets) makes it plannable; via Li (9 + 12 min) one
        // team gets there sooner than straight from the assembly point (25 min).
        String li = given().auth().oauth2(court.officer()).get("/api/operations/" + op + "/targets").then()
                .extract().path("find { it.debtorName == '李某' }.id");
        given().auth().oauth2(court.director()).contentType(ContentType.JSON)
                .body(Map.of("entries", List.of(leg("ASSEMBLY", lost, 25), leg(li, lost, 12))))
                .put("/api/operations/" + op + "/travel-times").then().statusCode(200);
        compute(court.officer(), op).then().statusCode(200)
                .body("targets.find { it.targetId == '" + lost + "' }.eta", equalTo("05:51"))
                .body("latestArrival.minutes", equalTo(21))
                .body("travelTimes.fromMatrix", equalTo(3))
                .body("travelTimes.estimated", equalTo(1));
    }

    @Test
    void shouldRejectBadMatrices() {
        Court court = Court.fresh();
        String op = operationWithTeams(court, 1).operationId;
        String li = target(court, op, "李明", LAT + 0.05, LNG, null);
        String path = "/api/operations/" + op + "/travel-times";
        putMatrix(court.director(), path, List.of(leg("ASSEMBLY", li, 1441))).then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("entries[0].minutes"));
        putMatrix(court.director(), path, List.of(leg("ASSEMBLY", li, -1))).then().statusCode(400)
                .body("errors.field", hasItem("entries[0].minutes"));
        putMatrix(court.director(), path, List.of(leg("ASSEMBLY", li, 5), leg("SCHOOL", li, 5))).then()
                .statusCode(400).body("errors.field", hasItem("entries[1].from"));
        putMatrix(court.director(), path, List.of(leg("ASSEMBLY", "not-a-target", 5))).then().statusCode(400)
                .body("errors.field", hasItem("entries[0].to"));
        Map<String, Object> noMinutes = new HashMap<>(leg("ASSEMBLY", li, 5));
        noMinutes.remove("minutes");
        putMatrix(court.director(), path, List.of(noMinutes)).then().statusCode(400)
                .body("errors.field", hasItem("entries[0].minutes"));
        putMatrix(court.director(), path, List.of(leg(li, li, 5))).then().statusCode(400)
                .body("errors.field", hasItem("entries[0].to"));
        putMatrix(court.director(), path, List.of(leg("ASSEMBLY", li, 5), leg("ASSEMBLY", li, 6))).then()
                .statusCode(400).body("errors.field", hasItem("entries[1]"));
        given().auth().oauth2(court.director()).contentType(ContentType.JSON).body("{}").put(path).then()
                .statusCode(400).body("errors.field", hasItem("entries"));
        String stranger = UUID.randomUUID().toString();
        putMatrix(court.director(), path, List.of(leg("ASSEMBLY", li, 5), leg(stranger, li, 5))).then()
                .statusCode(422).body("type", equalTo("/problems/unknown-travel-place"))
                .body("detail", containsString(stranger))
                .body("places[0].field", equalTo("entries[1].from"));
        // A target of another operation is no place of this one.
        String other = operationWithTeams(court, 1).operationId;
        String elsewhere = target(court, other, "王强", LAT, LNG + 0.05, null);
        putMatrix(court.director(), path, List.of(leg("ASSEMBLY", elsewhere, 5))).then().statusCode(422)
                .body("type", equalTo("/problems/unknown-travel-place"));
        // Nothing of the rejected requests was stored.
        given().auth().oauth2(court.judge()).get(path).then().statusCode(200).body("entries", empty());
        putMatrix(court.officer(), path, List.of(leg("ASSEMBLY", li, 5))).then().statusCode(403);
    }

    /** A team lists at most FormTeamsRequest's bound of people (the contract's maxItems); beyond it, 400. */
    @Test
    void shouldRefuseATeamListingMorePeopleThanTheBound() {
        Court court = Court.fresh();
        Setup setup = operationWithTeams(court, 1);
        List<String> many = new ArrayList<>();
        for (int i = 0; i < 1001; i++) {
            many.add(UUID.randomUUID().toString());
        }
        given().auth().oauth2(court.director()).contentType(ContentType.JSON)
                .body(Map.of("teams", List.of(Map.of("name", "第一组", "participantIds", many, "witnessIds", many))))
                .put("/api/operations/" + setup.operationId() + "/teams").then()
                .statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItems("teams[0].participantIds", "teams[0].witnessIds"));
        // The teams formed before are still those.
        given().auth().oauth2(court.judge()).get("/api/operations/" + setup.operationId() + "/teams").then()
                .statusCode(200).body("id", equalTo(setup.teamIds()));
    }

    @Test
    void shouldHideOtherCourtsAndLetObserversOnlyRead() {
        Court court = Court.fresh();
        String op = operationWithTeams(court, 1).operationId;
        String li = target(court, op, "李明", LAT + 0.05, LNG, null);
        Court other = Court.fresh();
        compute(other.director(), op).then().statusCode(404).body("type", equalTo("/problems/operation-not-found"));
        given().auth().oauth2(other.observer()).get("/api/operations/" + op + "/dispatch-plan").then()
                .statusCode(404);
        given().auth().oauth2(other.observer()).get("/api/operations/" + op + "/travel-times").then()
                .statusCode(404);
        putMatrix(other.director(), "/api/operations/" + op + "/travel-times", List.of(leg("ASSEMBLY", li, 5)))
                .then().statusCode(404);

        compute(court.observer(), op).then().statusCode(403);
        compute(court.clerk(), op).then().statusCode(403);
        given().post("/api/operations/" + op + "/dispatch-plan").then().statusCode(401);
        compute(court.officer(), op).then().statusCode(200);
        String read = given().auth().oauth2(court.observer()).get("/api/operations/" + op + "/dispatch-plan").then()
                .statusCode(200)
                .body("targets[0].debtorName", equalTo("李某"))
                .body("latestArrival.minutes", lessThanOrEqualTo(60))
                .extract().asString();
        assertThat(read).doesNotContain("李明", "李明家");
    }

    @Test
    void shouldPlanTheTimeSpentAtEachDoor() {
        Court court = Court.fresh();
        String op = operationWithTeams(court, 1).operationId;
        String a = target(court, op, "李明", LAT + 0.01, LNG, null);
        String b = target(court, op, "王强", LAT + 0.02, LNG, null);
        putMatrix(court.judge(), "/api/operations/" + op + "/travel-times",
                List.of(leg("ASSEMBLY", a, 10), leg("ASSEMBLY", b, 15), leg(a, b, 5))).then().statusCode(200);
        // Without service times B after A is as good as A after B plus 5 minutes; with 20 minutes at each door and
        // 45 at B's, A→B arrives at B at 35 (10 + 20 + 5), B→A at A only at 65 (15 + 45 + 5).
        Map<String, Object> body = Map.of("serviceMinutes", 20,
                "serviceTimes", List.of(Map.of("targetId", b, "minutes", 45)));
        JsonPath plan = given().auth().oauth2(court.officer()).contentType(ContentType.JSON).body(body)
                .post("/api/operations/" + op + "/dispatch-plan").then().statusCode(200)
                .body("serviceMinutes", equalTo(20))
                .body("teams[0].route.targetId", equalTo(List.of(a, b)))
                .body("teams[0].route[0].serviceMinutes", equalTo(20))
                .body("teams[0].route[0].leaves", equalTo("06:00"))
                .body("teams[0].route[1].eta", equalTo("06:05"))
                .body("teams[0].route[1].serviceMinutes", equalTo(45))
                .body("teams[0].route[1].leavesMinutes", equalTo(80))
                .body("teams[0].finish.time", equalTo("06:50"))
                .body("targets.find { it.targetId == '" + b + "' }.serviceMinutes", equalTo(45))
                .body("latestArrival.minutes", equalTo(35))
                // Reach 15; one team travels at least 5 + 5 (cheapest legs in) or 15 (spanning tree) and spends
                // the 20 minutes at A before its last arrival: 35, so the plan is proven optimal.
                .body("lowerBound.reachMinutes", equalTo(15))
                .body("lowerBound.workloadMinutes", equalTo(30))
                .body("lowerBound.spanningTreeMinutes", equalTo(35))
                .body("lowerBound.minutes", equalTo(35))
                .body("gap", equalTo(0))
                .body("gapPercent", equalTo(0.0f))
                .extract().jsonPath();
        given().auth().oauth2(court.observer()).get("/api/operations/" + op + "/dispatch-plan").then()
                .statusCode(200).body("teams[0].route[1].serviceMinutes", equalTo(45))
                .body("computedAt", equalTo(plan.getString("computedAt")));

        // Without a body: arrivals only, as before (B is then the last stop either way round).
        compute(court.officer(), op).then().statusCode(200)
                .body("serviceMinutes", equalTo(0))
                .body("teams[0].route.serviceMinutes", equalTo(List.of(0, 0)))
                .body("latestArrival.minutes", equalTo(15));
    }

    @Test
    void shouldRefuseBadServiceTimes() {
        Court court = Court.fresh();
        String op = operationWithTeams(court, 1).operationId;
        String a = target(court, op, "李明", LAT + 0.01, LNG, null);
        String path = "/api/operations/" + op + "/dispatch-plan";
        given().auth().oauth2(court.officer()).contentType(ContentType.JSON).body(Map.of("serviceMinutes", -1))
                .post(path).then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem(containsString("serviceMinutes")));
        given().auth().oauth2(court.officer()).contentType(ContentType.JSON)
                .body(Map.of("serviceTimes", List.of(Map.of("targetId", a, "minutes", 721)))).post(path).then()
                .statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(court.officer()).contentType(ContentType.JSON)
                .body(Map.of("serviceTimes", List.of(Map.of("targetId", a, "minutes", 10),
                        Map.of("targetId", a, "minutes", 20)))).post(path).then()
                .statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("serviceTimes[1].targetId"));
        String stranger = UUID.randomUUID().toString();
        given().auth().oauth2(court.officer()).contentType(ContentType.JSON)
                .body(Map.of("serviceTimes", List.of(Map.of("targetId", stranger, "minutes", 10)))).post(path)
                .then().statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("/problems/unknown-target"))
                .body("targets.targetId", equalTo(List.of(stranger)));
        // Nothing was planned by the refused requests.
        given().auth().oauth2(court.officer()).get(path).then().statusCode(404);
    }

    // --- helpers -----------------------------------------------------------------------------------------------

    record Setup(String operationId, List<String> teamIds) {
    }

    /** The Huaiyin raid with two officers and a judge per team, formed into {@code teams} teams. */
    static Setup operationWithTeams(Court court, int teams) {
        String op = planned(court, huaiyinRaid());
        staff(court, op, 2 * teams, teams);
        return new Setup(op, formTeams(court, op, teams));
    }

    static List<String> formTeams(Court court, String op, int teams) {
        return given().auth().oauth2(court.director()).contentType(ContentType.JSON).body(Map.of("count", teams))
                .put("/api/operations/" + op + "/teams").then().statusCode(200).extract().jsonPath()
                .getList("id", String.class);
    }

    static io.restassured.response.Response compute(String token, String op) {
        return given().auth().oauth2(token).post("/api/operations/" + op + "/dispatch-plan");
    }

    static io.restassured.response.Response putMatrix(String token, String path, List<Map<String, Object>> entries) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("entries", entries)).put(path);
    }

    static Map<String, Object> leg(String from, String to, int minutes) {
        Map<String, Object> leg = new HashMap<>();
        leg.put("from", from);
        leg.put("to", to);
        leg.put("minutes", minutes);
        return leg;
    }

    /** (TargetResource's class-level @Consumes makes a body-less POST without Content-Type a 415.) */
    static io.restassured.response.Response absent(Court court, String op, String targetId) {
        return given().auth().oauth2(court.officer()).contentType(ContentType.JSON)
                .post("/api/operations/" + op + "/targets/" + targetId + "/absence");
    }

    static void pin(Court court, String op, String targetId, String teamId) {
        Map<String, Object> body = new HashMap<>();
        body.put("teamId", teamId);
        given().auth().oauth2(court.director()).contentType(ContentType.JSON).body(body)
                .put("/api/operations/" + op + "/targets/" + targetId + "/pin").then().statusCode(200);
    }

    static String caseNumberOf(Court court, String op, String targetId) {
        return given().auth().oauth2(court.officer()).get("/api/operations/" + op + "/targets").then()
                .statusCode(200).extract().path("find { it.id == '" + targetId + "' }.caseNumber");
    }

    static String targetWithoutCoordinates(Court court, String op, String debtor) {
        UUID caseId = UUID.randomUUID();
        CaseServiceStub.stubCase(caseId, court.code(), "(2023)" + court.code() + "执" + Math.abs(caseId.hashCode()
                % 10000) + "号", "IN_ENFORCEMENT", debtor);
        return given().auth().oauth2(court.officer()).contentType(ContentType.JSON)
                .body(Map.of("caseId", caseId.toString(), "address", debtor + "家"))
                .post("/api/operations/" + op + "/targets").then().statusCode(201).extract().path("id");
    }

    /** Each team's route as target ids, in order. */
    static List<List<String>> routes(JsonPath plan) {
        List<List<String>> routes = new ArrayList<>();
        int teams = plan.getList("teams").size();
        for (int i = 0; i < teams; i++) {
            List<String> route = plan.getList("teams[" + i + "].route.targetId", String.class);
            if (!route.isEmpty()) {
                routes.add(route);
            }
        }
        return routes;
    }
}
