package org.enforcement.operations.streams;

import static io.restassured.RestAssured.given;
import static org.enforcement.operations.support.OperationFixtures.huaiyinRaid;
import static org.enforcement.operations.support.OperationFixtures.planned;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
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
class StreamResourceTest {

    static final String HUAIYIN_START = "2023-02-01T21:30:00Z"; // 05:30 in Huai'an
    static final String ASKED_AT = "2023-02-01T21:40:00Z";
    static final String ANSWERED_AT = "2023-02-01T22:10:00Z";

    // --- the Huaiyin dawn raid on Taobao Live and Douyin, over 900,000 views ----------------------------------

    @Test
    void shouldRunTheHuaiyinStreamFromScheduleToEndWithItsViewers() {
        Court court = Court.fresh();
        String op = planned(court, huaiyinRaid());
        Response created = schedule(court.judge(), op, huaiyinStream());
        created.then().statusCode(201)
                .header("ETag", equalTo("\"0\""))
                .header("Location", containsString("/api/operations/" + op + "/streams/"))
                .body("status", equalTo("SCHEDULED"))
                .body("platforms.platform", contains("TAOBAO_LIVE", "DOUYIN"))
                .body("platforms.label", contains("淘宝直播", "抖音"))
                .body("platforms[0].name", equalTo("阿里资产司法拍卖频道"))
                .body("hosts.role", contains("REPORTER", "COMMENTATING_JUDGE"))
                .body("hosts[1].roleLabel", equalTo("解说法官"))
                .body("createdBy", equalTo("judge.chen"));
        String stream = created.path("id");
        given().auth().oauth2(court.observer()).get(streamPath(op, stream)).then().statusCode(200)
                .header("ETag", equalTo("\"0\"")).body("title", equalTo("直击执行现场：春节后凌晨集中执行"));
        given().auth().oauth2(court.clerk()).get("/api/operations/" + op + "/streams").then().statusCode(200)
                .body("id", contains(stream));

        transition(court.officer(), op, stream, "start", HUAIYIN_START).then().statusCode(200)
                .header("ETag", equalTo("\"1\"")).body("status", equalTo("LIVE"))
                .body("startedAt", equalTo(HUAIYIN_START));

        snapshot(court.officer(), op, stream, "TAOBAO_LIVE", "2023-02-01T22:00:00Z", 3_100, 4_000L, 120_000)
                .then().statusCode(201).body("cumulative", equalTo(120000)).body("recordedBy", equalTo("officer.zhao"));
        snapshot(court.integrator(), op, stream, "DOUYIN", "2023-02-01T22:00:00Z", 5_200, null, 150_000)
                .then().statusCode(201).body("peak", nullValue());
        snapshot(court.integrator(), op, stream, "TAOBAO_LIVE", "2023-02-01T23:30:00Z", 2_000, 6_500L, 412_345)
                .then().statusCode(201);
        snapshot(court.integrator(), op, stream, "DOUYIN", "2023-02-02T00:30:00Z", 800, 9_900L, 500_000)
                .then().statusCode(201);
        // an earlier reading arriving late fits between the others
        snapshot(court.integrator(), op, stream, "DOUYIN", "2023-02-01T23:00:00Z", 9_000, null, 320_000)
                .then().statusCode(201);

        given().auth().oauth2(court.observer()).get(streamPath(op, stream) + "/viewers").then().statusCode(200)
                .body("platforms.platform", contains("TAOBAO_LIVE", "DOUYIN"))
                .body("platforms[0].cumulative", equalTo(412345))
                .body("platforms[0].peak", equalTo(6500))
                .body("platforms[0].current", equalTo(2000))
                .body("platforms[0].snapshots", equalTo(2))
                .body("platforms[1].cumulative", equalTo(500000))
                .body("platforms[1].peak", equalTo(9900))
                .body("platforms[1].current", equalTo(800))
                .body("platforms[1].snapshots", equalTo(3))
                .body("cumulativeTotal", equalTo(912345))
                .body("peakTotal", equalTo(16400))
                .body("currentTotal", equalTo(2800))
                .body("phrase", equalTo("90余万人次"))
                .body("lastObservedAt", equalTo("2023-02-02T00:30:00Z"));

        transition(court.judge(), op, stream, "end", "2023-02-02T00:42:30Z").then().statusCode(200)
                .header("ETag", equalTo("\"2\"")).body("status", equalTo("ENDED"))
                .body("durationMinutes", equalTo(192));

        given().auth().oauth2(court.integrator()).get("/events").then().statusCode(200)
                .body("items.type", hasItems("StreamStarted", "StreamEnded"))
                .body("items.find { it.type == 'StreamStarted' }.payload.platformCount", equalTo(2))
                .body("items.find { it.type == 'StreamStarted' }.payload.campaignCode", equalTo("淮执·9号"))
                .body("items.find { it.type == 'StreamEnded' }.aggregateId", equalTo(op))
                .body("items.find { it.type == 'StreamEnded' }.payload.operationId", equalTo(op))
                .body("items.find { it.type == 'StreamEnded' }.payload.streamId", equalTo(stream))
                .body("items.find { it.type == 'StreamEnded' }.payload.platforms", contains("TAOBAO_LIVE", "DOUYIN"))
                .body("items.find { it.type == 'StreamEnded' }.payload.durationMinutes", equalTo(192))
                .body("items.find { it.type == 'StreamEnded' }.payload.cumulativeViewersTotal", equalTo(912345))
                .body("items.find { it.type == 'StreamEnded' }.payload.peakViewersTotal", equalTo(16400))
                .body("items.find { it.type == 'StreamEnded' }.payload.viewersPhrase", equalTo("90余万人次"))
                // 412345 + 500000 = 912345, the total
                .body("items.find { it.type == 'StreamEnded' }.payload.viewersByPlatform.TAOBAO_LIVE",
                        equalTo(412345))
                .body("items.find { it.type == 'StreamEnded' }.payload.viewersByPlatform.DOUYIN", equalTo(500000))
                .body("items.find { it.type == 'StreamEnded' }.payload.viewersByPlatform.size()", equalTo(2))
                .body("items.find { it.type == 'StreamEnded' }.payload.questionsAnswered", equalTo(0));
        given().auth().oauth2(court.director()).get("/api/audit").then().statusCode(200)
                .body("items.action", hasItems("STREAM_SCHEDULED", "STREAM_STARTED", "VIEWERS_RECORDED", "STREAM_ENDED"))
                .body("items.find { it.action == 'STREAM_STARTED' }.actor", equalTo("officer.zhao"));

        // final figures may still arrive after the end
        snapshot(court.integrator(), op, stream, "TAOBAO_LIVE", "2023-02-02T01:00:00Z", 0, null, 415_000)
                .then().statusCode(201);
    }

    // --- Liangzhou: 8 platforms, nearly 3 hours, nearly 1,000,000 viewers -----------------------------------

    @Test
    void shouldCountTheLiangzhouStreamOnEightPlatforms() {
        Court court = Court.fresh();
        Map<String, Object> op = new HashMap<>(huaiyinRaid());
        op.put("name", "“陇原风暴”直击执行现场集中执行");
        op.put("campaignCode", "陇原风暴");
        op.put("requiresWitnesses", false);
        op.put("date", "2023-05-10");
        String operation = planned(court, op);
        List<String> platforms = List.of("WECHAT_OFFICIAL_ACCOUNT", "WEIBO", "TOUTIAO", "DOUYIN", "KUAISHOU",
                "NEWS_SITE", "WECHAT_CHANNELS", "COURT_WEBSITE");
        Map<String, Object> body = new HashMap<>();
        body.put("title", "“直击执行现场”凉州区法院");
        body.put("scheduledStart", "2023-05-10T00:30:00Z");
        body.put("platforms", platforms.stream().map(p -> p.equals("NEWS_SITE")
                ? Map.of("platform", p, "name", "每日甘肃网直播频道")
                : Map.of("platform", p)).toList());
        body.put("hosts", List.of(Map.of("name", "张主持", "role", "HOST"),
                Map.of("name", "李法官", "role", "COMMENTATING_JUDGE")));
        String stream = schedule(court.director(), operation, body).then().statusCode(201)
                .body("platforms", hasSize(8)).extract().path("id");
        transition(court.director(), operation, stream, "start", "2023-05-10T00:30:00Z").then().statusCode(200);
        long[] cumulative = {310_000, 150_000, 120_000, 180_000, 90_000, 60_000, 45_000, 30_000}; // 985,000
        for (int i = 0; i < platforms.size(); i++) {
            snapshot(court.integrator(), operation, stream, platforms.get(i), "2023-05-10T03:20:00Z", 1_000 + i, null,
                    cumulative[i]).then().statusCode(201);
        }
        given().auth().oauth2(court.judge()).get(streamPath(operation, stream) + "/viewers").then().statusCode(200)
                .body("platforms", hasSize(8))
                .body("cumulativeTotal", equalTo(985000))
                .body("peakTotal", equalTo(8028))
                .body("phrase", equalTo("近100万人次"));
        transition(court.director(), operation, stream, "end", "2023-05-10T03:22:00Z").then().statusCode(200)
                .body("durationMinutes", equalTo(172));
        given().auth().oauth2(court.integrator()).get("/events").then().statusCode(200)
                .body("items.find { it.type == 'StreamEnded' }.payload.platformCount", equalTo(8))
                .body("items.find { it.type == 'StreamEnded' }.payload.campaignCode", equalTo("陇原风暴"))
                .body("items.find { it.type == 'StreamEnded' }.payload.viewersPhrase", equalTo("近100万人次"))
                .body("items.find { it.type == 'StreamEnded' }.payload.viewersByPlatform.WECHAT_OFFICIAL_ACCOUNT",
                        equalTo(310000))
                .body("items.find { it.type == 'StreamEnded' }.payload.viewersByPlatform.COURT_WEBSITE",
                        equalTo(30000))
                .body("items.find { it.type == 'StreamEnded' }.payload.viewersByPlatform.size()", equalTo(8));
    }

    // --- the stream's state machine ---------------------------------------------------------------------------

    @Test
    void shouldAllowOnlyStartThenEndWithIfMatch() {
        Court court = Court.fresh();
        String op = planned(court, huaiyinRaid());
        String stream = schedule(court.judge(), op, huaiyinStream()).then().statusCode(201).extract().path("id");
        transition(court.judge(), op, stream, "end", null).then().statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/illegal-stream-transition"))
                .body("currentStatus", equalTo("SCHEDULED"));
        given().auth().oauth2(court.judge()).contentType(ContentType.JSON).body(Map.of())
                .post(streamPath(op, stream) + "/start").then().statusCode(428);
        given().auth().oauth2(court.judge()).header("If-Match", "\"5\"").contentType(ContentType.JSON).body(Map.of())
                .post(streamPath(op, stream) + "/start").then().statusCode(412);
        given().auth().oauth2(court.judge()).header("If-Match", "\"0\"").contentType("text/plain").body("now")
                .post(streamPath(op, stream) + "/start").then().statusCode(415);
        given().auth().oauth2(court.judge()).header("If-Match", "\"0\"").contentType(ContentType.JSON)
                .body("{\"at\": \"yesterday\"}").post(streamPath(op, stream) + "/start").then().statusCode(400)
                .body("errors.field", hasItem("at"));
        transition(court.judge(), op, stream, "start", "2023-02-01T21:30:00Z").then().statusCode(200);
        transition(court.judge(), op, stream, "start", null).then().statusCode(409)
                .body("currentStatus", equalTo("LIVE"));
        transition(court.judge(), op, stream, "end", "2023-02-01T21:00:00Z").then().statusCode(422)
                .body("type", equalTo("/problems/stream-end-before-start"));
        // an empty body: now, years after this operation's day
        given().auth().oauth2(court.judge()).header("If-Match", "\"1\"").contentType(ContentType.JSON)
                .post(streamPath(op, stream) + "/end").then()
                .statusCode(400).body("errors.field", hasItem("at"));
        transition(court.judge(), op, stream, "end", "2023-02-02T01:00:00Z").then()
                .statusCode(200).body("status", equalTo("ENDED"));
        transition(court.judge(), op, stream, "end", null).then().statusCode(409)
                .body("currentStatus", equalTo("ENDED"));
        transition(court.judge(), op, stream, "start", null).then().statusCode(409);
    }

    @Test
    void shouldRefuseStreamsOfClosedOperations() {
        Court court = Court.fresh();
        Map<String, Object> body = new HashMap<>(huaiyinRaid());
        body.put("requiresWitnesses", false);
        String op = planned(court, body);
        for (String action : List.of("ASSEMBLE", "DEPART", "CLOSE")) {
            org.enforcement.operations.support.OperationFixtures.step(court.director(), op, action).then()
                    .statusCode(200);
        }
        schedule(court.judge(), op, huaiyinStream()).then().statusCode(409)
                .body("type", equalTo("/problems/operation-closed"));
    }

    // --- viewer snapshots: validation ---------------------------------------------------------------------------

    @Test
    void shouldValidateViewerSnapshots() {
        Court court = Court.fresh();
        String op = planned(court, huaiyinRaid());
        String stream = schedule(court.judge(), op, huaiyinStream()).then().statusCode(201).extract().path("id");
        snapshot(court.integrator(), op, stream, "DOUYIN", "2023-02-01T22:00:00Z", 10, null, 100).then()
                .statusCode(409).body("type", equalTo("/problems/stream-not-started"));
        transition(court.judge(), op, stream, "start", HUAIYIN_START).then().statusCode(200);

        snapshot(court.integrator(), op, stream, "KUAISHOU", "2023-02-01T22:00:00Z", 10, null, 100).then()
                .statusCode(422).body("type", equalTo("/problems/platform-not-in-stream"))
                .body("platforms", contains("TAOBAO_LIVE", "DOUYIN"));
        snapshot(court.integrator(), op, stream, "DOUYIN", "2023-02-01T22:00:00Z", -1, null, 100).then()
                .statusCode(400).body("errors.field", hasItem("current"));
        snapshot(court.integrator(), op, stream, "DOUYIN", "2023-02-01T22:00:00Z", 10, -5L, -100).then()
                .statusCode(400).body("errors.field", hasItems("peak", "cumulative"));
        snapshot(court.integrator(), op, stream, "DOUYIN", "2023-02-01T22:00:00Z", 10, 5L, 100).then()
                .statusCode(400).body("errors.field", hasItem("peak"));
        given().auth().oauth2(court.integrator()).contentType(ContentType.JSON)
                .body(Map.of("platform", "DOUYIN", "current", 10))
                .post(streamPath(op, stream) + "/viewer-snapshots").then().statusCode(400)
                .body("errors.field", hasItems("at", "cumulative"));
        given().auth().oauth2(court.integrator()).contentType(ContentType.JSON)
                .body(Map.of("platform", "YOUTUBE", "at", "2023-02-01T22:00:00Z", "current", 1, "cumulative", 1))
                .post(streamPath(op, stream) + "/viewer-snapshots").then().statusCode(400)
                .body("errors.field", hasItem("platform"));
        given().auth().oauth2(court.integrator()).contentType(ContentType.JSON)
                .body(Map.of("platform", "DOUYIN", "at", "2023-02-01T22:00:00Z", "current", 1.5, "cumulative", 1))
                .post(streamPath(op, stream) + "/viewer-snapshots").then().statusCode(400)
                .body("errors.field", hasItem("current"));
        given().auth().oauth2(court.integrator()).contentType(ContentType.JSON)
                .body(Map.of("platform", "DOUYIN", "at", "2023-02-01T22:00:00Z", "current", 1, "cumulative", "12"))
                .post(streamPath(op, stream) + "/viewer-snapshots").then().statusCode(400)
                .body("errors.field", hasItem("cumulative"));

        snapshot(court.integrator(), op, stream, "DOUYIN", "2023-02-01T22:00:00Z", 10, null, 1_000).then()
                .statusCode(201);
        snapshot(court.integrator(), op, stream, "DOUYIN", "2023-02-01T22:30:00Z", 10, null, 5_000).then()
                .statusCode(201);
        snapshot(court.integrator(), op, stream, "DOUYIN", "2023-02-01T22:40:00Z", 10, null, 4_999).then()
                .statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("/problems/cumulative-viewers-decreased"))
                .body("platform", equalTo("DOUYIN")).body("conflictingCumulative", equalTo(5000));
        // late, but higher than what was counted after it
        snapshot(court.integrator(), op, stream, "DOUYIN", "2023-02-01T22:10:00Z", 10, null, 6_000).then()
                .statusCode(422).body("conflictingCumulative", equalTo(5000));
        // the other platform counts on its own
        snapshot(court.integrator(), op, stream, "TAOBAO_LIVE", "2023-02-01T22:40:00Z", 3, null, 3).then()
                .statusCode(201);
        snapshot(court.integrator(), op, stream, "DOUYIN", "2023-02-01T22:40:00Z", 10, null, 5_000).then()
                .statusCode(201);
        given().auth().oauth2(court.observer()).get(streamPath(op, stream) + "/viewers").then().statusCode(200)
                .body("cumulativeTotal", equalTo(5003)).body("phrase", equalTo("5003人次"));
    }

    @Test
    void shouldRefuseMoreWatchingNowThanEverWatched() {
        Court court = Court.fresh();
        String op = planned(court, huaiyinRaid());
        String stream = schedule(court.judge(), op, huaiyinStream()).then().statusCode(201).extract().path("id");
        transition(court.judge(), op, stream, "start", HUAIYIN_START).then().statusCode(200);
        snapshot(court.integrator(), op, stream, "DOUYIN", "2023-02-01T22:00:00Z", 10, null, 5).then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/current-exceeds-cumulative"))
                .body("status", equalTo(422))
                .body("current", equalTo(10))
                .body("cumulative", equalTo(5))
                .body("detail", containsString("10"));
        given().auth().oauth2(court.observer()).get(streamPath(op, stream) + "/viewers").then().statusCode(200)
                .body("cumulativeTotal", equalTo(0));
        // as many watching now as ever watched is possible (everyone is still there)
        snapshot(court.integrator(), op, stream, "DOUYIN", "2023-02-01T22:00:00Z", 5, null, 5).then()
                .statusCode(201);
        given().auth().oauth2(court.observer()).get(streamPath(op, stream) + "/viewers").then().statusCode(200)
                .body("cumulativeTotal", equalTo(5));
    }

    // --- live Q&A: the moderation state machine -------------------------------------------------------------

    @Test
    void shouldModerateThenAnswerQuestions() {
        Court court = Court.fresh();
        String op = planned(court, huaiyinRaid());
        String stream = schedule(court.judge(), op, huaiyinStream()).then().statusCode(201).extract().path("id");
        String faq = given().auth().oauth2(court.judge()).contentType(ContentType.JSON)
                .body(Map.of("question", "申请执行的期间是多长？",
                        "answer", "申请执行的期间为二年，从法律文书规定履行期间的最后一日起计算。",
                        "tags", List.of("申请执行", "期间"), "legalBasis", "《中华人民共和国民事诉讼法》第二百五十条"))
                .post("/api/faq").then().statusCode(201).extract().path("id");

        // questions may be collected before the stream starts
        String q1 = question(court.integrator(), op, stream, "TAOBAO_LIVE", "淮安老张",
                "申请恢复执行的期限是多长？我电话13812345678").then().statusCode(201)
                .body("seq", equalTo(1)).body("status", equalTo("SUBMITTED"))
                .body("askedBy", equalTo("淮**")) // the integrator does not moderate
                .body("originalText", nullValue())
                .body("text", equalTo("申请恢复执行的期限是多长？我电话[电话号码已隐去]"))
                .body("privacyFlags", contains("PHONE_NUMBER"))
                .body("submittedBy", equalTo("system.integration"))
                .extract().path("id");
        transition(court.judge(), op, stream, "start", HUAIYIN_START).then().statusCode(200);
        String q2 = question(court.officer(), op, stream, "DOUYIN", "路人甲", "被执行人不履行和解协议怎么办？").then()
                .statusCode(201).body("seq", equalTo(2)).body("askedBy", equalTo("路人甲"))
                .body("originalText", equalTo("被执行人不履行和解协议怎么办？")).extract().path("id");
        String q3 = question(court.officer(), op, stream, "DOUYIN", "看热闹", "主播是哪里人").then().statusCode(201)
                .extract().path("id");

        // answering needs an accepted question
        answer(court.judge(), op, stream, q1, "二年。", null).then().statusCode(409)
                .body("type", equalTo("/problems/illegal-question-transition"))
                .body("currentStatus", equalTo("SUBMITTED"));
        moderate(court.officer(), op, stream, q1, true, "常见问题", null).then().statusCode(200)
                .body("status", equalTo("ACCEPTED")).body("moderatedBy", equalTo("officer.zhao"))
                .body("moderationNote", equalTo("常见问题"));
        moderate(court.judge(), op, stream, q1, false, null, null).then().statusCode(409)
                .body("currentStatus", equalTo("ACCEPTED"));
        moderate(court.officer(), op, stream, q3, false, "与执行无关", null).then().statusCode(200)
                .body("status", equalTo("REJECTED"));
        answer(court.judge(), op, stream, q3, "不答。", null).then().statusCode(409)
                .body("currentStatus", equalTo("REJECTED"));
        moderate(court.officer(), op, stream, q3, true, null, null).then().statusCode(409);
        answer(court.judge(), op, stream, q1, "二年。", UUID.randomUUID().toString()).then().statusCode(422)
                .body("type", equalTo("/problems/unknown-faq-entry"));
        answer(court.judge(), op, stream, q1, "申请执行的期间为二年，恢复执行的申请可随时提出。", faq).then().statusCode(200)
                .body("status", equalTo("ANSWERED")).body("faqEntryId", equalTo(faq))
                .body("answeredBy", equalTo("judge.chen"))
                .body("originalText", equalTo("申请恢复执行的期限是多长？我电话13812345678"))
                .body("askedBy", equalTo("淮安老张"));
        answer(court.director(), op, stream, q1, "再答一次", null).then().statusCode(409)
                .body("currentStatus", equalTo("ANSWERED"));
        moderate(court.judge(), op, stream, q1, false, null, null).then().statusCode(409);
        moderate(court.judge(), op, stream, q2, true, null, null).then().statusCode(200);
        answer(court.director(), op, stream, q2, "可以申请恢复执行。", null).then().statusCode(200);

        given().auth().oauth2(court.judge()).get(streamPath(op, stream) + "/questions").then().statusCode(200)
                .body("items.seq", contains(1, 2, 3))
                .body("items.status", contains("ANSWERED", "ANSWERED", "REJECTED"))
                .body("nextCursor", nullValue());
        given().auth().oauth2(court.observer()).queryParam("status", "ANSWERED")
                .get(streamPath(op, stream) + "/questions").then().statusCode(200)
                .body("items.seq", contains(1, 2))
                .body("items[0].originalText", nullValue())
                .body("items[0].askedBy", equalTo("淮**"))
                .body("items[0].text", not(containsString("13812345678")));
        // Page by page: two questions, then the third.
        String next = given().auth().oauth2(court.judge()).queryParam("limit", 2)
                .get(streamPath(op, stream) + "/questions").then().statusCode(200)
                .body("items.seq", contains(1, 2)).body("limit", equalTo(2))
                .extract().path("nextCursor");
        given().auth().oauth2(court.judge()).queryParam("limit", 2).queryParam("cursor", next)
                .get(streamPath(op, stream) + "/questions").then().statusCode(200)
                .body("items.seq", contains(3)).body("nextCursor", nullValue());
        for (String bad : List.of("cursor=x%21", "limit=0", "limit=many", "limit=")) {
            given().auth().oauth2(court.judge()).get(streamPath(op, stream) + "/questions?" + bad).then()
                    .statusCode(400).contentType("application/problem+json")
                    .body("errors.field", hasItem(bad.substring(0, bad.indexOf('='))));
        }
        given().auth().oauth2(court.observer()).queryParam("status", "DONE")
                .get(streamPath(op, stream) + "/questions").then().statusCode(400)
                .body("errors.field", hasItem("status"));
        given().auth().oauth2(court.director()).get("/api/audit").then().statusCode(200)
                .body("items.action", hasItems("QUESTION_SUBMITTED", "QUESTION_ACCEPTED", "QUESTION_REJECTED",
                        "QUESTION_ANSWERED", "FAQ_ENTRY_CREATED"))
                .body("items.detail", not(hasItem(containsString("13812345678"))));

        // no questions from platforms the stream is not on, nor after it ended
        question(court.officer(), op, stream, "BILIBILI", "up主", "你好").then().statusCode(422)
                .body("type", equalTo("/problems/platform-not-in-stream"));
        transition(court.judge(), op, stream, "end", "2023-02-01T23:00:00Z").then().statusCode(200);
        question(court.officer(), op, stream, "DOUYIN", "迟到", "还在吗").then().statusCode(409)
                .body("type", equalTo("/problems/stream-ended"));
        // two answered, one rejected: the end event counts the answered ones; nobody counted viewers
        given().auth().oauth2(court.integrator()).get("/events").then().statusCode(200)
                .body("items.find { it.type == 'StreamEnded' }.payload.questionsAnswered", equalTo(2))
                .body("items.find { it.type == 'StreamEnded' }.payload.viewersByPlatform.TAOBAO_LIVE", equalTo(0))
                .body("items.find { it.type == 'StreamEnded' }.payload.viewersByPlatform.DOUYIN", equalTo(0));
    }

    @Test
    void shouldValidateQuestionsAndModeration() {
        Court court = Court.fresh();
        String op = planned(court, huaiyinRaid());
        String stream = schedule(court.judge(), op, huaiyinStream()).then().statusCode(201).extract().path("id");
        given().auth().oauth2(court.officer()).contentType(ContentType.JSON).body(Map.of("platform", "DOUYIN"))
                .post(streamPath(op, stream) + "/questions").then().statusCode(400)
                .body("errors.field", hasItems("askedBy", "text"));
        question(court.officer(), op, stream, "DOUYIN", "a", "问".repeat(1001)).then().statusCode(400)
                .body("errors.field", hasItem("text"));
        String q = question(court.officer(), op, stream, "DOUYIN", "a", "问").then().statusCode(201).extract()
                .path("id");
        given().auth().oauth2(court.officer()).contentType(ContentType.JSON).body(Map.of("note", "?"))
                .post(streamPath(op, stream) + "/questions/" + q + "/moderation").then().statusCode(400)
                .body("errors.field", hasItem("accept"));
        moderate(court.officer(), op, stream, q, true, null, null).then().statusCode(200);
        given().auth().oauth2(court.judge()).contentType(ContentType.JSON).body(Map.of("answer", " "))
                .post(streamPath(op, stream) + "/questions/" + q + "/answer").then().statusCode(400)
                .body("errors.field", hasItem("answer"));
        moderate(court.officer(), op, stream, UUID.randomUUID().toString(), true, null, null).then().statusCode(404)
                .body("type", equalTo("/problems/question-not-found"));
    }

    // --- roles --------------------------------------------------------------------------------------------------

    @Test
    void shouldKeepEachStepToItsRoles() {
        Court court = Court.fresh();
        String op = planned(court, huaiyinRaid());
        schedule(court.officer(), op, huaiyinStream()).then().statusCode(403)
                .contentType("application/problem+json");
        schedule(court.clerk(), op, huaiyinStream()).then().statusCode(403);
        String stream = schedule(court.director(), op, huaiyinStream()).then().statusCode(201).extract().path("id");
        transition(court.observer(), op, stream, "start", null).then().statusCode(403);
        transition(court.integrator(), op, stream, "start", null).then().statusCode(403);
        transition(court.officer(), op, stream, "start", HUAIYIN_START).then().statusCode(200);
        snapshot(court.clerk(), op, stream, "DOUYIN", "2023-02-01T22:00:00Z", 1, null, 1).then().statusCode(403);
        snapshot(court.observer(), op, stream, "DOUYIN", "2023-02-01T22:00:00Z", 1, null, 1).then()
                .statusCode(403);
        question(court.clerk(), op, stream, "DOUYIN", "a", "问").then().statusCode(403);
        question(court.observer(), op, stream, "DOUYIN", "a", "问").then().statusCode(403);
        String q = question(court.integrator(), op, stream, "DOUYIN", "a", "问").then().statusCode(201).extract()
                .path("id");
        moderate(court.integrator(), op, stream, q, true, null, null).then().statusCode(403);
        moderate(court.clerk(), op, stream, q, true, null, null).then().statusCode(403);
        moderate(court.officer(), op, stream, q, true, null, null).then().statusCode(200);
        answer(court.officer(), op, stream, q, "答", null).then().statusCode(403);
        answer(court.integrator(), op, stream, q, "答", null).then().statusCode(403);
        answer(court.judge(), op, stream, q, "答", null).then().statusCode(200);
        given().contentType(ContentType.JSON).body(huaiyinStream()).post("/api/operations/" + op + "/streams")
                .then().statusCode(401);
        given().get(streamPath(op, stream) + "/viewers").then().statusCode(401);
        given().get(streamPath(op, stream) + "/questions").then().statusCode(401);
    }

    // --- other courts -------------------------------------------------------------------------------------------

    @Test
    void shouldHideStreamsFromOtherCourts() {
        Court court = Court.fresh();
        Court other = Court.fresh();
        String op = planned(court, huaiyinRaid());
        String stream = schedule(court.judge(), op, huaiyinStream()).then().statusCode(201).extract().path("id");
        String q = question(court.officer(), op, stream, "DOUYIN", "a", "问").then().statusCode(201).extract()
                .path("id");
        transition(court.judge(), op, stream, "start", HUAIYIN_START).then().statusCode(200);

        schedule(other.judge(), op, huaiyinStream()).then().statusCode(404)
                .body("type", equalTo("/problems/operation-not-found"));
        given().auth().oauth2(other.judge()).get("/api/operations/" + op + "/streams").then().statusCode(404);
        given().auth().oauth2(other.judge()).get(streamPath(op, stream)).then().statusCode(404);
        given().auth().oauth2(other.judge()).header("If-Match", "*").contentType(ContentType.JSON).body(Map.of())
                .post(streamPath(op, stream) + "/end").then().statusCode(404);
        snapshot(other.integrator(), op, stream, "DOUYIN", "2023-02-01T22:00:00Z", 1, null, 1).then()
                .statusCode(404);
        given().auth().oauth2(other.observer()).get(streamPath(op, stream) + "/viewers").then().statusCode(404);
        question(other.officer(), op, stream, "DOUYIN", "a", "问").then().statusCode(404);
        given().auth().oauth2(other.judge()).get(streamPath(op, stream) + "/questions").then().statusCode(404);
        moderate(other.officer(), op, stream, q, true, null, null).then().statusCode(404);
        answer(other.judge(), op, stream, q, "答", null).then().statusCode(404);

        // a stream id under another operation of the same court is not found either
        String op2 = planned(court, huaiyinRaid());
        given().auth().oauth2(court.judge()).get(streamPath(op2, stream)).then().statusCode(404)
                .body("type", equalTo("/problems/stream-not-found"));
        moderate(court.officer(), op2, stream, q, true, null, null).then().statusCode(404);
        // and the question is still SUBMITTED
        given().auth().oauth2(court.judge()).get(streamPath(op, stream) + "/questions").then().statusCode(200)
                .body("items[0].status", equalTo("SUBMITTED"));
    }

    // --- scheduling validation ------------------------------------------------------------------------------

    @Test
    void shouldRejectBadStreams() {
        Court court = Court.fresh();
        String op = planned(court, huaiyinRaid());
        Map<String, Object> none = new HashMap<>(huaiyinStream());
        none.put("platforms", List.of());
        none.remove("scheduledStart");
        schedule(court.judge(), op, none).then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItems("platforms", "scheduledStart"));
        Map<String, Object> twice = new HashMap<>(huaiyinStream());
        twice.put("platforms", List.of(Map.of("platform", "DOUYIN"), Map.of("platform", "DOUYIN")));
        schedule(court.judge(), op, twice).then().statusCode(400).body("errors.field", hasItem("platforms[1].platform"));
        Map<String, Object> other = new HashMap<>(huaiyinStream());
        other.put("platforms", List.of(Map.of("platform", "OTHER")));
        schedule(court.judge(), op, other).then().statusCode(400).body("errors.field", hasItem("platforms[0].name"));
        Map<String, Object> named = new HashMap<>(huaiyinStream());
        named.put("platforms", List.of(Map.of("platform", "OTHER", "name", "西瓜视频")));
        schedule(court.judge(), op, named).then().statusCode(201).body("platforms[0].label", equalTo("其他平台"))
                .body("platforms[0].name", equalTo("西瓜视频"));
        Map<String, Object> unknown = new HashMap<>(huaiyinStream());
        unknown.put("platforms", List.of(Map.of("platform", "YOUTUBE")));
        schedule(court.judge(), op, unknown).then().statusCode(400);
        Map<String, Object> hostless = new HashMap<>(huaiyinStream());
        hostless.put("hosts", List.of(Map.of("name", "", "role", "REPORTER")));
        hostless.put("title", " ");
        schedule(court.judge(), op, hostless).then().statusCode(400).body("errors.field", hasItem("title"));
        Map<String, Object> badRole = new HashMap<>(huaiyinStream());
        badRole.put("hosts", List.of(Map.of("name", "王记者", "role", "ANCHOR")));
        schedule(court.judge(), op, badRole).then().statusCode(400);
        schedule(court.judge(), UUID.randomUUID().toString(), huaiyinStream()).then().statusCode(404);
    }

    // --- FAQ base -------------------------------------------------------------------------------------------------

    @Test
    void shouldSearchTheFaqBase() {
        Court court = Court.fresh();
        String marker = "Mk" + UUID.randomUUID().toString().substring(0, 8);
        String limitation = faq(court.judge(), "申请执行的期间是多长？" + marker,
                "申请执行的期间为二年，从法律文书规定履行期间的最后一日起计算。", List.of("申请执行", "Time_Limit" + marker),
                "《中华人民共和国民事诉讼法》第二百五十条").then().statusCode(201)
                .header("Location", containsString("/api/faq/"))
                .body("court", equalTo(court.code())).body("tags", contains("申请执行", "Time_Limit" + marker))
                .extract().path("id");
        String settlement = faq(court.director(), "被执行人不履行和解协议怎么办？",
                "申请执行人可以申请恢复执行原生效法律文书，也可以就履行执行和解协议向执行法院提起诉讼。" + marker,
                List.of("和解协议", "恢复执行", "TimeXLimit" + marker, "和解协议"), null).then().statusCode(201)
                .body("tags", contains("和解协议", "恢复执行", "TimeXLimit" + marker)).extract().path("id");

        // every role may search; any court's entries
        given().auth().oauth2(Court.fresh().observer()).queryParam("q", marker).get("/api/faq").then()
                .statusCode(200).body("items.id", contains(settlement, limitation)).body("hasMore", equalTo(false))
                .body("nextCursor", nullValue());
        given().auth().oauth2(court.integrator()).queryParam("q", "和解协议").get("/api/faq").then()
                .statusCode(200).body("items.id", hasItem(settlement)).body("items.id", not(hasItem(limitation)));
        // ignoring case, in tags too
        given().auth().oauth2(court.clerk()).queryParam("q", "time_limit" + marker.toLowerCase()).get("/api/faq")
                .then().statusCode(200).body("items.id", contains(limitation));
        // % and _ are not wildcards
        given().auth().oauth2(court.clerk()).queryParam("q", "Time%Limit" + marker).get("/api/faq").then()
                .statusCode(200).body("items", hasSize(0));
        given().auth().oauth2(court.clerk()).queryParam("q", "%" + marker).get("/api/faq").then()
                .statusCode(200).body("items", hasSize(0));
        // in pages, newest first: the cursor continues after the last entry shown
        String next = given().auth().oauth2(court.officer()).queryParam("q", marker).queryParam("limit", 1)
                .get("/api/faq").then().statusCode(200).body("items.id", contains(settlement))
                .body("hasMore", equalTo(true)).body("limit", equalTo(1)).extract().path("nextCursor");
        given().auth().oauth2(court.officer()).queryParam("q", marker).queryParam("limit", 1)
                .queryParam("cursor", next).get("/api/faq").then().statusCode(200)
                .body("items.id", contains(limitation)).body("hasMore", equalTo(false)).body("nextCursor", nullValue());
        given().queryParam("q", marker).queryParam("limit", 1).queryParam("cursor", next).get("/public/faq").then()
                .statusCode(200).body("items.id", contains(limitation));
        for (String forged : List.of("x", next + "A", "ZmFxfDIwMjMtMDEtMDFUMDA6MDA6MDBafG5vdC1hLXV1aWQ")) {
            given().auth().oauth2(court.officer()).queryParam("cursor", forged).get("/api/faq").then()
                    .statusCode(400).body("type", equalTo("/problems/invalid-cursor"))
                    .body("errors.field", hasItem("cursor"));
        }
        given().auth().oauth2(court.officer()).queryParam("limit", 0).get("/api/faq").then().statusCode(400)
                .body("errors.field", hasItem("limit"));
        given().auth().oauth2(court.officer()).get("/api/faq/" + limitation).then().statusCode(200)
                .body("legalBasis", equalTo("《中华人民共和国民事诉讼法》第二百五十条"));
        given().auth().oauth2(court.officer()).get("/api/faq/" + UUID.randomUUID()).then().statusCode(404)
                .body("type", equalTo("/problems/faq-entry-not-found"));

        faq(court.officer(), "问", "答", List.of(), null).then().statusCode(403);
        faq(court.integrator(), "问", "答", List.of(), null).then().statusCode(403);
        given().get("/api/faq").then().statusCode(401);
        faq(court.judge(), " ", "", List.of(""), null).then().statusCode(400)
                .body("errors.field", hasItems("question", "answer", "tags[0]"));
    }

    // --- helpers --------------------------------------------------------------------------------------------------

    static Map<String, Object> huaiyinStream() {
        Map<String, Object> body = new HashMap<>();
        body.put("title", "直击执行现场：春节后凌晨集中执行");
        body.put("scheduledStart", HUAIYIN_START);
        body.put("platforms", List.of(Map.of("platform", "TAOBAO_LIVE", "name", "阿里资产司法拍卖频道"),
                Map.of("platform", "DOUYIN")));
        body.put("hosts", List.of(Map.of("name", "王记者", "role", "REPORTER"),
                Map.of("name", "陈法官", "role", "COMMENTATING_JUDGE")));
        return body;
    }

    static String streamPath(String op, String stream) {
        return "/api/operations/" + op + "/streams/" + stream;
    }

    static Response schedule(String token, String op, Map<String, Object> body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .post("/api/operations/" + op + "/streams");
    }

    /** Start or end with the stream's current ETag (read as a judge of the same court when the token allows). */
    static Response transition(String token, String op, String stream, String action, String at) {
        Response current = given().auth().oauth2(token).get(streamPath(op, stream));
        String etag = current.statusCode() == 200 ? current.header("ETag") : "*";
        Map<String, Object> body = new HashMap<>();
        if (at != null) {
            body.put("at", at);
        }
        return given().auth().oauth2(token).header("If-Match", etag).contentType(ContentType.JSON).body(body)
                .post(streamPath(op, stream) + "/" + action);
    }

    static Response snapshot(String token, String op, String stream, String platform, String at, long current,
                             Long peak, long cumulative) {
        Map<String, Object> body = new HashMap<>();
        body.put("platform", platform);
        body.put("at", at);
        body.put("current", current);
        if (peak != null) {
            body.put("peak", peak);
        }
        body.put("cumulative", cumulative);
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .post(streamPath(op, stream) + "/viewer-snapshots");
    }

    /** A question asked at 05:40 in Huai'an on the raid's day (after the stream's start at 05:30). */
    static Response question(String token, String op, String stream, String platform, String askedBy, String text) {
        return given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("platform", platform, "askedBy", askedBy, "text", text, "submittedAt", ASKED_AT))
                .post(streamPath(op, stream) + "/questions");
    }

    static Response moderate(String token, String op, String stream, String question, boolean accept, String note,
                             String publicText) {
        Map<String, Object> body = new HashMap<>();
        body.put("accept", accept);
        if (note != null) {
            body.put("note", note);
        }
        if (publicText != null) {
            body.put("publicText", publicText);
        }
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .post(streamPath(op, stream) + "/questions/" + question + "/moderation");
    }

    static Response answer(String token, String op, String stream, String question, String answer, String faqEntryId) {
        Map<String, Object> body = new HashMap<>();
        body.put("answer", answer);
        body.put("answeredAt", ANSWERED_AT);
        if (faqEntryId != null) {
            body.put("faqEntryId", faqEntryId);
        }
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .post(streamPath(op, stream) + "/questions/" + question + "/answer");
    }

    static Response faq(String token, String question, String answer, List<String> tags, String legalBasis) {
        Map<String, Object> body = new HashMap<>();
        body.put("question", question);
        body.put("answer", answer);
        body.put("tags", tags);
        if (legalBasis != null) {
            body.put("legalBasis", legalBasis);
        }
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body).post("/api/faq");
    }
}
