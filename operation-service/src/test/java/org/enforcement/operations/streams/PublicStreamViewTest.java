package org.enforcement.operations.streams;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.enforcement.operations.streams.StreamResourceTest.answer;
import static org.enforcement.operations.streams.StreamResourceTest.faq;
import static org.enforcement.operations.streams.StreamResourceTest.huaiyinStream;
import static org.enforcement.operations.streams.StreamResourceTest.moderate;
import static org.enforcement.operations.streams.StreamResourceTest.question;
import static org.enforcement.operations.streams.StreamResourceTest.schedule;
import static org.enforcement.operations.streams.StreamResourceTest.snapshot;
import static org.enforcement.operations.streams.StreamResourceTest.transition;
import static org.enforcement.operations.support.OperationFixtures.huaiyinRaid;
import static org.enforcement.operations.support.OperationFixtures.planned;
import static org.enforcement.operations.support.OperationFixtures.target;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.UUID;
import org.enforcement.operations.support.CaseServiceStub;
import org.enforcement.testing.Court;
import org.enforcement.operations.support.TestDatabase;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(TestDatabase.class)
@QuarkusTestResource(CaseServiceStub.class)
class PublicStreamViewTest {

    static final String PHONE = "13912345678";
    static final String ID_NUMBER = "320804198801011234";

    @Test
    void shouldShowTheStreamToAnyoneWithoutPersonalData() {
        Court court = Court.fresh();
        String op = planned(court, huaiyinRaid());
        target(court, op, "秦大勇", 33.6402, 119.0511, "06:30"); // the debtor must never appear publicly
        String stream = schedule(court.judge(), op, huaiyinStream()).then().statusCode(201).extract().path("id");
        String limitation = faq(court.judge(), "申请执行的期间是多长？",
                "申请执行的期间为二年，从法律文书规定履行期间的最后一日起计算。", List.of("申请执行", "期间"),
                "《中华人民共和国民事诉讼法》第二百五十条").then().statusCode(201).extract().path("id");

        // not public before it starts: the date of a dawn raid is not announced
        given().get("/public/streams/" + stream).then().statusCode(404).contentType("application/problem+json")
                .body("type", equalTo("/problems/stream-not-found"));
        given().get("/public/operations/" + op + "/streams").then().statusCode(404);

        transition(court.judge(), op, stream, "start", "2023-02-01T21:30:00Z").then().statusCode(200);
        snapshot(court.integrator(), op, stream, "TAOBAO_LIVE", "2023-02-02T00:30:00Z", 100, 5_000L, 400_000)
                .then().statusCode(201);
        snapshot(court.integrator(), op, stream, "DOUYIN", "2023-02-02T00:30:00Z", 200, 7_000L, 512_345)
                .then().statusCode(201);

        String answered = question(court.integrator(), op, stream, "TAOBAO_LIVE", "淮安老张",
                "申请恢复执行的期限是多长？我的电话" + PHONE + "，身份证" + ID_NUMBER).then().statusCode(201)
                .extract().path("id");
        moderate(court.officer(), op, stream, answered, true, "内部备注：老张是申请执行人", null).then().statusCode(200);
        answer(court.judge(), op, stream, answered, "申请执行的期间为二年；恢复执行可随时申请。如有疑问请拨打12368。",
                limitation).then().statusCode(200);

        String reworded = question(court.officer(), op, stream, "DOUYIN", "路人甲",
                "秦大勇不履行和解协议怎么办？").then().statusCode(201).extract().path("id");
        moderate(court.officer(), op, stream, reworded, true, null, "秦某不履行和解协议怎么办？").then().statusCode(200);
        answer(court.director(), op, stream, reworded, "可以申请恢复执行，也可以就和解协议提起诉讼。", null).then()
                .statusCode(200);

        String children = question(court.officer(), op, stream, "DOUYIN", "小明妈妈",
                "失信被执行人会影响子女上学吗？").then().statusCode(201).extract().path("id");
        moderate(court.judge(), op, stream, children, true, null, null).then().statusCode(200);
        answer(court.judge(), op, stream, children, "会对子女就读高收费私立学校有限制。", null).then().statusCode(200);

        String rejected = question(court.officer(), op, stream, "DOUYIN", "知情人",
                "秦大勇家住王营镇某村12号，他儿子秦小勇在实验小学").then().statusCode(201).extract().path("id");
        moderate(court.officer(), op, stream, rejected, false, "涉及未成年人及住址", null).then().statusCode(200);
        String pending = question(court.officer(), op, stream, "DOUYIN", "等答复", "拘留可以异地执行吗？待审核").then()
                .statusCode(201).extract().path("id");
        String accepted = question(court.officer(), op, stream, "DOUYIN", "等回答", "申请执行要预交费用吗？尚未回答").then()
                .statusCode(201).extract().path("id");
        moderate(court.officer(), op, stream, accepted, true, null, null).then().statusCode(200);

        var view = given().get("/public/streams/" + stream).then().statusCode(200)
                .contentType("application/json")
                .body("id", equalTo(stream))
                .body("title", equalTo("直击执行现场：春节后凌晨集中执行"))
                .body("operationId", equalTo(op))
                .body("operationName", equalTo("春节后凌晨集中执行行动"))
                .body("campaignCode", equalTo("淮执·9号"))
                .body("court", equalTo(court.code()))
                .body("date", equalTo("2023-02-02"))
                .body("platforms.platform", contains("TAOBAO_LIVE", "DOUYIN"))
                .body("platforms.label", contains("淘宝直播", "抖音"))
                .body("hosts.name", contains("王记者", "陈法官"))
                .body("hosts.role", contains("REPORTER", "COMMENTATING_JUDGE"))
                .body("status", equalTo("LIVE"))
                .body("startedAt", equalTo("2023-02-01T21:30:00Z"))
                .body("endedAt", nullValue())
                .body("viewers.cumulativeTotal", equalTo(912345))
                .body("viewers.phrase", equalTo("90余万人次"))
                .body("questions", hasSize(3))
                .body("questions.askedBy", contains("淮**", "路**", "小**"))
                .body("questions[0].question", equalTo("申请恢复执行的期限是多长？我的电话[电话号码已隐去]，身份证[身份证号已隐去]"))
                .body("questions[0].platformLabel", equalTo("淘宝直播"))
                .body("questions[0].answer", equalTo("申请执行的期间为二年；恢复执行可随时申请。如有疑问请拨打12368。"))
                .body("questions[0].faqEntry.id", equalTo(limitation))
                .body("questions[0].faqEntry.question", equalTo("申请执行的期间是多长？"))
                .body("questions[0].faqEntry.legalBasis", equalTo("《中华人民共和国民事诉讼法》第二百五十条"))
                .body("questions[1].question", equalTo("秦某不履行和解协议怎么办？"))
                .body("questions[1].faqEntry", nullValue())
                .body("questions[2].question", equalTo("失信被执行人会影响子女上学吗？"))
                .extract().asString();

        assertThat(view)
                .doesNotContain(PHONE, ID_NUMBER)
                .doesNotContain("秦大勇", "秦小勇", "王营镇", "实验小学") // rejected question, debtor, target address
                .doesNotContain("内部备注", "涉及未成年人") // moderation notes
                .doesNotContain("待审核", "尚未回答") // submitted and accepted-but-unanswered questions
                .doesNotContain("淮安老张", "路人甲", "小明妈妈")
                .doesNotContain("judge.chen", "director.liu", "officer.zhao", "system.integration", "clerk.wang")
                .doesNotContain(answered, reworded, children, rejected, pending, accepted) // question ids
                .doesNotContain("moderat", "submittedBy", "answeredBy", "createdBy", "originalText");

        // every court's tokens, and none, see the same
        String withOtherCourt = given().auth().oauth2(Court.fresh().judge()).get("/public/streams/" + stream).then()
                .statusCode(200).extract().asString();
        assertThat(withOtherCourt).isEqualTo(view);

        given().get("/public/operations/" + op + "/streams").then().statusCode(200)
                .body("", hasSize(1))
                .body("[0].id", equalTo(stream))
                .body("[0].status", equalTo("LIVE"))
                .body("[0].platforms.platform", contains("TAOBAO_LIVE", "DOUYIN"))
                .body("[0].cumulativeViewers", equalTo(912345))
                .body("[0].viewersPhrase", equalTo("90余万人次"))
                .body("[0].answeredQuestions", equalTo(3));

        transition(court.judge(), op, stream, "end", "2023-02-02T00:40:00Z").then().statusCode(200);
        given().get("/public/streams/" + stream).then().statusCode(200)
                .body("status", equalTo("ENDED")).body("durationMinutes", equalTo(190));
    }

    @Test
    void shouldListOnlyStartedStreamsOfAnOperation() {
        Court court = Court.fresh();
        String op = planned(court, huaiyinRaid());
        String first = schedule(court.judge(), op, huaiyinStream()).then().statusCode(201).extract().path("id");
        String second = schedule(court.judge(), op, huaiyinStream()).then().statusCode(201).extract().path("id");
        transition(court.judge(), op, first, "start", "2023-02-01T21:30:00Z").then().statusCode(200);
        given().get("/public/operations/" + op + "/streams").then().statusCode(200)
                .body("id", contains(first)).body("[0].viewersPhrase", equalTo("0人次"));
        given().get("/public/streams/" + second).then().statusCode(404);
        given().get("/public/operations/" + UUID.randomUUID() + "/streams").then().statusCode(404)
                .contentType("application/problem+json");
        given().get("/public/streams/" + UUID.randomUUID()).then().statusCode(404)
                .contentType("application/problem+json").body("type", equalTo("/problems/stream-not-found"));
        given().get("/public/streams/not-a-uuid").then().statusCode(404);
        given().auth().oauth2("not-a-token").get("/public/streams/" + first).then().statusCode(200);
    }

    @Test
    void shouldServeTheFaqPublicly() {
        Court court = Court.fresh();
        String marker = "Pub" + UUID.randomUUID().toString().substring(0, 8);
        String id = faq(court.judge(), "被执行人不履行和解协议怎么办？" + marker,
                "可以申请恢复执行。联系人电话" + PHONE, List.of("和解协议"), null).then().statusCode(201)
                .extract().path("id");
        String body = given().queryParam("q", marker.toLowerCase()).get("/public/faq").then().statusCode(200)
                .body("items.id", contains(id))
                .body("items[0].answer", equalTo("可以申请恢复执行。联系人电话[电话号码已隐去]"))
                .body("items[0].tags", contains("和解协议"))
                .extract().asString();
        assertThat(body).doesNotContain(PHONE, "judge.chen");
        given().queryParam("limit", "many").get("/public/faq").then().statusCode(400);
        // internally the entry is as written
        given().auth().oauth2(court.judge()).get("/api/faq/" + id).then().statusCode(200)
                .body("answer", equalTo("可以申请恢复执行。联系人电话" + PHONE));
    }
}
