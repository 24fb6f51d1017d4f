package org.enforcement.stats.campaigns;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.enforcement.stats.campaigns.CampaignFixtures.campaign;
import static org.enforcement.stats.campaigns.CampaignFixtures.create;
import static org.enforcement.stats.campaigns.CampaignFixtures.freshCode;
import static org.enforcement.stats.campaigns.CampaignFixtures.task;
import static org.enforcement.stats.campaigns.CampaignFixtures.with;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.enforcement.stats.support.Cursors;
import org.enforcement.stats.support.FeedStubs;
import org.enforcement.stats.support.TestDatabase;
import org.enforcement.testing.Court;
import org.enforcement.testing.Tokens;
import org.junit.jupiter.api.Test;

/** Creating, reading, listing and amending campaigns; validation; court scoping. */
@QuarkusTest
@QuarkusTestResource(TestDatabase.class)
@QuarkusTestResource(FeedStubs.class)
class CampaignResourceTest {

    @Inject
    Cursors sql;

    static Map<String, Object> gansu(String code, Court organizer, Court... participants) {
        List<String> courts = new ArrayList<>();
        for (Court c : participants) {
            courts.add(c.code());
        }
        return campaign(code, organizer.code(), courts,
                task(1, "cases_concluded", 1000, "TOTAL", "2023-12-31"),
                with(task(12, "streams", 2, "MONTHLY", "2023-12-31"), "minPlatforms", 8));
    }

    static ExtractableResponse<Response> post(String token, Object body) {
        return given().auth().oauth2(token).contentType("application/json").body(body).post("/api/campaigns")
                .then().extract();
    }

    @Test
    void shouldCreateACampaignAndReadItBackByItsUnicodeCode() {
        Court high = Court.freshIntermediate();
        Court liangzhou = high.child();
        String code = freshCode();

        ExtractableResponse<Response> created = given().auth().oauth2(high.director()).contentType("application/json")
                .body(gansu(code, high, liangzhou)).post("/api/campaigns").then()
                .statusCode(201)
                .header("Location", endsWith("/api/campaigns/" + URLEncoder.encode(code, StandardCharsets.UTF_8)
                        + "?organiser=" + URLEncoder.encode(high.code(), StandardCharsets.UTF_8)))
                .header("ETag", equalTo("\"0\""))
                .body("code", equalTo(code))
                .body("organizingCourt", equalTo(high.code()))
                // The registry names the organiser: the body's "甘肃省高级人民法院" is not taken for a test court.
                .body("organizingCourtName", equalTo("测试第" + high.code().substring(1) + "中级人民法院"))
                .body("level", equalTo("HIGH"))
                // The organizing court takes part (a court named twice is refused: see below).
                .body("participatingCourts", contains(high.code(), liangzhou.code()))
                .body("startsOn", equalTo("2023-04-01"))
                .body("keyTasks.number", contains(1, 12))
                .body("keyTasks[1].minPlatforms", equalTo(8))
                .body("keyTasks[1].cadence", equalTo("MONTHLY"))
                .body("version", equalTo(0))
                .extract();

        String location = created.header("Location");
        // The Location is already encoded: sent as it is, it finds the campaign.
        given().urlEncodingEnabled(false).auth().oauth2(liangzhou.judge())
                .get(location.substring(location.indexOf("/api/"))).then()
                .statusCode(200)
                .header("ETag", equalTo("\"0\""))
                .body("name", equalTo("“" + code + "”执行专项行动"))
                .body("keyTasks[0].target", equalTo(1000))
                .body("keyTasks[0].metric", equalTo("cases_concluded"));
        assertThat(sql.count("SELECT COUNT(*) FROM audit_entry WHERE action = 'CAMPAIGN_CREATED'"
                + " AND resource_type = 'Campaign' AND resource_id = '" + code + "' AND court = '" + high.code()
                + "'")).isEqualTo(1);
    }

    /** The contract bounds the path's code as the campaign table does (64); beyond it is 400, not a lookup. */
    @Test
    void shouldRefuseACodeLongerThanAnyCampaignCanHave() {
        Court high = Court.freshIntermediate();
        for (String path : List.of("", "/progress", "/ranking")) {
            given().auth().oauth2(high.director()).get("/api/campaigns/{code}" + path, "码".repeat(65)).then()
                    .statusCode(400).contentType("application/problem+json")
                    .body("type", equalTo("/problems/validation"))
                    .body("errors[0].field", equalTo("code"));
        }
        given().auth().oauth2(high.director()).get("/api/campaigns/{code}", "码".repeat(64)).then()
                .statusCode(404).body("type", equalTo("/problems/campaign-not-found"));
    }

    /** Court codes keep their shape (ideographs, then digits: one pattern for Java and the contract) and length. */
    @Test
    void shouldCheckTheShapeAndLengthOfCourtCodes() {
        Court high = Court.freshIntermediate();
        String code = freshCode();
        Map<String, Object> body = new HashMap<>(gansu(code, high));
        body.put("organizingCourt", "甘" + "1".repeat(16));
        body.put("participatingCourts", List.of("A0602"));
        body.put("code", code + "\t");
        post(high.director(), body).response().then()
                .statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItems("code", "organizingCourt", "participatingCourts[0]"));
        assertThat(sql.count("SELECT COUNT(*) FROM campaign WHERE code = '" + code + "'")).isZero();
    }

    @Test
    void shouldAnswer409ForACodeThatExists() {
        Court high = Court.freshIntermediate();
        String code = freshCode();
        create(high.director(), gansu(code, high));

        given().auth().oauth2(high.director()).contentType("application/json").body(gansu(code, high))
                .post("/api/campaigns").then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/campaign-exists"))
                .body("detail", containsString(code));
        assertThat(sql.count("SELECT COUNT(*) FROM campaign WHERE code = '" + code + "'")).isEqualTo(1);
    }

    @Test
    void shouldListTheCampaignsACourtOrganizesOrTakesPartIn() {
        Court high = Court.freshIntermediate();
        Court liangzhou = high.child();
        Court huaiyin = Court.fresh();
        String gansu = freshCode();
        String jiangsu = freshCode();
        create(high.director(), gansu(gansu, high, liangzhou));
        create(huaiyin.director(), gansu(jiangsu, huaiyin));

        given().auth().oauth2(high.observer()).get("/api/campaigns").then().statusCode(200)
                .body("code", contains(gansu));
        given().auth().oauth2(liangzhou.judge()).get("/api/campaigns").then().statusCode(200)
                .body("code", contains(gansu));
        given().auth().oauth2(huaiyin.director()).get("/api/campaigns").then().statusCode(200)
                .body("code", contains(jiangsu));
        given().auth().oauth2(Court.fresh().director()).get("/api/campaigns").then().statusCode(200)
                .body("code", not(hasItem(gansu)));
        String all = Tokens.serviceAccount("system-integration");
        given().auth().oauth2(all).get("/api/campaigns").then().statusCode(200)
                .body("code", hasItem(gansu)).body("code", hasItem(jiangsu));
        // A person's token with court * is no court's: 403 unknown-court, it lists and reads nothing.
        String personStar = Tokens.token("director.x", "director", "*");
        given().auth().oauth2(personStar).get("/api/campaigns").then().statusCode(403)
                .body("type", equalTo("/problems/unknown-court"));
        given().auth().oauth2(personStar).get("/api/campaigns/{code}", gansu).then().statusCode(403)
                .body("type", equalTo("/problems/unknown-court"));
    }

    @Test
    void shouldHideACampaignFromCourtsOutsideItAndLetOnlyTheOrganizerChangeIt() {
        Court high = Court.freshIntermediate();
        Court liangzhou = high.child();
        Court outsider = Court.fresh();
        String code = freshCode();

        // Only the organizing court (or *) creates.
        post(liangzhou.director(), gansu(code, high, liangzhou)).response().then().statusCode(403)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/not-organizing-court"));
        post(high.judge(), gansu(code, high)).response().then().statusCode(403)
                .body("type", equalTo("/problems/forbidden"));
        create(Tokens.serviceAccount("system-integration"), gansu(code, high, liangzhou));

        for (String path : new String[] {"", "/progress", "/ranking?metric=collected"}) {
            given().auth().oauth2(outsider.director()).get("/api/campaigns/{code}" + path, code).then()
                    .statusCode(404)
                    .contentType("application/problem+json")
                    .body("type", equalTo("/problems/campaign-not-found"));
            given().auth().oauth2(liangzhou.observer()).get("/api/campaigns/{code}" + path, code).then()
                    .statusCode(200);
        }
        given().auth().oauth2(high.clerk()).get("/api/campaigns/{code}", code).then().statusCode(403);
        given().auth().oauth2(high.officer()).get("/api/campaigns").then().statusCode(403);
        given().get("/api/campaigns").then().statusCode(401).contentType("application/problem+json");
        given().auth().oauth2(high.director()).get("/api/campaigns/{code}", "没有这个行动").then().statusCode(404)
                .body("type", equalTo("/problems/campaign-not-found"));

        Map<String, Object> amendment = gansu(code, high, liangzhou);
        given().auth().oauth2(outsider.director()).header("If-Match", "\"0\"").contentType("application/json")
                .body(amendment).put("/api/campaigns/{code}", code).then()
                .statusCode(404).body("type", equalTo("/problems/campaign-not-found"));
        given().auth().oauth2(liangzhou.director()).header("If-Match", "\"0\"").contentType("application/json")
                .body(amendment).put("/api/campaigns/{code}", code).then()
                .statusCode(403).body("type", equalTo("/problems/not-organizing-court"));
        given().auth().oauth2(high.judge()).header("If-Match", "\"0\"").contentType("application/json")
                .body(amendment).put("/api/campaigns/{code}", code).then().statusCode(403);
        given().auth().oauth2(high.director()).get("/api/campaigns/{code}", code).then().statusCode(200)
                .body("version", equalTo(0));
    }

    @Test
    void shouldAmendWithIfMatchOnly() {
        Court high = Court.freshIntermediate();
        Court liangzhou = high.child();
        Court wuwei = high.child();
        String code = freshCode();
        create(high.director(), gansu(code, high, liangzhou));
        Map<String, Object> amendment = new java.util.LinkedHashMap<>(Map.of(
                "name", "“陇原风暴”执行专项行动（延期）",
                "participatingCourts", List.of(wuwei.code()),
                "startsOn", "2023-04-01",
                "endsOn", "2024-01-31",
                "keyTasks", List.of(task(2, "collected", "300000.00", "TOTAL", "2024-01-31"))));
        // Fields that do not change are ignored rather than refused: a client may send back what it read.
        amendment.put("organizingCourt", liangzhou.code());

        given().auth().oauth2(high.director()).contentType("application/json").body(amendment)
                .put("/api/campaigns/{code}", code).then()
                .statusCode(428).contentType("application/problem+json")
                .body("type", equalTo("/problems/if-match-required"));
        given().auth().oauth2(high.director()).header("If-Match", "\"7\"").contentType("application/json")
                .body(amendment).put("/api/campaigns/{code}", code).then()
                .statusCode(412).body("type", equalTo("/problems/stale-version"));
        // Those read-only fields are ignored by name; a field no campaign has (a typo) is refused.
        given().auth().oauth2(high.director()).header("If-Match", "\"0\"").contentType("application/json")
                .body(CampaignFixtures.with(amendment, "endsOnn", "2024-01-31")).put("/api/campaigns/{code}", code)
                .then()
                .statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("/problems/validation"))
                .body("errors[0].field", equalTo("endsOnn"))
                .body("errors[0].message", equalTo("is not a known field"));

        given().auth().oauth2(high.director()).header("If-Match", "\"0\"").contentType("application/json")
                .body(amendment).put("/api/campaigns/{code}", code).then()
                .statusCode(200)
                .header("ETag", equalTo("\"1\""))
                .body("version", equalTo(1))
                .body("name", equalTo("“陇原风暴”执行专项行动（延期）"))
                .body("organizingCourt", equalTo(high.code()))
                .body("endsOn", equalTo("2024-01-31"))
                .body("participatingCourts", contains(high.code(), wuwei.code()))
                .body("keyTasks.number", contains(2))
                .body("keyTasks[0].target", equalTo(300000.00f));

        // The old ETag is stale now; Liangzhou no longer takes part.
        given().auth().oauth2(high.director()).header("If-Match", "\"0\"").contentType("application/json")
                .body(amendment).put("/api/campaigns/{code}", code).then().statusCode(412);
        given().auth().oauth2(liangzhou.director()).get("/api/campaigns/{code}", code).then().statusCode(404);
        given().auth().oauth2(wuwei.judge()).get("/api/campaigns/{code}", code).then().statusCode(200)
                .header("ETag", equalTo("\"1\"")).body("keyTasks[0].metric", equalTo("collected"));
        assertThat(sql.count("SELECT COUNT(*) FROM audit_entry WHERE action = 'CAMPAIGN_AMENDED'"
                + " AND resource_id = '" + code + "'")).isEqualTo(1);
        assertThat(sql.count("SELECT COUNT(*) FROM campaign_key_task WHERE campaign_code = '" + code + "'"))
                .isEqualTo(1);

        // An amendment breaking the rules changes nothing.
        given().auth().oauth2(high.director()).header("If-Match", "\"1\"").contentType("application/json")
                .body(with(amendment, "endsOn", "2023-12-31")).put("/api/campaigns/{code}", code).then()
                .statusCode(400).body("errors.field", contains("keyTasks[0].deadline"));
        given().auth().oauth2(high.director()).get("/api/campaigns/{code}", code).then()
                .body("endsOn", equalTo("2024-01-31")).body("version", equalTo(1));
    }

    @Test
    void shouldAnswer400ForACourtListedTwiceAndWriteNothing() {
        Court high = Court.freshIntermediate();
        Court liangzhou = high.child();
        Court wuwei = high.child();
        String code = freshCode();
        Map<String, Object> twice = with(gansu(code, high, liangzhou), "participatingCourts",
                List.of(liangzhou.code(), wuwei.code(), liangzhou.code()));

        post(high.director(), twice).response().then()
                .statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("/problems/validation"))
                .body("errors.field", contains("participatingCourts[2]"))
                .body("errors[0].message", containsString(liangzhou.code()));
        given().auth().oauth2(high.director()).get("/api/campaigns/{code}", code).then().statusCode(404);
        assertThat(sql.count("SELECT COUNT(*) FROM campaign_court WHERE campaign_code = '" + code + "'")).isZero();

        // The organizing court may be listed: it counts once.
        create(high.director(), with(gansu(code, high), "participatingCourts",
                List.of(high.code(), liangzhou.code(), wuwei.code())));
        Map<String, Object> amendment = Map.of("name", "陇原风暴", "startsOn", "2023-04-01",
                "endsOn", "2023-12-31", "participatingCourts", List.of(wuwei.code(), wuwei.code()));
        given().auth().oauth2(high.director()).header("If-Match", "\"0\"").contentType("application/json")
                .body(amendment).put("/api/campaigns/{code}", code).then()
                .statusCode(400).contentType("application/problem+json")
                .body("errors.field", contains("participatingCourts[1]"));
        given().auth().oauth2(high.director()).get("/api/campaigns/{code}", code).then().statusCode(200)
                .body("participatingCourts", contains(high.code(), liangzhou.code(), wuwei.code()))
                .body("version", equalTo(0));

        // Reordering the courts rewrites them position by position: the unique constraint is checked at commit.
        given().auth().oauth2(high.director()).header("If-Match", "\"0\"").contentType("application/json")
                .body(with(amendment, "participatingCourts", List.of(wuwei.code(), liangzhou.code()))).put("/api/campaigns/{code}", code)
                .then().statusCode(200)
                .body("participatingCourts", contains(high.code(), wuwei.code(), liangzhou.code()));

        // The database keeps it too, whatever writes to it.
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> sql.execute("INSERT INTO campaign_court"
                        + " (organizing_court, campaign_code, seq, court) VALUES ('" + high.code() + "', '" + code
                        + "', 9, '" + wuwei.code() + "')"))
                .hasStackTraceContaining("campaign_court_once");
    }

    @Test
    void shouldAnswer422NamingTheMetricsForAnUnknownMetric() {
        Court high = Court.freshIntermediate();
        Map<String, Object> body = campaign(freshCode(), high.code(), List.of(),
                task(1, "cases_concluded", 10, "TOTAL", "2023-12-31"),
                task(2, "press_releases", 10, "TOTAL", "2023-12-31"));
        post(high.director(), body).response().then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/unknown-metric"))
                .body("detail", containsString("keyTasks[1].metric press_releases"))
                .body("detail", containsString("cases_filed, owed_filed, cases_concluded"))
                .body("allowedMetrics", hasItem("streams"));
    }

    @Test
    void shouldAnswer400NamingTheFieldForEachBrokenRule() {
        Court high = Court.freshIntermediate();
        String code = freshCode();
        Map<String, Object> valid = campaign(code, high.code(), List.of(high.child().code()),
                task(1, "cases_concluded", 10, "TOTAL", "2023-12-31"));
        Map<String, Object> streams = task(12, "streams", 2, "MONTHLY", "2023-12-31");
        Map<String, Object[]> cases = new java.util.LinkedHashMap<>();
        cases.put("keyTasks[1].number", new Object[] {with(valid, "keyTasks", List.of(
                task(1, "cases_concluded", 10, "TOTAL", "2023-12-31"), task(1, "collected", 10, "TOTAL",
                        "2023-12-31")))});
        cases.put("keyTasks[0].deadline", new Object[] {
                with(valid, "keyTasks", List.of(task(1, "cases_concluded", 10, "TOTAL", "2024-01-01"))),
                with(valid, "keyTasks", List.of(task(1, "cases_concluded", 10, "TOTAL", "2023-03-31")))});
        cases.put("endsOn", new Object[] {with(with(valid, "endsOn", "2023-03-31"), "keyTasks", List.of()),
                with(with(valid, "endsOn", "9999-12-31"), "keyTasks", List.of())});
        cases.put("keyTasks[0].target", new Object[] {
                with(valid, "keyTasks", List.of(task(1, "cases_concluded", 0, "TOTAL", "2023-12-31"))),
                with(valid, "keyTasks", List.of(task(1, "cases_concluded", -5, "TOTAL", "2023-12-31"))),
                with(valid, "keyTasks", List.of(task(1, "cases_concluded", "2.5", "TOTAL", "2023-12-31"))),
                with(valid, "keyTasks", List.of(task(1, "collected", "0.001", "TOTAL", "2023-12-31")))});
        cases.put("keyTasks[0].minPlatforms", new Object[] {
                with(valid, "keyTasks", List.of(with(task(1, "collected", 10, "TOTAL", "2023-12-31"),
                        "minPlatforms", 8))),
                with(valid, "keyTasks", List.of(with(streams, "minPlatforms", 0)))});
        cases.put("code", new Object[] {with(valid, "code", " "), with(valid, "code", "陇原/风暴"),
                with(valid, "code", null)});
        cases.put("name", new Object[] {with(valid, "name", ""), with(valid, "name", null)});
        cases.put("organizingCourt", new Object[] {with(valid, "organizingCourt", "Gansu")});
        cases.put("participatingCourts[1]", new Object[] {with(valid, "participatingCourts",
                List.of("甘0602", "0602")), with(valid, "participatingCourts", List.of("甘0602", "甘0602*"))});
        cases.put("level", new Object[] {with(valid, "level", "SUPREME"), with(valid, "level", null)});
        cases.put("keyTasks[0].cadence", new Object[] {with(valid, "keyTasks", List.of(task(1, "cases_concluded",
                10, "WEEKLY", "2023-12-31")))});
        cases.put("startsOn", new Object[] {with(valid, "startsOn", "2023-02-30"),
                with(with(valid, "startsOn", "0001-01-01"), "keyTasks", List.of())});
        for (var entry : cases.entrySet()) {
            for (Object body : entry.getValue()) {
                post(high.director(), body).response().then()
                        .statusCode(400)
                        .contentType("application/problem+json")
                        .body("status", equalTo(400))
                        .body("errors.field", hasItem(entry.getKey()));
            }
        }
        given().auth().oauth2(high.director()).contentType("application/json").body("{\"code\": ")
                .post("/api/campaigns").then().statusCode(400).contentType("application/problem+json");
        assertThat(sql.count("SELECT COUNT(*) FROM campaign WHERE code = '" + code + "'")).isZero();

        // The same body with the rules kept is accepted.
        create(high.director(), with(valid, "keyTasks", List.of(with(streams, "minPlatforms", 8),
                task(2, "collected", "0.01", "TOTAL", "2023-04-01"))));
    }
}
