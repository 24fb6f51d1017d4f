package org.enforcement.operations.streams;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.enforcement.operations.streams.StreamResourceTest.answer;
import static org.enforcement.operations.streams.StreamResourceTest.faq;
import static org.enforcement.operations.streams.StreamResourceTest.huaiyinStream;
import static org.enforcement.operations.streams.StreamResourceTest.moderate;
import static org.enforcement.operations.streams.StreamResourceTest.question;
import static org.enforcement.operations.streams.StreamResourceTest.schedule;
import static org.enforcement.operations.streams.StreamResourceTest.streamPath;
import static org.enforcement.operations.streams.StreamResourceTest.transition;
import static org.enforcement.operations.support.OperationFixtures.huaiyinRaid;
import static org.enforcement.operations.support.OperationFixtures.planned;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.enforcement.operations.support.CaseServiceStub;
import org.enforcement.operations.support.TestDatabase;
import org.enforcement.testing.Court;
import org.junit.jupiter.api.Test;

/**
 * Who still sees withdrawn content: the staff of the owning court, marked with who withdrew it, when and why.
 * Observers and integrators read as the public does, so for them it is gone as from the public pages. Also the
 * bounds of a withdrawal or correction request: a reason, If-Match, nothing changed by a refused request.
 */
@QuarkusTest
@QuarkusTestResource(TestDatabase.class)
@QuarkusTestResource(CaseServiceStub.class)
class WithdrawnContentVisibilityTest {

    static final String REASON = "标题含被执行人姓名";

    private static List<Map<String, Object>> audit(Court court, String action, String resourceId) {
        return given().auth().oauth2(court.director()).queryParam("limit", 500).get("/api/audit").then()
                .statusCode(200).extract().jsonPath()
                .getList("items.findAll { it.action == '" + action + "' && it.resourceId == '" + resourceId + "' }");
    }

    /** A started stream of a fresh raid of {@code court}: [operation id, stream id]. */
    private static String[] liveStream(Court court) {
        String op = planned(court, huaiyinRaid());
        String stream = schedule(court.judge(), op, huaiyinStream()).then().statusCode(201).extract().path("id");
        transition(court.judge(), op, stream, "start", "2023-02-01T21:30:00Z").then().statusCode(200);
        return new String[] {op, stream};
    }

    private static String second(Court court, String op) {
        Map<String, Object> body = new HashMap<>(huaiyinStream());
        body.put("title", "直击执行现场（二）");
        String stream = schedule(court.judge(), op, body).then().statusCode(201).extract().path("id");
        transition(court.judge(), op, stream, "start", "2023-02-01T21:45:00Z").then().statusCode(200);
        return stream;
    }

    private static io.restassured.response.Response withdraw(String token, String path, Object body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body).post(path + "/withdrawal");
    }

    @Test
    void shouldHideAWithdrawnStreamFromObserversAndIntegratorsButShowItToTheCourtsStaffMarked() {
        Court court = Court.fresh();
        String[] live = liveStream(court);
        String op = live[0];
        String withdrawn = live[1];
        String kept = second(court, op);
        String path = streamPath(op, withdrawn);

        String by = withdraw(court.director(), path, Map.of("reason", REASON)).then().statusCode(200)
                .body("withdrawal.withdrawnAt", notNullValue()).body("withdrawal.reason", equalTo(REASON))
                .extract().path("withdrawal.withdrawnBy");
        assertThat(by).isEqualTo("director.liu");

        // The public: gone from the operation's list and by id, asked to revalidate even the 404.
        given().get("/public/operations/" + op + "/streams").then().statusCode(200)
                .header("Cache-Control", "no-cache").body("id", contains(kept));
        given().get("/public/streams/" + withdrawn).then().statusCode(404).header("Cache-Control", "no-cache")
                .contentType("application/problem+json").body("type", equalTo("/problems/stream-not-found"));

        // Observers and integrators: as the public.
        for (String reader : List.of(court.observer(), court.integrator())) {
            given().auth().oauth2(reader).get("/api/operations/" + op + "/streams").then().statusCode(200)
                    .body("id", contains(kept));
            given().auth().oauth2(reader).get(path).then().statusCode(404)
                    .contentType("application/problem+json");
            given().auth().oauth2(reader).get(path + "/viewers").then().statusCode(404);
            given().auth().oauth2(reader).get(path + "/questions").then().statusCode(404);
        }

        // The court's staff: still there, with who withdrew it, when and why.
        for (String staff : List.of(court.clerk(), court.judge(), court.officer(), court.director())) {
            given().auth().oauth2(staff).get("/api/operations/" + op + "/streams").then().statusCode(200)
                    .body("id", containsInAnyOrder(withdrawn, kept))
                    .body("find { it.id == '" + withdrawn + "' }.withdrawal.reason", equalTo(REASON))
                    .body("find { it.id == '" + withdrawn + "' }.withdrawal.withdrawnBy", equalTo("director.liu"))
                    .body("find { it.id == '" + kept + "' }.withdrawal", nullValue());
            given().auth().oauth2(staff).get(path).then().statusCode(200)
                    .body("withdrawal.withdrawnAt", notNullValue());
        }
        List<Map<String, Object>> entries = audit(court, "STREAM_WITHDRAWN", withdrawn);
        assertThat(entries).singleElement().satisfies(e -> {
            assertThat(e.get("detail")).isEqualTo(REASON);
            assertThat(e.get("actor")).isEqualTo("director.liu");
        });

        // Once only: a second withdrawal is 409 and adds nothing to the audit trail.
        withdraw(court.director(), path, Map.of("reason", "再次撤回")).then().statusCode(409)
                .contentType("application/problem+json").body("type", equalTo("/problems/already-withdrawn"))
                .body("withdrawnAt", notNullValue());
        assertThat(audit(court, "STREAM_WITHDRAWN", withdrawn)).hasSize(1);
    }

    @Test
    void shouldHideAWithdrawnAnswerFromObserversQuestionLists() {
        Court court = Court.fresh();
        String[] live = liveStream(court);
        String op = live[0];
        String stream = live[1];
        String kept = question(court.officer(), op, stream, "DOUYIN", "路人甲", "和解后不履行怎么办？").then()
                .statusCode(201).extract().path("id");
        moderate(court.officer(), op, stream, kept, true, "内部：提问人电话13912345678", null).then().statusCode(200);
        answer(court.judge(), op, stream, kept, "可以申请恢复执行。", null).then().statusCode(200);
        String removed = question(court.officer(), op, stream, "DOUYIN", "路人乙", "拘留能异地执行吗？").then()
                .statusCode(201).extract().path("id");
        moderate(court.officer(), op, stream, removed, true, null, null).then().statusCode(200);
        answer(court.judge(), op, stream, removed, "请拨打承办人电话13812345678。", null).then().statusCode(200);
        String questions = streamPath(op, stream) + "/questions";

        // A clerk may not withdraw; another court's director does not see the operation (as everywhere here).
        withdraw(court.clerk(), questions + "/" + removed, Map.of("reason", REASON)).then().statusCode(403);
        withdraw(Court.fresh().director(), questions + "/" + removed, Map.of("reason", REASON)).then()
                .statusCode(404);
        withdraw(court.director(), questions + "/" + removed, Map.of("reason", REASON)).then().statusCode(200)
                .body("withdrawal.reason", equalTo(REASON));

        for (String reader : List.of(court.observer(), court.integrator())) {
            given().auth().oauth2(reader).get(questions).then().statusCode(200).body("items.id", contains(kept));
            given().auth().oauth2(reader).queryParam("status", "ANSWERED").get(questions).then().statusCode(200)
                    .body("items.id", contains(kept))
                    // The moderator's note reaches them only scrubbed.
                    .body("items[0].moderationNote", equalTo("内部：提问人电话[电话号码已隐去]"));
        }
        given().auth().oauth2(court.clerk()).get(questions).then().statusCode(200)
                .body("items.id", contains(kept, removed))
                .body("items.find { it.id == '" + kept + "' }.moderationNote", equalTo("内部：提问人电话[电话号码已隐去]"))
                .body("items.find { it.id == '" + removed + "' }.withdrawal.withdrawnBy", equalTo("director.liu"));
        given().auth().oauth2(court.judge()).queryParam("limit", 1).get(questions).then().statusCode(200)
                .body("items.id", contains(kept)).body("nextCursor", notNullValue());
        given().get("/public/streams/" + stream).then().statusCode(200).header("Cache-Control", "no-cache")
                .body("questions.answer", contains("可以申请恢复执行。"))
                .body("questions[0]", not(hasKey("moderationNote")));

        // Withdrawn: neither corrected nor withdrawn again; an unanswered question is not corrected either.
        given().auth().oauth2(court.director()).contentType(ContentType.JSON)
                .body(Map.of("answer", "更正", "reason", "补充")).put(questions + "/" + removed + "/answer").then()
                .statusCode(409).body("type", equalTo("/problems/already-withdrawn"));
        String open = question(court.officer(), op, stream, "DOUYIN", "路人丙", "执行费谁出？").then()
                .statusCode(201).extract().path("id");
        given().auth().oauth2(court.director()).contentType(ContentType.JSON)
                .body(Map.of("answer", "由被执行人负担。", "reason", "补充")).put(questions + "/" + open + "/answer")
                .then().statusCode(409).body("type", equalTo("/problems/illegal-question-transition"));
        withdraw(court.director(), questions + "/" + open, Map.of("reason", REASON)).then().statusCode(409);
        assertThat(audit(court, "QUESTION_WITHDRAWN", removed)).singleElement()
                .satisfies(e -> assertThat((String) e.get("detail")).endsWith(REASON));
        assertThat(audit(court, "QUESTION_ANSWER_CORRECTED", removed)).isEmpty();
    }

    @Test
    void shouldReadAWithdrawnFaqEntryOnlyAsStaffOfTheCourtThatWroteIt() {
        Court court = Court.fresh();
        Court other = Court.fresh();
        String marker = UUID.randomUUID().toString().substring(0, 8);
        String id = faq(court.judge(), "终结本次执行程序后还能恢复吗？" + marker, "可以。", List.of("终本"), null).then()
                .statusCode(201).extract().path("id");
        given().auth().oauth2(other.judge()).get("/api/faq/" + id).then().statusCode(200);

        given().auth().oauth2(other.director()).contentType(ContentType.JSON).body(Map.of("reason", REASON))
                .post("/api/faq/" + id + "/withdrawal").then().statusCode(403)
                .body("type", equalTo("/problems/not-owning-court"));
        given().auth().oauth2(court.director()).contentType(ContentType.JSON).body(Map.of("reason", REASON))
                .post("/api/faq/" + id + "/withdrawal").then().statusCode(200);

        given().auth().oauth2(court.clerk()).get("/api/faq/" + id).then().statusCode(200)
                .body("withdrawal.withdrawnBy", equalTo("director.liu")).body("withdrawal.reason", equalTo(REASON));
        for (String reader : List.of(court.observer(), court.integrator(), other.judge(), other.director())) {
            given().auth().oauth2(reader).get("/api/faq/" + id).then().statusCode(404)
                    .body("type", equalTo("/problems/faq-entry-not-found"));
        }
        given().queryParam("q", marker).get("/public/faq").then().statusCode(200)
                .header("Cache-Control", "no-cache").body("items", org.hamcrest.Matchers.empty());
        given().auth().oauth2(other.judge()).queryParam("q", marker).get("/api/faq").then().statusCode(200)
                .body("items", org.hamcrest.Matchers.empty());
    }

    @Test
    void shouldRefuseAWithdrawalOrCorrectionWithoutAReasonOrAtAnOldVersionAndChangeNothing() {
        Court court = Court.fresh();
        String[] live = liveStream(court);
        String path = streamPath(live[0], live[1]);
        String etag = given().auth().oauth2(court.judge()).get(path).then().extract().header("ETag");
        String tooLong = "因".repeat(501);

        for (Object body : List.of(Map.of(), Map.of("reason", ""), Map.of("reason", " \t"),
                Map.of("reason", tooLong))) {
            withdraw(court.director(), path, body).then().statusCode(400)
                    .contentType("application/problem+json").body("errors[0].field", equalTo("reason"));
        }
        withdraw(court.director(), path, "{not json").then().statusCode(400)
                .contentType("application/problem+json");
        given().auth().oauth2(court.director()).contentType(ContentType.JSON).post(path + "/withdrawal").then()
                .statusCode(400).contentType("application/problem+json");
        withdraw(court.director(), path, Map.of("reason", "因".repeat(500))).then().statusCode(200);
        withdraw(court.director(), path, Map.of("reason", REASON)).then().statusCode(409);

        // Presentation: If-Match required and current; a reason; withdrawn is 409 even at the right version.
        Court second = Court.fresh();
        String[] other = liveStream(second);
        String otherPath = streamPath(other[0], other[1]);
        String otherTag = given().auth().oauth2(second.judge()).get(otherPath).then().extract().header("ETag");
        Map<String, Object> presentation = Map.of("title", "直击执行现场：更正", "reason", "主持人写错",
                "hosts", List.of(Map.of("name", "李记者", "role", "REPORTER")));
        given().auth().oauth2(second.director()).contentType(ContentType.JSON).body(presentation)
                .put(otherPath + "/presentation").then().statusCode(428).contentType("application/problem+json");
        given().auth().oauth2(second.director()).contentType(ContentType.JSON).header("If-Match", "\"42\"")
                .body(presentation).put(otherPath + "/presentation").then().statusCode(412)
                .contentType("application/problem+json");
        Map<String, Object> noReason = new HashMap<>(presentation);
        noReason.remove("reason");
        given().auth().oauth2(second.director()).contentType(ContentType.JSON).header("If-Match", otherTag)
                .body(noReason).put(otherPath + "/presentation").then().statusCode(400)
                .body("errors[0].field", equalTo("reason"));
        given().get("/public/streams/" + other[1]).then().statusCode(200)
                .body("title", equalTo("直击执行现场：春节后凌晨集中执行"));
        assertThat(audit(second, "STREAM_PRESENTATION_CORRECTED", other[1])).isEmpty();

        String now = given().auth().oauth2(court.judge()).get(path).then().extract().header("ETag");
        assertThat(now).isNotEqualTo(etag);
        given().auth().oauth2(court.director()).contentType(ContentType.JSON).header("If-Match", now)
                .body(presentation).put(path + "/presentation").then().statusCode(409)
                .body("type", equalTo("/problems/already-withdrawn"));
    }
}
