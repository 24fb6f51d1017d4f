package org.enforcement.operations.operations;

import static io.restassured.RestAssured.given;
import static org.enforcement.operations.support.OperationFixtures.huaiyinRaid;
import static org.enforcement.operations.support.OperationFixtures.planned;
import static org.enforcement.operations.support.OperationFixtures.staff;
import static org.enforcement.operations.support.OperationFixtures.step;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.enforcement.operations.support.CaseServiceStub;
import org.enforcement.operations.support.TestDatabase;
import org.enforcement.testing.Court;
import org.enforcement.testing.time.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * "Now" is the service's clock: the test puts the service on the Huaiyin raid's morning (2023-02-02, Asia/Shanghai),
 * so a step without a time happens then, and a time 90 s ahead is in the future (a device may run a minute ahead)
 * until the clock comes within that minute.
 */
@QuarkusTest
@QuarkusTestResource(TestDatabase.class)
@QuarkusTestResource(CaseServiceStub.class)
class OperationDayTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Inject
    TestClock clock;

    @AfterEach
    void backToTheSystemTime() {
        clock.reset();
    }

    @Test
    void shouldTakeNowAndTheFutureFromTheServiceClock() {
        clock.setShanghai(LocalDateTime.of(2023, 2, 2, 4, 58, 30));
        Court court = Court.fresh();
        Map<String, Object> raid = new HashMap<>(huaiyinRaid());
        raid.put("date", "2023-02-02");
        raid.put("requiresWitnesses", false);
        String id = planned(court, raid);
        staff(court, id, 2, 1);

        step(court.director(), id, "ASSEMBLE", null).then().statusCode(200).body("status", equalTo("ASSEMBLED"));
        String fiveOClock = LocalDateTime.of(2023, 2, 2, 5, 0).atZone(SHANGHAI).toInstant().toString();
        step(court.officer(), id, "DEPART", fiveOClock).then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("at"))
                .body("errors[0].message", containsString("must not be in the future"));

        clock.advance(Duration.ofMinutes(1));
        step(court.officer(), id, "DEPART", fiveOClock).then().statusCode(200).body("status", equalTo("UNDERWAY"));
        given().auth().oauth2(court.director()).get("/api/operations/" + id + "/timeline").then().statusCode(200)
                .body("type", equalTo(List.of("ASSEMBLED", "DEPARTED")))
                .body("occurredAt", equalTo(List.of("2023-02-01T20:58:30Z", "2023-02-01T21:00:00Z")));
    }
}
