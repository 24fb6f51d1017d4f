package org.enforcement.stats.publicview;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.enforcement.stats.charts.SvgParsing.elements;
import static org.enforcement.stats.charts.SvgParsing.parse;
import static org.enforcement.stats.charts.SvgParsing.texts;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.enforcement.stats.metrics.Metrics;
import org.enforcement.stats.support.FeedStubs;
import org.enforcement.stats.support.Seeds;
import org.enforcement.stats.support.TestDatabase;
import org.enforcement.testing.Court;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/** GET /public/campaigns/{code}/...: a campaign's totals across courts and its charts, without a token. */
@QuarkusTest
@QuarkusTestResource(TestDatabase.class)
@QuarkusTestResource(FeedStubs.class)
class PublicCampaignResourceTest {

    @Inject
    Seeds seeds;

    /** Two courts of the campaign, over two months; one court's work outside the campaign. */
    String seedCampaign() {
        String campaign = Seeds.freshCampaign("陇原风暴");
        Court liangzhou = Court.fresh();
        Court wuwei = Court.fresh();
        Seeds.publish(campaign, liangzhou.code(), wuwei.code());
        seeds.put(liangzhou.code(), campaign, "2023-04-12", Metrics.OFFICERS_DEPLOYED, "30");
        seeds.put(wuwei.code(), campaign, "2023-05-03", Metrics.OFFICERS_DEPLOYED, "20");
        seeds.put(liangzhou.code(), campaign, "2023-04-12", Metrics.OPERATION_TARGETS, "26");
        seeds.put(liangzhou.code(), campaign, "2023-04-12", Metrics.SUMMONED, "8");
        seeds.put(wuwei.code(), campaign, "2023-05-03", Metrics.DETAINED, "1");
        seeds.put(liangzhou.code(), campaign, "2023-04-12", Metrics.COLLECTED_ON_SITE, "305000.00");
        seeds.put(liangzhou.code(), campaign, "2023-04-12", Metrics.COLLECTED, "305000.00");
        seeds.put(wuwei.code(), campaign, "2023-05-03", Metrics.COLLECTED, "945000.50");
        seeds.put(liangzhou.code(), campaign, "2023-04-12", Metrics.CASES_CONCLUDED, "13");
        seeds.put(liangzhou.code(), campaign, "2023-04-12", Metrics.SETTLEMENTS, "6");
        seeds.put(liangzhou.code(), campaign, "2023-04-12", Metrics.SETTLEMENTS_ON_SITE, "4");
        seeds.put(wuwei.code(), campaign, "2023-05-03", Metrics.STREAMS, "2");
        seeds.put(wuwei.code(), campaign, "2023-05-03", Metrics.VIEWERS, "985000");
        seeds.put(wuwei.code(), campaign, "2023-05-03", "viewers_on_DOUYIN", "600000");
        seeds.put(wuwei.code(), campaign, "2023-05-03", "viewers_on_WEIBO", "385000");
        seeds.put(liangzhou.code(), "", "2023-04-12", Metrics.OFFICERS_DEPLOYED, "99");
        return campaign;
    }

    /** The public figures are cached (PublicFiguresCache), but a write to daily_metric empties the cache. */
    @Test
    void shouldShowNewFiguresAsSoonAsTheyAreWritten() {
        String campaign = Seeds.freshCampaign("淮执·缓存");
        Court court = Court.fresh();
        Court other = Court.fresh();
        Seeds.publish(campaign, court.code(), other.code());
        seeds.put(court.code(), campaign, "2023-04-12", Metrics.COLLECTED, "100.00");
        given().get("/public/campaigns/{code}/figures", campaign).then().statusCode(200)
                .body("collected", equalTo(100.00f)).body("to", equalTo("2023-04-12")).body("courts", equalTo(1));
        given().get("/public/campaigns/{code}/charts/collections.svg", campaign).then().statusCode(200)
                .body(containsString("100"));

        seeds.put(other.code(), campaign, "2023-05-13", Metrics.COLLECTED, "0.01");

        given().get("/public/campaigns/{code}/figures", campaign).then().statusCode(200)
                .body("collected", equalTo(100.01f)).body("to", equalTo("2023-05-13")).body("courts", equalTo(2));
        given().get("/public/campaigns/{code}/charts/collections.svg", campaign).then().statusCode(200)
                .body(containsString("2023-05"));
        given().queryParam("campaign", campaign).get("/public/dashboard").then().statusCode(200)
                .body(containsString("2023-05-13"));
    }

    @Test
    void shouldPublishCampaignTotalsWithoutAToken() {
        String campaign = seedCampaign();
        given().get("/public/campaigns/{code}/figures", campaign).then()
                .statusCode(200)
                .contentType("application/json")
                .header("Cache-Control", "public, no-cache")
                .body("campaign", equalTo(campaign))
                .body("from", equalTo("2023-04-12"))
                .body("to", equalTo("2023-05-03"))
                .body("courts", equalTo(2))
                .body("officersDeployed", equalTo(50))
                .body("debtorsSought", equalTo(26))
                .body("summoned", equalTo(8))
                .body("detained", equalTo(1))
                .body("collectedOnSite", equalTo(305000.00f))
                .body("collected", equalTo(1250000.50f))
                .body("casesConcluded", equalTo(13))
                .body("settlements", equalTo(6))
                .body("settlementsOnSite", equalTo(4))
                .body("streams", equalTo(2))
                .body("viewers", equalTo(985000))
                .body("platforms", equalTo(2))
                .body("pressSummary", equalTo("“" + campaign + "”专项行动开展以来，共出动干警50人次，查找被执行人26人，"
                        + "拘传8人，司法拘留1人，执行到位金额120余万元，其中现场执行到位金额30余万元，执结案件13件，"
                        + "达成执行和解6件，其中现场达成和解4件，开展网络直播2场，观看近100万人次。"));
    }

    @Test
    void shouldDrawTheCampaignCharts() {
        String campaign = seedCampaign();
        String collections = given().get("/public/campaigns/{code}/charts/collections.svg", campaign).then()
                .statusCode(200).contentType(startsWith("image/svg+xml"))
                .header("Cache-Control", "public, no-cache").extract().asString();
        Document doc = parse(collections);
        assertThat(texts(doc, "text", "label")).containsExactly("2023-04", "2023-05");
        assertThat(texts(doc, "text", "value")).containsExactly("30.5万", "94.5万");
        Document viewers = parse(given().get("/public/campaigns/{code}/charts/viewers-by-platform.svg", campaign)
                .then().statusCode(200).contentType(startsWith("image/svg+xml")).extract().asString());
        assertThat(elements(viewers, "rect", "bar")).hasSize(2);
        assertThat(texts(viewers, "text", "label")).containsExactly("抖音", "微博");
    }

    /** A code typed on one case would publish that case's amounts: only a published campaign is public. */
    @Test
    void shouldAnswer404ProblemForACodeNobodyPublishedWhateverFiguresCarryIt() {
        String campaign = Seeds.freshCampaign("无此行动");
        seeds.put(Court.fresh().code(), campaign, "2023-04-12", Metrics.COLLECTED, "12345.00");
        for (String path : new String[] {"figures", "charts/collections.svg", "charts/viewers-by-platform.svg",
                "charts/key-tasks.svg", "charts/ranking.svg"}) {
            given().get("/public/campaigns/{code}/" + path, campaign).then()
                    .statusCode(404)
                    .contentType("application/problem+json")
                    .body("type", equalTo("/problems/campaign-not-found"))
                    .body("detail", containsString(campaign));
        }
        given().queryParam("campaign", campaign).get("/public/dashboard").then().statusCode(404);
        assertThat(given().get("/public/dashboard").then().statusCode(200).extract().asString())
                .doesNotContain(campaign);
        given().get("/public/campaigns/{code}/figures", "x".repeat(101)).then()
                .statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("code"));
        given().get("/public/campaigns/{code}/figures", " ").then()
                .statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("code"));
    }

    @Test
    void shouldStayPublicWhateverTokenIsSent() {
        String campaign = seedCampaign();
        given().auth().oauth2(Court.fresh().clerk()).get("/public/campaigns/{code}/figures", campaign).then()
                .statusCode(200).body("officersDeployed", equalTo(50));
    }
}
