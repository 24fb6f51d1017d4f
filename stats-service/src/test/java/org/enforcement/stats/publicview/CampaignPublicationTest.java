package org.enforcement.stats.publicview;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.enforcement.rules.privacy.PersonalDataScrubber;
import org.enforcement.stats.metrics.Metrics;
import org.enforcement.stats.support.Cursors;
import org.enforcement.stats.support.FeedStubs;
import org.enforcement.stats.support.Seeds;
import org.enforcement.stats.support.TestDatabase;
import org.enforcement.testing.Court;
import org.junit.jupiter.api.Test;

/**
 * A campaign reaches the public pages only once its organising court's director publishes it, leaves every one of
 * them (and their caches) the moment it is withdrawn, and never shows the public a number typed into its texts.
 */
@QuarkusTest
@QuarkusTestResource(TestDatabase.class)
@QuarkusTestResource(FeedStubs.class)
class CampaignPublicationTest {

    @Inject
    Seeds seeds;

    @Inject
    Cursors sql;

    static Map<String, Object> campaign(String code, Court organiser, String name, String taskTitle,
                                        String... participants) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("code", code);
        body.put("name", name);
        body.put("organizingCourt", organiser.code());
        body.put("level", "INTERMEDIATE");
        body.put("participatingCourts", List.of(participants));
        body.put("startsOn", "2023-04-01");
        body.put("endsOn", "2023-12-31");
        body.put("keyTasks", List.of(Map.of("number", 1, "title", taskTitle, "metric", "collected",
                "target", 1000, "cadence", "TOTAL", "deadline", "2023-12-31")));
        return body;
    }

    static ValidatableResponse publish(String token, String code) {
        return given().auth().oauth2(token).post("/api/campaigns/{code}/publication", code).then();
    }

    static ValidatableResponse withdraw(String token, String code, Object body) {
        return given().auth().oauth2(token).contentType("application/json").body(body)
                .post("/api/campaigns/{code}/withdrawal", code).then();
    }

    static int publicStatus(String code) {
        return given().get("/public/campaigns/{code}/figures", code).then().extract().statusCode();
    }

    static String publicList() {
        return given().get("/public/dashboard").then().statusCode(200).extract().asString();
    }

    @Test
    void shouldKeepADraftOffThePublicPagesUntilItsDirectorPublishesIt() {
        Court intermediate = Court.freshIntermediate();
        Court basic = intermediate.child();
        String code = Seeds.freshCampaign("春雷");
        given().auth().oauth2(intermediate.director()).contentType("application/json")
                .body(campaign(code, intermediate, "“春雷”专项行动", "执行到位金额", basic.code()))
                .post("/api/campaigns").then().statusCode(201)
                .body("publication", equalTo("DRAFT"))
                .body("publishedAt", nullValue());
        seeds.put(basic.code(), code, "2023-05-02", Metrics.COLLECTED, "500.00");

        assertThat(publicStatus(code)).isEqualTo(404);
        given().queryParam("campaign", code).get("/public/dashboard").then().statusCode(404);
        given().get("/public/campaigns/{code}/charts/key-tasks.svg", code).then().statusCode(404);
        assertThat(publicList()).doesNotContain(code);

        // Only the organising court's director publishes: not a participant's director, not a judge.
        publish(basic.director(), code).statusCode(403).body("type", equalTo("/problems/not-organizing-court"));
        publish(intermediate.judge(), code).statusCode(403);
        publish(Court.freshIntermediate().director(), code).statusCode(404);
        assertThat(publicStatus(code)).isEqualTo(404);

        publish(intermediate.director(), code).statusCode(200)
                .contentType("application/json")
                .header("ETag", equalTo("\"1\""))
                .body("publication", equalTo("PUBLISHED"))
                .body("publishedAt", notNullValue());
        given().get("/public/campaigns/{code}/figures", code).then().statusCode(200)
                .body("name", equalTo("“春雷”专项行动"))
                .body("collected", equalTo(500.00f));
        assertThat(publicList()).contains("“春雷”专项行动");
        // Publishing again changes nothing.
        publish(intermediate.director(), code).statusCode(200).header("ETag", equalTo("\"1\""));
        assertThat(sql.count("SELECT COUNT(*) FROM audit_entry WHERE action = 'CAMPAIGN_PUBLISHED'"
                + " AND resource_id = '" + code + "'")).isEqualTo(1);
    }

    /** Another replica withdraws (its own caches emptied, not ours): our next public answer must not show it. */
    @Test
    void shouldForgetACampaignAnotherReplicaWithdrewAtTheNextPublicRequest() {
        Court intermediate = Court.freshIntermediate();
        Court basic = intermediate.child();
        String code = Seeds.freshCampaign("春雷");
        given().auth().oauth2(intermediate.director()).contentType("application/json")
                .body(campaign(code, intermediate, "“春雷”专项行动", "执行到位金额", basic.code()))
                .post("/api/campaigns").then().statusCode(201);
        seeds.put(basic.code(), code, "2023-05-02", Metrics.COLLECTED, "500.00");
        publish(intermediate.director(), code).statusCode(200);
        assertThat(publicStatus(code)).isEqualTo(200); // now cached here
        assertThat(publicList()).contains(code);

        // The other replica's transaction, as it reaches the shared database.
        sql.execute("UPDATE campaign SET publication = 'WITHDRAWN', withdrawn_at = now(), withdrawn_by = 'director',"
                + " withdrawal_reason = '另一副本撤回', version = version + 1 WHERE code = '" + code + "'");

        assertThat(publicStatus(code)).isEqualTo(404);
        assertThat(publicList()).doesNotContain(code);
        given().queryParam("campaign", code).get("/public/dashboard").then().statusCode(404);
    }

    @Test
    void shouldTakeAWithdrawnCampaignOffEveryPublicPageAtOnceAndKeepTheReason() {
        Court intermediate = Court.freshIntermediate();
        Court basic = intermediate.child();
        String code = Seeds.freshCampaign("春雷");
        given().auth().oauth2(intermediate.director()).contentType("application/json")
                .body(campaign(code, intermediate, "“春雷”专项行动", "执行到位金额", basic.code()))
                .post("/api/campaigns").then().statusCode(201);
        seeds.put(basic.code(), code, "2023-05-02", Metrics.COLLECTED, "500.00");

        // A draft was never public.
        withdraw(intermediate.director(), code, Map.of("reason", "误发")).statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/campaign-not-published"));
        publish(intermediate.director(), code).statusCode(200);
        // The public pages are cached: read them so that the withdrawal must empty the caches.
        assertThat(publicStatus(code)).isEqualTo(200);
        given().get("/public/campaigns/{code}/charts/ranking.svg", code).then().statusCode(200);
        assertThat(publicList()).contains(code);

        // A reason is required, and bounded.
        for (Object bad : List.of(Map.of(), Map.of("reason", " "), Map.of("reason", "理".repeat(501)))) {
            withdraw(intermediate.director(), code, bad).statusCode(400)
                    .contentType("application/problem+json")
                    .body("errors[0].field", equalTo("reason"));
        }
        withdraw(basic.director(), code, Map.of("reason", "误发")).statusCode(403);
        withdraw(intermediate.observer(), code, Map.of("reason", "误发")).statusCode(403);
        assertThat(publicStatus(code)).isEqualTo(200);

        withdraw(intermediate.director(), code, Map.of("reason", "重点工作标题有误，更正后重新发布")).statusCode(200)
                .body("publication", equalTo("WITHDRAWN"))
                .body("withdrawnAt", notNullValue())
                .body("withdrawalReason", equalTo("重点工作标题有误，更正后重新发布"));
        assertThat(publicStatus(code)).isEqualTo(404);
        for (String chart : List.of("collections.svg", "viewers-by-platform.svg", "key-tasks.svg", "ranking.svg")) {
            given().get("/public/campaigns/{code}/charts/" + chart, code).then().statusCode(404);
        }
        given().queryParam("campaign", code).get("/public/dashboard").then().statusCode(404);
        assertThat(publicList()).doesNotContain(code);
        assertThat(sql.count("SELECT COUNT(*) FROM audit_entry WHERE action = 'CAMPAIGN_WITHDRAWN'"
                + " AND resource_id = '" + code + "' AND detail LIKE '%更正后重新发布%'")).isEqualTo(1);
        // Its courts keep working with it and see why it left the public pages.
        given().auth().oauth2(basic.judge()).get("/api/campaigns/{code}", code).then().statusCode(200)
                .body("publication", equalTo("WITHDRAWN"))
                .body("withdrawalReason", equalTo("重点工作标题有误，更正后重新发布"));
        // Withdrawing again changes nothing; publishing again brings it back.
        withdraw(intermediate.director(), code, Map.of("reason", "再次")).statusCode(200)
                .body("withdrawalReason", equalTo("重点工作标题有误，更正后重新发布"));
        publish(intermediate.director(), code).statusCode(200).body("withdrawalReason", nullValue());
        assertThat(publicStatus(code)).isEqualTo(200);
    }

    @Test
    void shouldNeverShowThePublicANumberTypedIntoTheCampaignsTexts() {
        Court intermediate = Court.freshIntermediate();
        String code = Seeds.freshCampaign("春雷");
        String name = "“春雷”专项行动（联系人电话138－1111－2222）";
        String title = "执行到位金额 身份证110101199003076634";
        given().auth().oauth2(intermediate.director()).contentType("application/json")
                .body(campaign(code, intermediate, name, title)).post("/api/campaigns").then().statusCode(201);
        publish(intermediate.director(), code).statusCode(200);

        String figures = given().get("/public/campaigns/{code}/figures", code).then().statusCode(200).extract()
                .asString();
        String page = given().queryParam("campaign", code).get("/public/dashboard").then().statusCode(200)
                .extract().asString();
        String chart = given().get("/public/campaigns/{code}/charts/key-tasks.svg", code).then().statusCode(200)
                .extract().asString();
        String ranking = given().get("/public/campaigns/{code}/charts/ranking.svg", code).then().statusCode(200)
                .extract().asString();
        for (String shown : List.of(figures, page, chart, ranking, publicList())) {
            assertThat(shown).doesNotContain("1111").doesNotContain("2222").doesNotContain("110101");
        }
        assertThat(figures).contains(PersonalDataScrubber.PHONE).contains(PersonalDataScrubber.ID);
        // Observers and integrators of its court read it scrubbed too; the organising court reads what it typed.
        for (String reader : List.of(intermediate.observer(), intermediate.integrator())) {
            given().auth().oauth2(reader).get("/api/campaigns/{code}", code).then().statusCode(200)
                    .body("name", equalTo("“春雷”专项行动（联系人电话" + PersonalDataScrubber.PHONE + "）"))
                    .body("keyTasks[0].title", equalTo("执行到位金额 身份证" + PersonalDataScrubber.ID));
            given().auth().oauth2(reader).get("/api/campaigns/{code}/progress?asOf=2023-05-01", code).then()
                    .statusCode(200).body("keyTasks[0].title", equalTo("执行到位金额 身份证" + PersonalDataScrubber.ID));
        }
        given().auth().oauth2(intermediate.director()).get("/api/campaigns/{code}", code).then().statusCode(200)
                .body("name", equalTo(name))
                .body("keyTasks[0].title", equalTo(title));
    }
}
