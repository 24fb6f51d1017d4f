package org.enforcement.operations.operations;

import static io.restassured.RestAssured.given;
import static org.enforcement.operations.support.OperationFixtures.huaiyinRaid;
import static org.enforcement.operations.support.OperationFixtures.planned;
import static org.enforcement.operations.support.OperationFixtures.staff;
import static org.enforcement.operations.support.OperationFixtures.step;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import org.enforcement.operations.support.CaseServiceStub;
import org.enforcement.operations.support.TestDatabase;
import org.enforcement.testing.Court;
import org.junit.jupiter.api.Test;

/**
 * The operation's business times: its date within the business calendar, its transitions within two days of that
 * date, not in the future and in order. Each refusal is a 400 naming the field and changes nothing.
 */
@QuarkusTest
@QuarkusTestResource(TestDatabase.class)
@QuarkusTestResource(CaseServiceStub.class)
class OperationTimesTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Test
    void shouldAcceptOperationDatesExactlyWithinTheBusinessCalendar() {
        Court court = Court.fresh();
        LocalDate latest = LocalDate.of(LocalDate.now(SHANGHAI).getYear() + 1, 12, 31);
        refuseDate(court, "1989-12-31", "must not be before 1990-01-01");
        refuseDate(court, latest.plusDays(1).toString(), "must not be after " + latest);
        planned(court, raidOn("1990-01-01"));
        planned(court, raidOn(latest.toString()));
        given().auth().oauth2(court.director()).get("/api/operations").then().statusCode(200).body("items", hasSize(2));
    }

    @Test
    void shouldAcceptAnAssemblyFromTwoDaysBeforeTheDateButNotEarlier() {
        Court court = Court.fresh();
        String id = ready(court);
        Instant from = LocalDate.parse("2023-01-31").atStartOfDay(SHANGHAI).toInstant();
        refuse(court, id, "ASSEMBLE", from.minus(1, ChronoUnit.MICROS), "must lie within 2 days");
        step(court.director(), id, "ASSEMBLE", from.toString()).then().statusCode(200)
                .body("status", equalTo("ASSEMBLED"));
    }

    @Test
    void shouldAcceptACloseUntilTwoDaysAfterTheDateButNotLater() {
        Court court = Court.fresh();
        String id = underway(court);
        Instant until = LocalDate.parse("2023-02-05").atStartOfDay(SHANGHAI).toInstant();
        refuse(court, id, "CLOSE", until, "must lie within 2 days");
        step(court.director(), id, "CLOSE", until.minus(1, ChronoUnit.MICROS).toString()).then().statusCode(200)
                .body("status", equalTo("CLOSED"));
    }

    @Test
    void shouldRefuseStepsOutOfOrder() {
        Court court = Court.fresh();
        String id = ready(court);
        step(court.director(), id, "ASSEMBLE", local("05:00")).then().statusCode(200);
        refuse(court, id, "DEPART", Instant.parse(local("04:59:59")), "must not be before the assembly");
        step(court.officer(), id, "DEPART", local("05:00")).then().statusCode(200);
        refuse(court, id, "CLOSE", Instant.parse(local("04:30")), "must not be before the departure");
        step(court.director(), id, "CLOSE", local("05:00")).then().statusCode(200);
        given().auth().oauth2(court.director()).get("/api/operations/" + id + "/timeline").then().statusCode(200)
                .body("type", equalTo(java.util.List.of("ASSEMBLED", "DEPARTED", "CLOSED")))
                .body("occurredAt", equalTo(java.util.List.of(local("05:00"), local("05:00"), local("05:00"))));
    }

    @Test
    void shouldRefuseNowForAnOperationOfAnotherYearAndTimesInTheFuture() {
        Court court = Court.fresh();
        String id = ready(court);
        // Without "at" the step happens now: years after 2023-02-02.
        given().auth().oauth2(court.director()).header("If-Match", "\"0\"").contentType(ContentType.JSON)
                .body(Map.of("action", "ASSEMBLE")).post("/api/operations/" + id + "/transitions").then()
                .statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("at"))
                .body("errors[0].message", containsString("2023-01-31 00:00 to 2023-02-04 24:00"));
        unchanged(court, id, "PLANNED");

        Court today = Court.fresh();
        Map<String, Object> body = raidOn(LocalDate.now(SHANGHAI).toString());
        String current = planned(today, body);
        staff(today, current, 2, 1);
        refuse(today, current, "ASSEMBLE", Instant.now().plus(10, ChronoUnit.MINUTES), "must not be in the future");
        step(today.director(), current, "ASSEMBLE", null).then().statusCode(200);
    }

    @Test
    void shouldRefuseAStepBeforeTheBusinessCalendar() {
        Court court = Court.fresh();
        String id = ready(court);
        given().auth().oauth2(court.director()).header("If-Match", "\"0\"").contentType(ContentType.JSON)
                .body(Map.of("action", "ASSEMBLE", "at", "1989-12-31T12:00:00Z"))
                .post("/api/operations/" + id + "/transitions").then()
                .statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("at"))
                .body("errors[0].message", equalTo("must not be before 1990-01-01"));
        unchanged(court, id, "PLANNED");
    }

    // --- helpers ------------------------------------------------------------------------------------------------

    private static Map<String, Object> raidOn(String date) {
        Map<String, Object> body = new HashMap<>(huaiyinRaid());
        body.put("date", date);
        body.put("requiresWitnesses", false);
        return body;
    }

    private static void refuseDate(Court court, String date, String message) {
        given().auth().oauth2(court.director()).contentType(ContentType.JSON).body(raidOn(date))
                .post("/api/operations").then()
                .statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("date"))
                .body("errors[0].message", equalTo(message));
    }

    /** Planned on 2023-02-02 with staff, ready to assemble. */
    private static String ready(Court court) {
        String id = planned(court, raidOn("2023-02-02"));
        staff(court, id, 2, 1);
        return id;
    }

    private static String underway(Court court) {
        String id = ready(court);
        step(court.director(), id, "ASSEMBLE").then().statusCode(200);
        step(court.officer(), id, "DEPART").then().statusCode(200);
        return id;
    }

    private static String local(String time) {
        return LocalDateTime.parse("2023-02-02T" + time).atZone(SHANGHAI).toInstant().toString();
    }

    /** 400 naming "at", and the operation, its timeline and the event feed as they were. */
    private static void refuse(Court court, String id, String action, Instant at, String message) {
        String before = given().auth().oauth2(court.director()).get("/api/operations/" + id).then().statusCode(200)
                .extract().path("status");
        int entries = given().auth().oauth2(court.director()).get("/api/operations/" + id + "/timeline").then()
                .statusCode(200).extract().path("size()");
        step(court.director(), id, action, at.toString()).then()
                .statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("at"))
                .body("errors[0].message", containsString(message));
        unchanged(court, id, before);
        given().auth().oauth2(court.director()).get("/api/operations/" + id + "/timeline").then().statusCode(200)
                .body("size()", equalTo(entries));
    }

    private static void unchanged(Court court, String id, String status) {
        given().auth().oauth2(court.director()).get("/api/operations/" + id).then().statusCode(200)
                .body("status", equalTo(status));
        given().auth().oauth2(court.integrator()).get("/events").then().statusCode(200)
                .body("items.find { it.aggregateId == '" + id + "' && it.type == 'Operation"
                        + switch (status) {
                            case "PLANNED" -> "Assembled";
                            case "ASSEMBLED" -> "Departed";
                            default -> "Closed";
                        } + "' }", nullValue());
    }
}
