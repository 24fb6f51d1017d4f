package org.enforcement.operations.dispatch;

import static io.restassured.RestAssured.given;
import static org.enforcement.operations.support.OperationFixtures.huaiyinRaid;
import static org.enforcement.operations.support.OperationFixtures.planned;
import static org.enforcement.operations.support.OperationFixtures.staff;
import static org.enforcement.operations.support.OperationFixtures.target;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.Arrays;
import java.util.Map;
import java.util.Random;
import org.enforcement.operations.support.CaseServiceStub;
import org.enforcement.testing.Court;
import org.enforcement.operations.support.TestDatabase;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The same 200 targets / 5 teams shape through the whole service (HTTP, snapshot, search, storing the plan, event,
 * audit), to see what the database and JSON add to the planner's time. Not part of the normal test run.
 */
@QuarkusTest
@QuarkusTestResource(TestDatabase.class)
@QuarkusTestResource(CaseServiceStub.class)
@Tag("benchmark")
class DispatchEndToEndBenchmark {

    @Test
    void postDispatchPlanForTwoHundredTargets() {
        Court court = Court.fresh();
        String op = planned(court, huaiyinRaid());
        staff(court, op, 10, 5);
        given().auth().oauth2(court.director()).contentType(ContentType.JSON).body(Map.of("count", 5))
                .put("/api/operations/" + op + "/teams").then().statusCode(200);
        Random random = new Random(42);
        double dLat = 10 / 111.195;
        double dLng = 10 / (111.195 * Math.cos(Math.toRadians(33.631)));
        for (int i = 0; i < 200; i++) {
            target(court, op, "李" + i, 33.631 + (random.nextDouble() * 2 - 1) * dLat,
                    119.025 + (random.nextDouble() * 2 - 1) * dLng, null);
        }
        int runs = 10;
        long[] wall = new long[runs];
        System.out.printf("%nEnd to end: POST /dispatch-plan, 200 targets, 5 teams%n");
        for (int run = 0; run < runs; run++) {
            var response = given().auth().oauth2(court.officer()).post("/api/operations/" + op + "/dispatch-plan")
                    .then().statusCode(200).extract().response();
            // Until the response arrived (RestAssured's own measure, without parsing the ~110 KB body).
            wall[run] = response.time();
            JsonPath plan = response.jsonPath();
            System.out.printf("%3d  %5d ms (planner %d ms)  latest %d min  lower bound %d  gap %d%n", run + 1,
                    wall[run], plan.getLong("solver.timeSpentMillis"), plan.getLong("latestArrival.minutes"),
                    plan.getLong("lowerBound.minutes"), plan.getLong("gap"));
        }
        long[] sorted = wall.clone();
        Arrays.sort(sorted);
        System.out.printf("end to end p50 %d ms, max %d ms%n%n", sorted[(runs - 1) / 2], sorted[runs - 1]);
    }
}
