package org.enforcement.stats.campaigns;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.enforcement.stats.campaigns.CampaignFixtures.campaign;
import static org.enforcement.stats.campaigns.CampaignFixtures.create;
import static org.enforcement.stats.campaigns.CampaignFixtures.freshCode;
import static org.enforcement.stats.campaigns.CampaignFixtures.task;
import static org.enforcement.stats.campaigns.CampaignFixtures.with;
import static org.enforcement.stats.charts.SvgParsing.elements;
import static org.enforcement.stats.charts.SvgParsing.parse;
import static org.enforcement.stats.charts.SvgParsing.texts;
import static org.enforcement.stats.charts.SvgParsing.title;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import org.enforcement.stats.support.FeedStubs;
import org.enforcement.stats.support.Seeds;
import org.enforcement.stats.support.TestDatabase;
import org.enforcement.testing.Court;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** GET /api/campaigns/{code}/charts/progress.svg: the key tasks of the progress as bars, statuses in Chinese. */
@QuarkusTest
@QuarkusTestResource(TestDatabase.class)
@QuarkusTestResource(FeedStubs.class)
class CampaignProgressChartTest {

    @Inject
    Seeds seeds;

    static Document chart(String token, String code, String asOf) {
        return parse(given().auth().oauth2(token).queryParam("asOf", asOf)
                .get("/api/campaigns/{code}/charts/progress.svg", code).then()
                .statusCode(200).contentType(startsWith("image/svg+xml")).extract().asString());
    }

    /** The width of the coloured part of each bar and its colour, in row order. */
    static List<String> fills(Document doc) {
        return elements(doc, "rect", "done").stream().map(e -> e.getAttribute("fill")).toList();
    }

    @Test
    void shouldDrawEachKeyTaskWithItsFiguresAndStatus() {
        Court high = Court.freshIntermediate();
        Court liangzhou = high.child();
        Court outsider = Court.fresh();
        String code = freshCode();
        create(high.director(), campaign(code, high.code(), List.of(liangzhou.code()),
                with(task(1, "cases_concluded", 1000, "TOTAL", "2023-12-31"), "title", "集中清理执行积案"),
                with(with(task(2, "streams", 2, "MONTHLY", "2023-12-31"), "minPlatforms", 8), "title",
                        "“直击执行现场”直播"),
                with(task(3, "officers_deployed", 100, "TOTAL", "2023-04-30"), "title", "集中执行行动")));
        seeds.put(high.code(), code, "2023-04-15", "cases_concluded", "100");
        seeds.put(liangzhou.code(), code, "2023-05-10", "cases_concluded", "80");
        seeds.put(outsider.code(), code, "2023-05-10", "cases_concluded", "900");
        seeds.put(liangzhou.code(), code, "2023-04-10", "streams_platforms_8", "2");
        seeds.put(liangzhou.code(), code, "2023-05-05", "streams_platforms_8", "1");
        seeds.put(liangzhou.code(), code, "2023-05-06", "streams_platforms_3", "5");
        seeds.put(liangzhou.code(), code, "2023-04-02", "officers_deployed", "50");

        // 20 May: 180 of 1000 where 181.82 were due; April met, May running; task 3 overdue at 50 of 100.
        Document may20 = chart(liangzhou.judge(), code, "2023-05-20");
        assertThat(title(may20)).isEqualTo("“" + code + "”执行专项行动 重点工作进展（截至2023-05-20）");
        assertThat(texts(may20, "text", "label"))
                .containsExactly("1. 集中清理执行积案", "2. 【5月】“直击执行现场”直播", "3. 集中执行行动");
        assertThat(texts(may20, "text", "figures"))
                .containsExactly("180 / 1000（18%）", "1 / 2（50%）", "50 / 100（50%）");
        assertThat(texts(may20, "text", "status")).containsExactly("进度滞后", "按进度推进", "未完成");
        assertThat(fills(may20)).containsExactly("#e67e22", "#2e86de", "#c0392b");
        List<Element> done = elements(may20, "rect", "done");
        // 18% and 50% of the 336 units wide track.
        assertThat(done.get(0).getAttribute("width")).isEqualTo("60.5");
        assertThat(done.get(1).getAttribute("width")).isEqualTo("168");

        // After the end: the last month (December, no streams) is shown; task 1 missed.
        Document after = chart(high.observer(), code, "2024-02-01");
        assertThat(texts(after, "text", "label")).contains("2. 【12月】“直击执行现场”直播");
        assertThat(texts(after, "text", "figures")).startsWith("180 / 1000（18%）", "0 / 2（0%）");
        assertThat(texts(after, "text", "status")).containsExactly("未完成", "未完成", "未完成");

        // A finished month without enough streams makes the monthly task lag; on 15 April all is on track.
        Document june = chart(high.director(), code, "2023-06-02");
        assertThat(texts(june, "text", "label")).contains("2. 【6月】“直击执行现场”直播");
        assertThat(texts(june, "text", "status").get(1)).isEqualTo("进度滞后");
        assertThat(texts(chart(high.director(), code, "2023-04-15"), "text", "status"))
                .containsExactly("按进度推进", "按进度推进", "按进度推进");
    }

    @Test
    void shouldDrawNoDataWithoutKeyTasks() {
        Court high = Court.freshIntermediate();
        String code = freshCode();
        create(high.director(), campaign(code, high.code(), List.of()));
        Document doc = chart(high.judge(), code, "2023-05-01");
        assertThat(texts(doc, "text", "no-data")).containsExactly("暂无数据");
        assertThat(elements(doc, "g", "progress")).isEmpty();
    }

    @Test
    void shouldScopeAndCheckLikeTheProgress() {
        Court high = Court.freshIntermediate();
        String code = freshCode();
        create(high.director(), campaign(code, high.code(), List.of(),
                task(1, "cases_concluded", 10, "TOTAL", "2023-12-31")));
        given().auth().oauth2(Court.fresh().director()).get("/api/campaigns/{code}/charts/progress.svg", code)
                .then().statusCode(404).contentType("application/problem+json")
                .body("type", equalTo("/problems/campaign-not-found"));
        given().auth().oauth2(high.judge()).get("/api/campaigns/{code}/charts/progress.svg", freshCode())
                .then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(high.judge()).queryParam("asOf", "2023-13-01")
                .get("/api/campaigns/{code}/charts/progress.svg", code)
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("asOf"));
        given().get("/api/campaigns/{code}/charts/progress.svg", code).then().statusCode(401);
        given().auth().oauth2(high.clerk()).get("/api/campaigns/{code}/charts/progress.svg", code).then()
                .statusCode(403).contentType("application/problem+json");
    }
}
