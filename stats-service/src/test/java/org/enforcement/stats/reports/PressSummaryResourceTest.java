package org.enforcement.stats.reports;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.enforcement.stats.metrics.Metrics;
import org.enforcement.stats.support.FeedStubs;
import org.enforcement.stats.support.Seeds;
import org.enforcement.stats.support.TestDatabase;
import org.enforcement.testing.Court;
import org.enforcement.testing.Tokens;
import org.junit.jupiter.api.Test;

/** GET /api/reports/press-summary: the Huaiyin release from its figures, as JSON or plain text. */
@QuarkusTest
@QuarkusTestResource(TestDatabase.class)
@QuarkusTestResource(FeedStubs.class)
class PressSummaryResourceTest {

    static final String HUAIYIN = "此次行动共出动干警50人次，查找被执行人26人，拘传8人，现场执行到位金额30余万元，执结案件13件，达成和解4件。";
    static final String CAMPAIGN = "淮执·9号";

    @Inject
    Seeds seeds;

    void seedDawnRaid(Court court) {
        seeds.put(court.code(), CAMPAIGN, "2023-02-02", Metrics.OFFICERS_DEPLOYED, "50");
        seeds.put(court.code(), CAMPAIGN, "2023-02-02", Metrics.OPERATION_TARGETS, "26");
        seeds.put(court.code(), CAMPAIGN, "2023-02-02", Metrics.SUMMONED, "5");
        seeds.put(court.code(), CAMPAIGN, "2023-02-03", Metrics.SUMMONED, "3");
        seeds.put(court.code(), CAMPAIGN, "2023-02-02", Metrics.COLLECTED_ON_SITE, "285000.00");
        seeds.put(court.code(), CAMPAIGN, "2023-02-02", Metrics.COLLECTED_ON_SITE, "20000.00");
        seeds.put(court.code(), CAMPAIGN, "2023-02-02", Metrics.CASES_CONCLUDED, "13");
        seeds.put(court.code(), CAMPAIGN, "2023-02-02", Metrics.SETTLEMENTS_ON_SITE, "4");
        seeds.put(court.code(), CAMPAIGN, "2023-02-02", Metrics.WITNESSES, "5");
    }

    @Test
    void shouldWriteTheHuaiyinReleaseAsJson() {
        Court court = Court.fresh();
        seedDawnRaid(court);
        // Outside the range, and outside the campaign: not counted.
        seeds.put(court.code(), CAMPAIGN, "2023-03-01", Metrics.DETAINED, "1");
        seeds.put(court.code(), "", "2023-02-02", Metrics.OFFICERS_DEPLOYED, "7");
        given().auth().oauth2(court.director()).queryParam("campaign", CAMPAIGN).queryParam("from", "2023-02-01")
                .queryParam("to", "2023-02-28").get("/api/reports/press-summary").then()
                .statusCode(200)
                .contentType("application/json")
                .body("text", equalTo(HUAIYIN))
                .body("court", equalTo(court.code()))
                .body("campaign", equalTo(CAMPAIGN))
                .body("from", equalTo("2023-02-01"))
                .body("to", equalTo("2023-02-28"))
                .body("figures.officers_deployed", equalTo(50))
                .body("figures.collected_on_site", equalTo(305000.00f))
                .body("figures.detained", equalTo(0))
                .body("figures.witnesses", nullValue());
    }

    @Test
    void shouldAnswerOnlyTheTextForTextPlain() {
        Court court = Court.fresh();
        seedDawnRaid(court);
        seeds.put(court.code(), CAMPAIGN, "2023-02-02", Metrics.STREAMS, "1");
        seeds.put(court.code(), CAMPAIGN, "2023-02-02", Metrics.VIEWERS, "985000");
        seeds.put(court.code(), CAMPAIGN, "2023-02-02", Metrics.DETAINED, "1");
        String text = given().auth().oauth2(court.judge()).accept("text/plain").queryParam("campaign", CAMPAIGN)
                .queryParam("from", "2023-02-01").queryParam("to", "2023-02-28").get("/api/reports/press-summary")
                .then().statusCode(200).contentType(containsString("text/plain")).extract().asString();
        org.assertj.core.api.Assertions.assertThat(text).isEqualTo("此次行动共出动干警50人次，查找被执行人26人，拘传8人，"
                + "司法拘留1人，现场执行到位金额30余万元，执结案件13件，达成和解4件，开展网络直播1场，观看近100万人次。");
    }

    @Test
    void shouldSayThereIsNothingAndHideOtherCourts() {
        Court court = Court.fresh();
        Court other = Court.fresh();
        seedDawnRaid(other);
        String query = "from=2023-02-01&to=2023-02-28&court=" + other.code();
        given().auth().oauth2(court.director()).get("/api/reports/press-summary?" + query).then()
                .statusCode(200).body("text", equalTo("暂无可发布的执行数据。"));
        given().auth().oauth2(other.integrator()).get("/api/reports/press-summary?" + query).then()
                .statusCode(200).body("text", equalTo(HUAIYIN));
    }

    @Test
    void shouldReportEveryCourtWithANullCourtToAServiceAccount() {
        // The answer is checked against the contract too (ContractResponsesHook): court must be declared nullable.
        Court court = Court.fresh();
        seedDawnRaid(court);
        given().auth().oauth2(Tokens.serviceAccount("court-integration")).queryParam("campaign", CAMPAIGN)
                .queryParam("from", "2023-02-01").queryParam("to", "2023-02-28")
                .get("/api/reports/press-summary").then()
                .statusCode(200).body("court", nullValue()).body("campaign", equalTo(CAMPAIGN));
    }

    @Test
    void shouldAnswer400ProblemsForBadQueries() {
        Court court = Court.fresh();
        given().auth().oauth2(court.judge()).get("/api/reports/press-summary?from=2023-02-30").then()
                .statusCode(400).contentType("application/problem+json").body("errors.field", contains("from"));
        given().auth().oauth2(court.judge()).get("/api/reports/press-summary?from=2023-03-02&to=2023-03-01").then()
                .statusCode(400).contentType("application/problem+json")
                .body("detail", equalTo("from must not be after to"));
        given().auth().oauth2(court.judge()).accept("text/plain").get("/api/reports/press-summary?to=tomorrow")
                .then().statusCode(400).contentType("application/problem+json").body("errors.field", contains("to"));
        given().get("/api/reports/press-summary").then().statusCode(401).contentType("application/problem+json");
        given().auth().oauth2(court.clerk()).get("/api/reports/press-summary").then().statusCode(403)
                .contentType("application/problem+json");
    }
}
