package org.enforcement.operations.operations;

import static io.restassured.RestAssured.given;
import static org.enforcement.operations.support.OperationFixtures.huaiyinRaid;
import static org.enforcement.operations.support.OperationFixtures.planned;
import static org.enforcement.operations.support.OperationFixtures.staff;
import static org.enforcement.operations.support.OperationFixtures.step;
import static org.enforcement.operations.support.OperationFixtures.witness;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.enforcement.operations.support.CaseServiceStub;
import org.enforcement.testing.Court;
import org.enforcement.operations.support.TestDatabase;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(TestDatabase.class)
@QuarkusTestResource(CaseServiceStub.class)
class OperationResourceTest {

    @Test
    void shouldPlanAndRunTheOperationThroughItsSteps() {
        Court court = Court.fresh();
        String id = planned(court, huaiyinRaid());
        given().auth().oauth2(court.observer()).get("/api/operations/" + id).then()
                .statusCode(200)
                .body("status", equalTo("PLANNED"))
                .body("assemblyTime", equalTo("05:00:00"))
                .body("departureTime", equalTo("05:30:00"))
                .body("campaignCode", equalTo("淮执·9号"));
        staff(court, id, 48, 2);
        step(court.director(), id, "ASSEMBLE").then()
                .statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("/problems/witnesses-required"))
                .body("required", equalTo(5)).body("registered", equalTo(0));
        witness(court, id, "周某", "DISCIPLINE_INSPECTION");
        for (int i = 1; i <= 4; i++) {
            witness(court, id, "代表" + i, i <= 2 ? "PEOPLES_CONGRESS_DEPUTY" : "POLITICAL_CONSULTATIVE_MEMBER");
        }
        step(court.director(), id, "CLOSE").then().statusCode(409)
                .body("type", equalTo("/problems/illegal-transition"));
        step(court.director(), id, "ASSEMBLE").then().statusCode(200).body("status", equalTo("ASSEMBLED"))
                .body("participants", equalTo(50)).body("witnesses", equalTo(5));
        step(court.officer(), id, "DEPART").then().statusCode(200).body("status", equalTo("UNDERWAY"));
        step(court.director(), id, "CLOSE").then().statusCode(200).body("status", equalTo("CLOSED"));
        given().auth().oauth2(court.integrator()).get("/events").then().statusCode(200)
                .body("items.type", hasItem("OperationClosed"))
                .body("items.find { it.type == 'OperationClosed' }.payload.officersDeployed", equalTo(50));
    }

    @Test
    void shouldRequireIfMatchAndHideOtherCourts() {
        Court court = Court.fresh();
        String id = planned(court, huaiyinRaid());
        given().auth().oauth2(court.director()).contentType(ContentType.JSON).body(Map.of("action", "ASSEMBLE"))
                .post("/api/operations/" + id + "/transitions").then().statusCode(428);
        given().auth().oauth2(court.director()).header("If-Match", "\"7\"").contentType(ContentType.JSON)
                .body(Map.of("action", "ASSEMBLE")).post("/api/operations/" + id + "/transitions").then()
                .statusCode(412);
        given().auth().oauth2(Court.fresh().director()).get("/api/operations/" + id).then().statusCode(404)
                .body("type", equalTo("/problems/operation-not-found"));
        given().auth().oauth2(court.officer()).contentType(ContentType.JSON).body(huaiyinRaid())
                .post("/api/operations").then().statusCode(403);
    }

    @Test
    void shouldRejectBadPlans() {
        Court court = Court.fresh();
        Map<String, Object> early = new HashMap<>(huaiyinRaid());
        early.put("departureTime", "04:30");
        given().auth().oauth2(court.director()).contentType(ContentType.JSON).body(early)
                .post("/api/operations").then().statusCode(400).body("errors.field", hasItem("departureTime"));
        Map<String, Object> badTime = new HashMap<>(huaiyinRaid());
        badTime.put("assemblyTime", "5 o'clock");
        given().auth().oauth2(court.director()).contentType(ContentType.JSON).body(badTime)
                .post("/api/operations").then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("assemblyTime"));
        Map<String, Object> noName = new HashMap<>(huaiyinRaid());
        noName.remove("name");
        given().auth().oauth2(court.director()).contentType(ContentType.JSON).body(noName)
                .post("/api/operations").then().statusCode(400).body("errors.field", hasItem("name"));
    }

    @Test
    void shouldPageTheCourtsOperationsNewestFirst() {
        Court court = Court.fresh();
        String late = planned(court, raid("2023-02-02", "06:00"));
        String early = planned(court, raid("2023-02-02", "05:00"));
        String sameTime = planned(court, raid("2023-02-02", "05:00"));
        String newest = planned(court, raid("2023-03-15", "07:00"));
        String oldest = planned(court, raid("2023-01-10", "05:00"));
        staff(court, early, 3, 1);
        planned(Court.fresh(), raid("2023-04-01", "05:00")); // another court's: never listed here

        List<String> order = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            var request = given().auth().oauth2(court.observer()).queryParam("limit", 2);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            JsonPath page = request.get("/api/operations").then().statusCode(200).contentType(ContentType.JSON)
                    .body("limit", equalTo(2)).extract().jsonPath();
            order.addAll(page.getList("items.id", String.class));
            cursor = page.getString("nextCursor");
            pages++;
        } while (cursor != null);

        assertThat(pages).isEqualTo(3);
        // Date descending, then assembly time; equal times in a stable (id) order.
        List<String> tied = Stream.of(early, sameTime).sorted().toList();
        assertThat(order).containsExactly(newest, tied.get(0), tied.get(1), late, oldest);
        given().auth().oauth2(court.observer()).get("/api/operations").then().statusCode(200)
                .body("limit", equalTo(20))
                .body("items", hasSize(5))
                .body("nextCursor", nullValue())
                .body("items.find { it.id == '" + early + "' }.participants", equalTo(4))
                .body("items.find { it.id == '" + newest + "' }.participants", equalTo(0));
        // A page that ends exactly with the last operation says so.
        given().auth().oauth2(court.observer()).queryParam("limit", 5).get("/api/operations").then()
                .statusCode(200).body("items", hasSize(5)).body("nextCursor", nullValue());
        given().auth().oauth2(court.observer()).queryParam("limit", 100).get("/api/operations").then()
                .statusCode(200).body("limit", equalTo(100));
    }

    @Test
    void shouldRefuseABadPageSizeOrCursor() {
        Court court = Court.fresh();
        for (String limit : List.of("0", "-1", "abc", "2.5", "101", "100000", "")) {
            given().auth().oauth2(court.judge()).queryParam("limit", limit).get("/api/operations").then()
                    .statusCode(400).contentType("application/problem+json")
                    .body("type", equalTo("/problems/validation"))
                    .body("errors.field", hasItem("limit"))
                    .body("errors.message", hasItem("must be a whole number between 1 and 100"));
        }
        String notOurs = Base64.getUrlEncoder().encodeToString("filedOn|2023-01-01|0|x".getBytes(UTF_8));
        for (String cursor : List.of("not-a-cursor!", notOurs, "MjAyMy0wMi0wMnwwNTowMHw")) {
            given().auth().oauth2(court.judge()).queryParam("cursor", cursor).get("/api/operations").then()
                    .statusCode(400).contentType("application/problem+json")
                    .body("type", equalTo("/problems/invalid-cursor"))
                    .body("errors.field", hasItem("cursor"));
        }
    }

    @Test
    void shouldRefuseAnEmptyPageSizeButServeTheDefaultWithoutOne() {
        Court court = Court.fresh();
        for (String path : List.of("/api/operations", "/api/faq", "/public/faq", "/events", "/api/audit")) {
            given().auth().oauth2(court.director()).queryParam("limit", "").get(path).then()
                    .statusCode(400).contentType("application/problem+json")
                    .body("errors.field", hasItem("limit"));
            given().auth().oauth2(court.director()).get(path).then().statusCode(200);
        }
    }

    @Test
    void shouldRefuseACursorOfAnotherCourtOrATamperedYear() {
        Court ours = Court.fresh();
        Court theirs = Court.fresh();
        for (int i = 0; i < 3; i++) {
            planned(ours, raid("2023-02-0" + (i + 1), "05:00"));
            planned(theirs, raid("2023-02-0" + (i + 1), "05:00"));
        }
        String theirCursor = given().auth().oauth2(theirs.judge()).queryParam("limit", 1).get("/api/operations")
                .then().statusCode(200).extract().path("nextCursor");
        assertThat(theirCursor).isNotNull();
        // Their cursor works for them, and is refused to us rather than read as a place in our list.
        given().auth().oauth2(theirs.judge()).queryParam("cursor", theirCursor).get("/api/operations").then()
                .statusCode(200).body("items", hasSize(2));
        given().auth().oauth2(ours.judge()).queryParam("cursor", theirCursor).get("/api/operations").then()
                .statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("/problems/invalid-cursor"))
                .body("errors.field", hasItem("cursor"));

        // A cursor of our own court, its date pushed outside the years 1 to 9999.
        String ourCursor = given().auth().oauth2(ours.judge()).queryParam("limit", 1).get("/api/operations")
                .then().statusCode(200).extract().path("nextCursor");
        String raw = new String(Base64.getUrlDecoder().decode(ourCursor), UTF_8);
        String date = raw.split("\\|")[1];
        for (String year : List.of("0000", "+99999", "-0001")) {
            String tampered = Base64.getUrlEncoder().withoutPadding().encodeToString(
                    raw.replace(date, year + date.substring(4)).getBytes(UTF_8));
            given().auth().oauth2(ours.judge()).queryParam("cursor", tampered).get("/api/operations").then()
                    .statusCode(400).contentType("application/problem+json")
                    .body("type", equalTo("/problems/invalid-cursor"))
                    .body("errors.field", hasItem("cursor"));
        }
    }

    private static Map<String, Object> raid(String date, String assemblyTime) {
        Map<String, Object> body = new HashMap<>(huaiyinRaid());
        body.put("date", date);
        body.put("assemblyTime", assemblyTime);
        body.put("departureTime", assemblyTime);
        return body;
    }
}
