package org.enforcement.operations.timeline;

import static io.restassured.RestAssured.given;
import static org.enforcement.operations.timeline.TimelineFixtures.append;
import static org.enforcement.operations.timeline.TimelineFixtures.appended;
import static org.enforcement.operations.timeline.TimelineFixtures.entry;
import static org.enforcement.operations.timeline.TimelineFixtures.target;
import static org.enforcement.operations.timeline.TimelineFixtures.underway;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.enforcement.operations.support.CaseServiceStub;
import org.enforcement.operations.support.TestDatabase;
import org.enforcement.operations.timeline.TimelineFixtures.TargetRef;
import org.enforcement.testing.Court;
import org.junit.jupiter.api.Test;

/** When an entry may have happened: the operation's day and the day either side. */
@QuarkusTest
@QuarkusTestResource(TestDatabase.class)
@QuarkusTestResource(CaseServiceStub.class)
class TimelineWindowTest {

    private static String local(String dateTime) {
        return LocalDateTime.parse(dateTime).atZone(ZoneId.of("Asia/Shanghai")).toInstant().toString();
    }

    @Test
    void shouldRefuseTimesOutsideTheOperationsDayAndTheDaysAround() {
        Court court = Court.fresh();
        String op = underway(court); // 2023-02-02 in Huai'an
        TargetRef li = target(court, op, "李建国");
        for (String far : List.of("2020-02-02T08:00:00", "2023-01-31T23:59:59", "2023-02-04T00:00:00",
                "2024-02-02T08:00:00")) {
            append(court.officer(), op, entry("ARRIVED", li.id(), local(far), null)).then()
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body("type", equalTo("/problems/validation"))
                    .body("errors.field", hasItem("occurredAt"))
                    .body("detail", containsString("2023-02-02"));
        }
        appended(court.officer(), op, entry("NOTE", null, local("2023-02-01T00:00:00"), Map.of("note", "前一日布置")));
        appended(court.officer(), op, entry("ARRIVED", li.id(), local("2023-02-02T04:10:00"), null));
        appended(court.officer(), op, entry("NOTE", null, local("2023-02-03T23:59:00"), Map.of("note", "次日汇总")));
        given().auth().oauth2(court.judge()).get("/api/operations/" + op + "/timeline").then().statusCode(200)
                .body("type", equalTo(List.of("ASSEMBLED", "DEPARTED", "NOTE", "ARRIVED", "NOTE")));
        given().auth().oauth2(court.judge()).get("/api/operations/" + op + "/targets/" + li.id() + "/record").then()
                .statusCode(200).body("entries", hasSize(1)).body("entries[0].localTime", equalTo("04:10"));
    }
}
