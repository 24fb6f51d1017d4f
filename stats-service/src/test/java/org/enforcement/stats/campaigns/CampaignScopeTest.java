package org.enforcement.stats.campaigns;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.enforcement.stats.campaigns.CampaignFixtures.campaign;
import static org.enforcement.stats.campaigns.CampaignFixtures.create;
import static org.enforcement.stats.campaigns.CampaignFixtures.freshCode;
import static org.enforcement.stats.campaigns.CampaignFixtures.task;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.enforcement.stats.metrics.DailyMetrics;
import org.enforcement.stats.metrics.Metrics;
import org.enforcement.stats.support.Cursors;
import org.enforcement.stats.support.FeedStubs;
import org.enforcement.stats.support.TestDatabase;
import org.enforcement.testing.Court;
import org.enforcement.testing.Tokens;
import org.junit.jupiter.api.Test;

/**
 * Campaigns by the court hierarchy: organised by the caller's court for itself and the courts under it, amended by
 * its director only, read by the courts taking part and the directors and observers above the organizer.
 */
@QuarkusTest
@QuarkusTestResource(TestDatabase.class)
@QuarkusTestResource(FeedStubs.class)
class CampaignScopeTest {

    @Inject
    DailyMetrics daily;

    @Inject
    Cursors sql;

    /** Without organizingCourtName: the registry names the organizer. */
    static Map<String, Object> body(String code, Court organizer, String... participants) {
        Map<String, Object> body = new java.util.LinkedHashMap<>(campaign(code, organizer.code(),
                List.of(participants), task(1, "cases_filed", 10, "TOTAL", "2023-12-31")));
        body.remove("organizingCourtName");
        return body;
    }

    static ValidatableResponse post(String token, Map<String, Object> body) {
        return given().auth().oauth2(token).contentType("application/json").body(body).post("/api/campaigns")
                .then();
    }

    static ValidatableResponse amend(String token, String code, Map<String, Object> body) {
        return given().auth().oauth2(token).header("If-Match", "\"0\"").contentType("application/json").body(body)
                .put("/api/campaigns/{code}", code).then();
    }

    @Test
    void shouldTakeOnlyTheOrganizerAndCourtsUnderItAsParticipants() {
        Court intermediate = Court.freshIntermediate();
        Court child = intermediate.child();
        Court foreign = Court.fresh();
        String code = freshCode();

        for (String outside : List.of(foreign.code(), "甘0602", "苏", "测")) {
            post(intermediate.director(), body(code, intermediate, child.code(), outside)).statusCode(422)
                    .contentType("application/problem+json")
                    .body("type", equalTo("/problems/participant-outside-organiser"))
                    .body("field", equalTo("participatingCourts[1]"));
        }
        post(intermediate.director(), body(code, intermediate, "苏9999")).statusCode(422)
                .body("type", equalTo("/problems/unknown-court"))
                .body("field", equalTo("participatingCourts[0]"));
        // A basic court cannot enlist the court above it.
        post(child.director(), body(code, child, intermediate.code())).statusCode(422)
                .body("type", equalTo("/problems/participant-outside-organiser"));
        assertThat(sql.count("SELECT COUNT(*) FROM campaign WHERE code = '" + code + "'")).isZero();

        post(intermediate.director(), body(code, intermediate, child.code())).statusCode(201)
                .body("participatingCourts", contains(intermediate.code(), child.code()))
                .body("organizingCourtName", equalTo("测试第" + intermediate.code().substring(1) + "中级人民法院"));
        amend(intermediate.director(), code, body(code, intermediate, child.code(), foreign.code())).statusCode(422)
                .body("type", equalTo("/problems/participant-outside-organiser"))
                .body("field", equalTo("participatingCourts[1]"));
        given().auth().oauth2(intermediate.director()).get("/api/campaigns/{code}", code).then().statusCode(200)
                .body("version", equalTo(0));
    }

    @Test
    void shouldKeepCampaignCodesUniquePerOrganiserOnly() {
        Court gansu = Court.freshIntermediate();
        Court gansuBasic = gansu.child();
        Court jiangsu = Court.freshIntermediate();
        String code = freshCode();

        // Two unrelated courts may both call their campaign by the same name; neither learns of the other.
        String first = post(gansu.director(), body(code, gansu, gansuBasic.code())).statusCode(201)
                .header("Location", org.hamcrest.Matchers.endsWith("/api/campaigns/" + encoded(code).replace("+", "%20") + "?organiser=" + encoded(gansu.code())))
                .extract().header("Location");
        post(jiangsu.director(), body(code, jiangsu)).statusCode(201)
                .body("organizingCourt", equalTo(jiangsu.code()));
        assertThat(sql.count("SELECT COUNT(*) FROM campaign WHERE code = '" + code + "'")).isEqualTo(2);
        post(gansu.director(), body(code, gansu)).statusCode(409)
                .body("type", equalTo("/problems/campaign-exists"))
                .body("detail", not(org.hamcrest.Matchers.containsString(jiangsu.code())));

        // Each court reads its own without naming the organiser; the Location names it.
        given().auth().oauth2(gansu.director()).get("/api/campaigns/{code}", code).then().statusCode(200)
                .body("organizingCourt", equalTo(gansu.code()));
        given().urlEncodingEnabled(false).auth().oauth2(gansu.judge()).get(first).then().statusCode(200)
                .body("organizingCourt", equalTo(gansu.code()));
        given().auth().oauth2(jiangsu.observer()).get("/api/campaigns/{code}/progress?asOf=2023-05-01", code).then()
                .statusCode(200).body("keyTasks[0].target", equalTo(10));
        // Another organiser's campaign of the code stays unseen, named or not.
        given().auth().oauth2(jiangsu.director()).queryParam("organiser", gansu.code())
                .get("/api/campaigns/{code}", code).then().statusCode(404)
                .body("type", equalTo("/problems/campaign-not-found"));
        // The figures of each count only its own courts' rows.
        put(gansuBasic, code, "2023-05-02", Metrics.CASES_FILED, "3");
        put(jiangsu, code, "2023-05-02", Metrics.CASES_FILED, "5");
        given().auth().oauth2(gansu.director()).get("/api/campaigns/{code}/progress?asOf=2023-12-31", code).then()
                .statusCode(200).body("keyTasks[0].actual", equalTo(3));
        given().auth().oauth2(jiangsu.director()).get("/api/campaigns/{code}/ranking?metric=cases_filed", code)
                .then().statusCode(200).body("total", equalTo(5));
    }

    @Test
    void shouldCountACourtInOneCampaignOfACode() {
        Court intermediate = Court.freshIntermediate();
        Court child = intermediate.child();
        Court sibling = intermediate.child();
        String code = freshCode();

        create(child.director(), body(code, child));
        // The court above may not enlist its child in a second campaign of that code: the feeds' rows carry only
        // the code and the court, so they could not tell the two apart.
        post(intermediate.director(), body(code, intermediate, sibling.code(), child.code())).statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/campaign-code-taken"))
                .body("field", equalTo("participatingCourts[1]"));
        create(intermediate.director(), body(code, intermediate, sibling.code()));
        amend(intermediate.director(), code, body(code, intermediate, child.code())).statusCode(409)
                .body("type", equalTo("/problems/campaign-code-taken"))
                .body("field", equalTo("participatingCourts[0]"));
        // Nor may the child organise a campaign of the code once its court above includes it.
        post(sibling.director(), body(code, sibling)).statusCode(409)
                .body("field", equalTo("organizingCourt"));
        assertThat(sql.count("SELECT COUNT(*) FROM campaign_court WHERE campaign_code = '" + code + "'"))
                .isEqualTo(3);
    }

    @Test
    void shouldAskWhichOrganiserWhenACodeIsAmbiguous() {
        Court intermediate = Court.freshIntermediate();
        Court first = intermediate.child();
        Court second = intermediate.child();
        String code = freshCode();
        create(first.director(), body(code, first));
        create(second.director(), body(code, second));

        for (String token : List.of(intermediate.director(), intermediate.observer())) {
            given().auth().oauth2(token).get("/api/campaigns/{code}", code).then().statusCode(409)
                    .contentType("application/problem+json")
                    .body("type", equalTo("/problems/ambiguous-campaign"))
                    .body("organisers", org.hamcrest.Matchers.containsInAnyOrder(first.code(), second.code()))
                    .body("detail", org.hamcrest.Matchers.containsString("?organiser="));
            given().auth().oauth2(token).queryParam("organiser", second.code())
                    .get("/api/campaigns/{code}", code).then().statusCode(200)
                    .body("organizingCourt", equalTo(second.code()));
            given().auth().oauth2(token).queryParam("organiser", first.code())
                    .get("/api/campaigns/{code}/ranking?metric=cases_filed", code).then().statusCode(200)
                    .body("courts.court", contains(first.code()));
        }
        // A participant still reads its own without naming it; the public must name one once both are published.
        for (Court organiser : List.of(first, second)) {
            given().auth().oauth2(organiser.director()).post("/api/campaigns/{code}/publication", code).then()
                    .statusCode(200);
        }
        given().auth().oauth2(first.judge()).get("/api/campaigns/{code}", code).then().statusCode(200)
                .body("organizingCourt", equalTo(first.code()));
        given().get("/public/campaigns/{code}/figures", code).then().statusCode(409)
                .body("type", equalTo("/problems/ambiguous-campaign"));
        given().queryParam("organiser", second.code()).get("/public/campaigns/{code}/figures", code).then()
                .statusCode(200).body("organizingCourt", equalTo(second.code()));
        given().queryParam("organiser", "测9999").get("/public/campaigns/{code}/figures", code).then()
                .statusCode(404);
        given().queryParam("organiser", "x".repeat(40)).get("/public/campaigns/{code}/figures", code).then()
                .statusCode(400).body("errors[0].field", equalTo("organiser"));
    }

    private static String encoded(String value) {
        return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8);
    }

    @Test
    void shouldLetOnlyTheOrganizersDirectorCreateAndAmend() {
        Court intermediate = Court.freshIntermediate();
        Court child = intermediate.child();
        String code = freshCode();

        post(intermediate.integrator(), body(code, intermediate)).statusCode(403)
                .body("type", equalTo("/problems/not-organizing-court"));
        post(Tokens.token("director.x", "director", "*"), body(code, intermediate)).statusCode(403)
                .body("type", equalTo("/problems/unknown-court"));
        post(Tokens.serviceAccount("system-integration"), body(code, new Court("苏9999"))).statusCode(422)
                .body("type", equalTo("/problems/unknown-court"))
                .body("field", equalTo("organizingCourt"));
        create(intermediate.director(), body(code, intermediate, child.code()));

        // Neither a participant, nor the court above, nor an integrator of the organizer amends.
        for (String token : List.of(child.director(), new Court("测").director(), intermediate.integrator())) {
            amend(token, code, body(code, intermediate)).statusCode(403)
                    .body("type", equalTo("/problems/not-organizing-court"));
        }
        amend(intermediate.director(), code, body(code, intermediate)).statusCode(200)
                .body("participatingCourts", contains(intermediate.code()));
    }

    @Test
    void shouldShowACampaignToDirectorsAndObserversAboveTheOrganizerOnly() {
        Court intermediate = Court.freshIntermediate();
        Court organizer = intermediate.child();
        Court sibling = intermediate.child();
        String code = freshCode();
        create(organizer.director(), body(code, organizer));

        for (String token : List.of(intermediate.director(), intermediate.observer(), new Court("测").observer())) {
            given().auth().oauth2(token).get("/api/campaigns").then().statusCode(200).body("code", hasItem(code));
            for (String path : List.of("", "/progress", "/ranking?metric=collected")) {
                given().auth().oauth2(token).get("/api/campaigns/{code}" + path, code).then().statusCode(200);
            }
        }
        for (String token : List.of(intermediate.judge(), intermediate.integrator(), sibling.director(),
                sibling.observer(), Court.freshIntermediate().director(), new Court("甘").director())) {
            given().auth().oauth2(token).get("/api/campaigns").then().statusCode(200)
                    .body("code", not(hasItem(code)));
            for (String path : List.of("", "/progress", "/ranking?metric=collected")) {
                given().auth().oauth2(token).get("/api/campaigns/{code}" + path, code).then().statusCode(404)
                        .body("type", equalTo("/problems/campaign-not-found"));
            }
        }
    }

    /** Another court's rows carrying the same code are that court's own work: they never count for this campaign. */
    @Test
    void shouldNotCountAnotherCourtsFiguresCarryingTheSameCode() {
        Court foreign = Court.fresh();
        Court organizer = Court.fresh();
        String code = freshCode();
        put(foreign, code, "2023-05-01", Metrics.CASES_FILED, "7");
        put(foreign, code, "2023-05-01", Metrics.COLLECTED, "5000.00");
        put(organizer, code, "2023-05-02", Metrics.CASES_FILED, "2");
        create(organizer.director(), body(code, organizer));

        given().auth().oauth2(organizer.director()).queryParam("metric", "cases_filed")
                .get("/api/campaigns/{code}/ranking", code).then().statusCode(200)
                .body("courts.court", contains(organizer.code()))
                .body("courts.courtName", contains("测试第" + organizer.code().substring(1) + "基层人民法院"))
                .body("total", equalTo(2));
        given().auth().oauth2(organizer.director()).queryParam("asOf", "2023-12-31")
                .get("/api/campaigns/{code}/progress", code).then().statusCode(200)
                .body("keyTasks[0].actual", equalTo(2));
        given().auth().oauth2(organizer.director()).queryParam("metric", "collected")
                .get("/api/campaigns/{code}/ranking", code).then().statusCode(200)
                .body("total", equalTo(0.0f));
        // The foreign court's own figures of its work stay its own.
        given().auth().oauth2(foreign.judge()).queryParam("campaign", code).queryParam("from", "2023-05-01")
                .queryParam("to", "2023-05-01").get("/api/metrics").then().statusCode(200)
                .body("total.metrics.cases_filed", equalTo(7));
    }

    private void put(Court court, String campaign, String day, String metric, String value) {
        QuarkusTransaction.requiringNew().run(() -> daily.add("case", court.code(), campaign, LocalDate.parse(day),
                metric, new BigDecimal(value)));
    }
}
