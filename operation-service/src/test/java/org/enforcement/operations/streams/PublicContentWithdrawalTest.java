package org.enforcement.operations.streams;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.enforcement.operations.streams.StreamResourceTest.answer;
import static org.enforcement.operations.streams.StreamResourceTest.faq;
import static org.enforcement.operations.streams.StreamResourceTest.huaiyinStream;
import static org.enforcement.operations.streams.StreamResourceTest.moderate;
import static org.enforcement.operations.streams.StreamResourceTest.question;
import static org.enforcement.operations.streams.StreamResourceTest.schedule;
import static org.enforcement.operations.streams.StreamResourceTest.transition;
import static org.enforcement.operations.support.OperationFixtures.huaiyinRaid;
import static org.enforcement.operations.support.OperationFixtures.planned;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.enforcement.operations.support.CaseServiceStub;
import org.enforcement.operations.support.TestDatabase;
import org.enforcement.testing.Court;
import org.junit.jupiter.api.Test;

/**
 * Public content a court corrects or withdraws: FAQ entries, stream titles and hosts, answered questions. Only a
 * director of the owning court, always with a reason (audited); withdrawn content leaves every public view at once.
 */
@QuarkusTest
@QuarkusTestResource(TestDatabase.class)
@QuarkusTestResource(CaseServiceStub.class)
class PublicContentWithdrawalTest {

    static final String REASON = "答复中含当事人电话号码，更正后重新发布";

    private static String marker() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    private static List<String> auditDetails(Court court, String action) {
        return given().auth().oauth2(court.director()).queryParam("limit", 500).get("/api/audit").then()
                .statusCode(200).extract().jsonPath().getList("items.findAll { it.action == '" + action + "' }.detail",
                        String.class);
    }

    @Test
    void shouldCorrectAndWithdrawAFaqEntryOnlyAsItsCourtsDirectorWithAReason() {
        Court court = Court.fresh();
        String marker = marker();
        String id = faq(court.judge(), "申请执行的期间是多长？" + marker, "一年。", List.of("期间"), null).then()
                .statusCode(201).extract().path("id");
        String etag = given().auth().oauth2(court.judge()).get("/api/faq/" + id).then().statusCode(200)
                .extract().header("ETag");
        Map<String, Object> corrected = Map.of("question", "申请执行的期间是多长？" + marker,
                "answer", "二年，从法律文书规定履行期间的最后一日起计算。", "tags", List.of("期间", "申请执行"),
                "legalBasis", "《中华人民共和国民事诉讼法》第二百五十条", "reason", "期间写错");

        // Without If-Match 428, with an old one 412; a judge, or another court's director, 403; no reason 400.
        given().auth().oauth2(court.director()).contentType(ContentType.JSON).body(corrected).put("/api/faq/" + id)
                .then().statusCode(428);
        given().auth().oauth2(court.director()).contentType(ContentType.JSON).header("If-Match", "\"99\"")
                .body(corrected).put("/api/faq/" + id).then().statusCode(412);
        given().auth().oauth2(court.judge()).contentType(ContentType.JSON).header("If-Match", etag).body(corrected)
                .put("/api/faq/" + id).then().statusCode(403);
        given().auth().oauth2(Court.fresh().director()).contentType(ContentType.JSON).header("If-Match", etag)
                .body(corrected).put("/api/faq/" + id).then().statusCode(403)
                .body("type", equalTo("/problems/not-owning-court"));
        given().auth().oauth2(court.director()).contentType(ContentType.JSON).header("If-Match", etag)
                .body(Map.of("question", "问？", "answer", "答。", "reason", " ")).put("/api/faq/" + id).then()
                .statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("reason"));

        given().auth().oauth2(court.director()).contentType(ContentType.JSON).header("If-Match", etag)
                .body(corrected).put("/api/faq/" + id).then().statusCode(200)
                .body("answer", equalTo("二年，从法律文书规定履行期间的最后一日起计算。"))
                .body("tags", contains("期间", "申请执行")).body("withdrawal", nullValue());
        given().queryParam("q", marker).get("/public/faq").then().statusCode(200)
                .header("Cache-Control", "no-cache")
                .body("items.answer", contains("二年，从法律文书规定履行期间的最后一日起计算。"));
        assertThat(auditDetails(court, "FAQ_ENTRY_CORRECTED")).contains("期间写错");

        // Withdrawn: gone from the public FAQ and every search, still readable by id, marked withdrawn.
        given().auth().oauth2(court.judge()).contentType(ContentType.JSON).body(Map.of("reason", REASON))
                .post("/api/faq/" + id + "/withdrawal").then().statusCode(403);
        given().auth().oauth2(court.director()).contentType(ContentType.JSON).body(Map.of("reason", REASON))
                .post("/api/faq/" + id + "/withdrawal").then().statusCode(200)
                .body("withdrawal.reason", equalTo(REASON)).body("withdrawal.withdrawnAt", notNullValue());
        given().queryParam("q", marker).get("/public/faq").then().statusCode(200).body("items", empty());
        given().auth().oauth2(court.observer()).queryParam("q", marker).get("/api/faq").then().statusCode(200)
                .body("items", empty());
        given().auth().oauth2(court.judge()).get("/api/faq/" + id).then().statusCode(200)
                .body("withdrawal.reason", equalTo(REASON));
        assertThat(auditDetails(court, "FAQ_ENTRY_WITHDRAWN")).contains(REASON);
        given().auth().oauth2(court.director()).contentType(ContentType.JSON).body(Map.of("reason", REASON))
                .post("/api/faq/" + id + "/withdrawal").then().statusCode(409)
                .body("type", equalTo("/problems/already-withdrawn"));
        String now = given().auth().oauth2(court.judge()).get("/api/faq/" + id).then().extract().header("ETag");
        given().auth().oauth2(court.director()).contentType(ContentType.JSON).header("If-Match", now)
                .body(corrected).put("/api/faq/" + id).then().statusCode(409)
                .body("type", equalTo("/problems/already-withdrawn"));
    }

    @Test
    void shouldCorrectAStreamsTitleAndHostsAndWithdrawItFromEveryPublicView() {
        Court court = Court.fresh();
        String op = planned(court, huaiyinRaid());
        String stream = schedule(court.judge(), op, huaiyinStream()).then().statusCode(201).extract().path("id");
        transition(court.judge(), op, stream, "start", "2023-02-01T21:30:00Z").then().statusCode(200);
        String path = "/api/operations/" + op + "/streams/" + stream;
        String etag = given().auth().oauth2(court.judge()).get(path).then().statusCode(200).extract().header("ETag");
        Map<String, Object> presentation = Map.of("title", "直击执行现场：更正后的标题",
                "hosts", List.of(Map.of("name", "李记者", "role", "REPORTER")), "reason", "主持人写错");

        given().auth().oauth2(court.judge()).contentType(ContentType.JSON).header("If-Match", etag)
                .body(presentation).put(path + "/presentation").then().statusCode(403);
        given().auth().oauth2(Court.fresh().director()).contentType(ContentType.JSON).header("If-Match", etag)
                .body(presentation).put(path + "/presentation").then().statusCode(404);
        given().auth().oauth2(court.director()).contentType(ContentType.JSON).body(presentation)
                .put(path + "/presentation").then().statusCode(428);
        given().auth().oauth2(court.director()).contentType(ContentType.JSON).header("If-Match", etag)
                .body(presentation).put(path + "/presentation").then().statusCode(200)
                .body("title", equalTo("直击执行现场：更正后的标题")).body("hosts.name", contains("李记者"));
        given().get("/public/streams/" + stream).then().statusCode(200).header("Cache-Control", "no-cache")
                .body("title", equalTo("直击执行现场：更正后的标题")).body("hosts.name", contains("李记者"));
        assertThat(auditDetails(court, "STREAM_PRESENTATION_CORRECTED")).contains("主持人写错");

        given().auth().oauth2(court.director()).contentType(ContentType.JSON).body(Map.of("reason", REASON))
                .post(path + "/withdrawal").then().statusCode(200).body("withdrawal.reason", equalTo(REASON));
        given().get("/public/streams/" + stream).then().statusCode(404);
        given().get("/public/operations/" + op + "/streams").then().statusCode(404);
        given().auth().oauth2(court.clerk()).get(path).then().statusCode(200)
                .body("withdrawal.withdrawnAt", notNullValue());
        given().auth().oauth2(court.observer()).get(path).then().statusCode(404);
        assertThat(auditDetails(court, "STREAM_WITHDRAWN")).contains(REASON);
        given().auth().oauth2(court.director()).contentType(ContentType.JSON).body(Map.of("reason", REASON))
                .post(path + "/withdrawal").then().statusCode(409).body("type", equalTo("/problems/already-withdrawn"));
    }

    @Test
    void shouldCorrectAndWithdrawAnAnsweredQuestion() {
        Court court = Court.fresh();
        String op = planned(court, huaiyinRaid());
        String stream = schedule(court.judge(), op, huaiyinStream()).then().statusCode(201).extract().path("id");
        transition(court.judge(), op, stream, "start", "2023-02-01T21:30:00Z").then().statusCode(200);
        String entry = faq(court.judge(), "恢复执行？" + marker(), "可以申请。", List.of(), null).then()
                .statusCode(201).extract().path("id");
        String kept = question(court.officer(), op, stream, "DOUYIN", "路人甲", "和解后不履行怎么办？").then()
                .statusCode(201).extract().path("id");
        moderate(court.officer(), op, stream, kept, true, "内部：提问人电话13912345678", null).then().statusCode(200);
        answer(court.judge(), op, stream, kept, "可以申请恢复执行。", entry).then().statusCode(200);
        String removed = question(court.officer(), op, stream, "DOUYIN", "路人乙", "拘留能异地执行吗？").then()
                .statusCode(201).extract().path("id");
        moderate(court.officer(), op, stream, removed, true, null, null).then().statusCode(200);
        answer(court.judge(), op, stream, removed, "请拨打承办人电话。", null).then().statusCode(200);
        String questions = "/api/operations/" + op + "/streams/" + stream + "/questions/";

        // The moderator's note reaches no one who does not moderate unscrubbed.
        given().auth().oauth2(court.observer()).get("/api/operations/" + op + "/streams/" + stream + "/questions")
                .then().statusCode(200).body("items.find { it.id == '" + kept + "' }.moderationNote",
                        equalTo("内部：提问人电话[电话号码已隐去]"));
        given().auth().oauth2(court.judge()).get("/api/operations/" + op + "/streams/" + stream + "/questions")
                .then().statusCode(200).body("items.find { it.id == '" + kept + "' }.moderationNote",
                        equalTo("内部：提问人电话13912345678"));

        given().auth().oauth2(court.judge()).contentType(ContentType.JSON)
                .body(Map.of("answer", "更正", "reason", "引用错误")).put(questions + kept + "/answer").then()
                .statusCode(403);
        given().auth().oauth2(court.director()).contentType(ContentType.JSON)
                .body(Map.of("answer", "可以申请恢复执行，也可以起诉。", "reason", "引用错误"))
                .put(questions + kept + "/answer").then().statusCode(200)
                .body("answer", equalTo("可以申请恢复执行，也可以起诉。"));
        given().auth().oauth2(court.director()).contentType(ContentType.JSON).body(Map.of("reason", REASON))
                .post(questions + removed + "/withdrawal").then().statusCode(200)
                .body("withdrawal.reason", equalTo(REASON));
        given().get("/public/streams/" + stream).then().statusCode(200)
                .body("questions", hasSize(1))
                .body("questions[0].answer", equalTo("可以申请恢复执行，也可以起诉。"))
                .body("questions[0].faqEntry.id", equalTo(entry));
        given().get("/public/operations/" + op + "/streams").then().statusCode(200)
                .body("[0].answeredQuestions", equalTo(1));
        assertThat(auditDetails(court, "QUESTION_WITHDRAWN")).anyMatch(d -> d.endsWith(REASON));
        assertThat(auditDetails(court, "QUESTION_ANSWER_CORRECTED")).anyMatch(d -> d.endsWith("引用错误"));
        given().auth().oauth2(court.director()).contentType(ContentType.JSON).body(Map.of("reason", REASON))
                .post(questions + removed + "/withdrawal").then().statusCode(409)
                .body("type", equalTo("/problems/already-withdrawn"));

        // The FAQ entry it followed withdrawn: the public answer stays, without the entry; no answer follows it again.
        given().auth().oauth2(court.director()).contentType(ContentType.JSON).body(Map.of("reason", REASON))
                .post("/api/faq/" + entry + "/withdrawal").then().statusCode(200);
        given().get("/public/streams/" + stream).then().statusCode(200).body("questions[0].faqEntry", nullValue());
        String next = question(court.officer(), op, stream, "DOUYIN", "路人丙", "执行费谁出？").then()
                .statusCode(201).extract().path("id");
        moderate(court.officer(), op, stream, next, true, null, null).then().statusCode(200);
        answer(court.judge(), op, stream, next, "由被执行人负担。", entry).then().statusCode(422);
    }
}
