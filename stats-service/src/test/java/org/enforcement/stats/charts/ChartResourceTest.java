package org.enforcement.stats.charts;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.enforcement.stats.charts.SvgParsing.elements;
import static org.enforcement.stats.charts.SvgParsing.parse;
import static org.enforcement.stats.charts.SvgParsing.texts;
import static org.enforcement.stats.charts.SvgParsing.title;
import static org.hamcrest.Matchers.contains;
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

/** GET /api/charts/*.svg: bars per month and per platform from the metrics. */
@QuarkusTest
@QuarkusTestResource(TestDatabase.class)
@QuarkusTestResource(FeedStubs.class)
class ChartResourceTest {

    @Inject
    Seeds seeds;

    static Document svg(String token, String path) {
        return parse(given().auth().oauth2(token).get(path).then().statusCode(200)
                .contentType(startsWith("image/svg+xml")).extract().asString());
    }

    @Test
    void shouldDrawMoneyCollectedPerMonth() {
        Court court = Court.fresh();
        seeds.put(court.code(), "", "2023-02-02", Metrics.COLLECTED, "300000.00");
        seeds.put(court.code(), "", "2023-02-20", Metrics.COLLECTED, "5000.00");
        seeds.put(court.code(), "", "2023-04-30", Metrics.COLLECTED, "8500.00");
        Document doc = svg(court.judge(), "/api/charts/collections.svg?from=2023-02-01&to=2023-04-30");
        assertThat(elements(doc, "rect", "bar")).hasSize(3);
        assertThat(texts(doc, "text", "label")).containsExactly("2023-02", "2023-03", "2023-04");
        assertThat(texts(doc, "text", "value")).containsExactly("30.5万", "0", "8500");
        assertThat(title(doc)).isEqualTo(court.code() + " 执行到位金额（元，按月）");
    }

    @Test
    void shouldDrawViewersPerPlatformInChinese() {
        Court court = Court.fresh();
        String campaign = "直击执行现场<&>";
        seeds.put(court.code(), campaign, "2023-05-10", "viewers_on_DOUYIN", "600000");
        seeds.put(court.code(), campaign, "2023-05-10", "viewers_on_TAOBAO_LIVE", "305000");
        seeds.put(court.code(), campaign, "2023-05-20", "viewers_on_WECHAT_CHANNELS", "80000");
        seeds.put(court.code(), campaign, "2023-05-20", "viewers_on_KUAISHOU", "0");
        seeds.put(court.code(), campaign, "2023-05-20", Metrics.VIEWERS, "985000");
        String xml = given().auth().oauth2(court.observer()).queryParam("campaign", campaign)
                .queryParam("from", "2023-05-01").queryParam("to", "2023-05-31")
                .get("/api/charts/viewers-by-platform.svg").then().statusCode(200).extract().asString();
        assertThat(xml).contains("&lt;&amp;&gt;");
        Document doc = parse(xml);
        assertThat(texts(doc, "text", "label")).containsExactly("抖音", "淘宝直播", "微信视频号");
        assertThat(texts(doc, "text", "value")).containsExactly("60万", "30.5万", "8万");
        assertThat(title(doc)).isEqualTo("直击执行现场<&> 各平台直播观看人次");
    }

    @Test
    void shouldDrawNoDataForAnEmptyRange() {
        Court court = Court.fresh();
        Document doc = svg(court.director(), "/api/charts/viewers-by-platform.svg?from=2023-01-01&to=2023-01-31");
        assertThat(elements(doc, "rect", "bar")).isEmpty();
        assertThat(texts(doc, "text", "no-data")).containsExactly("暂无数据");
        doc = svg(court.director(), "/api/charts/collections.svg?from=2023-01-01&to=2023-01-31");
        assertThat(texts(doc, "text", "no-data")).containsExactly("暂无数据");
    }

    @Test
    void shouldAnswerProblemsForBadQueries() {
        Court court = Court.fresh();
        given().auth().oauth2(court.judge()).get("/api/charts/collections.svg?from=2023-13-01").then()
                .statusCode(400).contentType("application/problem+json").body("errors.field", contains("from"));
        given().auth().oauth2(court.judge()).get("/api/charts/viewers-by-platform.svg?from=2023-03-02&to=2023-03-01")
                .then().statusCode(400).contentType("application/problem+json");
        given().get("/api/charts/collections.svg").then().statusCode(401).contentType("application/problem+json");
        given().auth().oauth2(court.officer()).get("/api/charts/collections.svg").then().statusCode(403)
                .contentType("application/problem+json");
    }
}
