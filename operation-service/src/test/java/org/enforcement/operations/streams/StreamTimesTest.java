package org.enforcement.operations.streams;

import static io.restassured.RestAssured.given;
import static org.enforcement.operations.streams.StreamResourceTest.ANSWERED_AT;
import static org.enforcement.operations.streams.StreamResourceTest.ASKED_AT;
import static org.enforcement.operations.streams.StreamResourceTest.HUAIYIN_START;
import static org.enforcement.operations.streams.StreamResourceTest.huaiyinStream;
import static org.enforcement.operations.streams.StreamResourceTest.moderate;
import static org.enforcement.operations.streams.StreamResourceTest.question;
import static org.enforcement.operations.streams.StreamResourceTest.schedule;
import static org.enforcement.operations.streams.StreamResourceTest.streamPath;
import static org.enforcement.operations.streams.StreamResourceTest.transition;
import static org.enforcement.operations.support.OperationFixtures.huaiyinRaid;
import static org.enforcement.operations.support.OperationFixtures.planned;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.HashMap;
import java.util.Map;
import org.enforcement.operations.support.CaseServiceStub;
import org.enforcement.operations.support.TestDatabase;
import org.enforcement.testing.Court;
import org.junit.jupiter.api.Test;

/**
 * A stream's start and end and the answers to viewers' questions happen within two days of the operation's date
 * (2023-02-02 in Huai'an: from 2023-01-31 00:00 to 2023-02-04 24:00), an end not before the start, an answer not
 * before its question or the stream's start. Refusals are 400s naming the field and change nothing.
 */
@QuarkusTest
@QuarkusTestResource(TestDatabase.class)
@QuarkusTestResource(CaseServiceStub.class)
class StreamTimesTest {

    /** 2023-01-31 00:00 in Huai'an, the window's first instant. */
    private static final String WINDOW_FROM = "2023-01-30T16:00:00Z";
    /** 2023-02-04 24:00 in Huai'an, the first instant after the window. */
    private static final String WINDOW_UNTIL = "2023-02-04T16:00:00Z";

    @Test
    void shouldRefuseAnInstantWithoutADayInTheCalendarWith400() {
        // Parsed by Jackson but without a date in Shanghai: the calendar check threw inside Bean Validation (500).
        Court court = Court.fresh();
        String op = planned(court, huaiyinRaid());
        String stream = scheduled(court, op);
        transition(court.judge(), op, stream, "start", "+999999999-12-31T23:59:59Z").then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("errors[0].field", equalTo("at"));
        status(court, op, stream, "SCHEDULED");
    }

    @Test
    void shouldStartAndEndWithinTheWindowOnly() {
        Court court = Court.fresh();
        String op = planned(court, huaiyinRaid());
        String stream = scheduled(court, op);
        refuse(transition(court.judge(), op, stream, "start", "2023-01-30T15:59:59.999999Z"), "at",
                "must lie within 2 days");
        status(court, op, stream, "SCHEDULED");
        transition(court.judge(), op, stream, "start", WINDOW_FROM).then().statusCode(200)
                .body("startedAt", equalTo(WINDOW_FROM));
        refuse(transition(court.judge(), op, stream, "end", WINDOW_UNTIL), "at", "must lie within 2 days");
        status(court, op, stream, "LIVE");
        transition(court.judge(), op, stream, "end", "2023-02-04T15:59:59.999999Z").then().statusCode(200)
                .body("endedAt", equalTo("2023-02-04T15:59:59.999999Z"));
        given().auth().oauth2(court.integrator()).get("/events").then().statusCode(200)
                .body("items.find { it.type == 'StreamStarted' && it.payload.streamId == '" + stream + "' }"
                        + ".payload.startedAt", equalTo(WINDOW_FROM))
                .body("items.find { it.type == 'StreamEnded' && it.payload.streamId == '" + stream + "' }"
                        + ".payload.endedAt", equalTo("2023-02-04T15:59:59.999999Z"));
    }

    @Test
    void shouldRefuseAPlannedStartFarFromTheOperationsDate() {
        Court court = Court.fresh();
        String op = planned(court, huaiyinRaid());
        Map<String, Object> body = new HashMap<>(huaiyinStream());
        body.put("scheduledStart", WINDOW_UNTIL);
        refuse(schedule(court.judge(), op, body), "scheduledStart", "must lie within 2 days");
        body.put("scheduledStart", "1989-12-31T00:00:00Z");
        refuse(schedule(court.judge(), op, body), "scheduledStart", "must not be before 1990-01-01");
        given().auth().oauth2(court.judge()).get("/api/operations/" + op + "/streams").then().statusCode(200)
                .body("items", hasSize(0));
    }

    @Test
    void shouldStoreAndReturnWhenAQuestionWasAnswered() {
        Court court = Court.fresh();
        String op = planned(court, huaiyinRaid());
        String stream = scheduled(court, op);
        transition(court.judge(), op, stream, "start", HUAIYIN_START).then().statusCode(200);
        String q = accepted(court, op, stream);

        refuse(answer(court, op, stream, q, "2023-02-01T21:39:59.999999Z"), "answeredAt",
                "must not be before the question's submission");
        refuse(answer(court, op, stream, q, WINDOW_UNTIL), "answeredAt", "must lie within 2 days");
        refuse(answer(court, op, stream, q, null), "answeredAt", "must lie within 2 days"); // now: years later
        questionStatus(court, op, stream, q, "ACCEPTED");

        answer(court, op, stream, q, ASKED_AT).then().statusCode(200)
                .body("status", equalTo("ANSWERED"))
                .body("submittedAt", equalTo(ASKED_AT))
                .body("answeredAt", equalTo(ASKED_AT));
        given().auth().oauth2(court.judge()).get(streamPath(op, stream) + "/questions").then().statusCode(200)
                .body("items.find { it.id == '" + q + "' }.answeredAt", equalTo(ASKED_AT));
    }

    @Test
    void shouldRefuseAnAnswerBeforeTheStreamStarted() {
        Court court = Court.fresh();
        String op = planned(court, huaiyinRaid());
        String stream = scheduled(court, op);
        String q = accepted(court, op, stream); // asked at 05:40, before the stream starts at 06:00
        transition(court.judge(), op, stream, "start", "2023-02-01T22:00:00Z").then().statusCode(200);
        refuse(answer(court, op, stream, q, "2023-02-01T21:59:00Z"), "answeredAt",
                "must not be before the stream's start");
        questionStatus(court, op, stream, q, "ACCEPTED");
        answer(court, op, stream, q, ANSWERED_AT).then().statusCode(200).body("answeredAt", equalTo(ANSWERED_AT));
    }

    @Test
    void shouldRefuseAQuestionSubmittedFarFromTheOperationsDate() {
        Court court = Court.fresh();
        String op = planned(court, huaiyinRaid());
        String stream = scheduled(court, op);
        refuse(given().auth().oauth2(court.officer()).contentType(ContentType.JSON)
                .body(Map.of("platform", "DOUYIN", "askedBy", "淮安老张", "text", "问"))
                .post(streamPath(op, stream) + "/questions"), "submittedAt", "must lie within 2 days");
        given().auth().oauth2(court.judge()).get(streamPath(op, stream) + "/questions").then().statusCode(200)
                .body("items", hasSize(0));
    }

    // --- helpers ------------------------------------------------------------------------------------------------

    private static String scheduled(Court court, String op) {
        return schedule(court.judge(), op, huaiyinStream()).then().statusCode(201).extract().path("id");
    }

    /** A question asked at ASKED_AT and accepted by the moderator. */
    private static String accepted(Court court, String op, String stream) {
        String q = question(court.officer(), op, stream, "DOUYIN", "淮安老张", "申请恢复执行的期限是多长？").then()
                .statusCode(201).body("submittedAt", equalTo(ASKED_AT)).extract().path("id");
        moderate(court.officer(), op, stream, q, true, null, null).then().statusCode(200);
        return q;
    }

    private static Response answer(Court court, String op, String stream, String q, String answeredAt) {
        Map<String, Object> body = new HashMap<>();
        body.put("answer", "申请执行的期间为二年。");
        if (answeredAt != null) {
            body.put("answeredAt", answeredAt);
        }
        return given().auth().oauth2(court.judge()).contentType(ContentType.JSON).body(body)
                .post(streamPath(op, stream) + "/questions/" + q + "/answer");
    }

    private static void refuse(Response response, String field, String message) {
        response.then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo(field))
                .body("errors[0].message", containsString(message));
    }

    private static void status(Court court, String op, String stream, String status) {
        given().auth().oauth2(court.judge()).get(streamPath(op, stream)).then().statusCode(200)
                .body("status", equalTo(status));
    }

    private static void questionStatus(Court court, String op, String stream, String q, String status) {
        given().auth().oauth2(court.judge()).get(streamPath(op, stream) + "/questions").then().statusCode(200)
                .body("items.find { it.id == '" + q + "' }.status", equalTo(status))
                .body("items.find { it.id == '" + q + "' }.answeredAt", nullValue());
    }
}
