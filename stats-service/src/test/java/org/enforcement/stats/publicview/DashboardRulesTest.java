package org.enforcement.stats.publicview;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.enforcement.stats.charts.SvgParsing.elements;
import static org.enforcement.stats.charts.SvgParsing.parse;
import static org.enforcement.stats.charts.SvgParsing.title;
import static org.enforcement.stats.publicview.RegisteredCampaignTest.register;
import static org.enforcement.stats.publicview.RegisteredCampaignTest.task;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.enforcement.stats.metrics.Metrics;
import org.enforcement.stats.support.FeedStubs;
import org.enforcement.stats.support.Seeds;
import org.enforcement.stats.support.TestDatabase;
import org.enforcement.testing.Court;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * What a press office or a citizen expects of the public dashboard (issue 15): figures in 万元 / 亿元 and 人次 alike
 * everywhere, courts by name and counted from the campaign, 截至 never after the campaign's end, a 404 a browser can
 * read, and charts legible on a 390 px wide phone.
 */
@QuarkusTest
@QuarkusTestResource(TestDatabase.class)
@QuarkusTestResource(FeedStubs.class)
class DashboardRulesTest {

    /** The Accept Chromium sends when a person opens a link. */
    static final String BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,"
            + "image/apng,*/*;q=0.8,application/signed-exchange;v=b3;q=0.7";
    /** A phone's viewport less the page's 12 px padding on each side. */
    static final double PHONE_CONTENT_WIDTH = 390 - 2 * 12;

    @Inject
    Seeds seeds;

    /** A request as a browser sends it when a person opens a link: a navigation, HTML first. */
    static io.restassured.specification.RequestSpecification browser() {
        return given().accept(BROWSER).header("Sec-Fetch-Mode", "navigate").header("Sec-Fetch-Dest", "document");
    }

    LocalDate today;
    Court high;
    Court liangzhou;
    Court gulang;
    Court minqin;
    String code;

    @BeforeEach
    void courts() {
        today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        high = Court.freshIntermediate();
        liangzhou = high.child();
        gulang = high.child();
        minqin = high.child();
        code = "陇原风暴" + ThreadLocalRandom.current().nextInt(100_000, 999_999);
    }

    /** Organizer and three participating courts, figures from Liangzhou only, a key task of 3亿元. */
    void seedRunning() {
        register(high, code, "“陇原风暴”执行专项行动", List.of(liangzhou.code(), gulang.code(), minqin.code()),
                today.minusDays(40), today.plusDays(200), List.of(
                        task(1, "执行到位金额不少于3亿元，其中现场执行到位金额不少于2.5亿元", "collected",
                                "300000000.00", "TOTAL", today.plusDays(200)),
                        task(2, "“直击执行现场”直播每月不少于2场、8个平台同步", "streams", 2, "MONTHLY",
                                today.plusDays(200))));
        String day = today.minusDays(5).toString();
        seeds.put(liangzhou.code(), code, day, Metrics.COLLECTED, "318110.00");
        seeds.put(liangzhou.code(), code, day, Metrics.COLLECTED_ON_SITE, "305000.00");
        seeds.put(liangzhou.code(), code, day, Metrics.VIEWERS, "938400");
        seeds.put(liangzhou.code(), code, day, "viewers_on_DOUYIN", "938400");
        seeds.put(liangzhou.code(), code, day, Metrics.STREAMS, "1");
        seeds.put(liangzhou.code(), code, day, Metrics.OFFICERS_DEPLOYED, "50");
        seeds.put(liangzhou.code(), code, day, Metrics.SETTLEMENTS, "6");
        seeds.put(liangzhou.code(), code, day, Metrics.SETTLEMENTS_ON_SITE, "4");
        seeds.put(gulang.code(), code, day, Metrics.COLLECTED, "300000000.00");
    }

    String page() {
        return given().queryParam("campaign", code).get("/public/dashboard").then().statusCode(200)
                .contentType("text/html").extract().asString();
    }

    @Test
    void shouldShowEveryFigureInWanOrYiWithItsUnitOnCardsTablesAndBars() {
        seedRunning();
        String html = page();
        assertThat(html)
                .contains("<span class=\"label\">执行到位金额</span><data class=\"value\" value=\"300318110.00\">3亿元</data>")
                .contains("<span class=\"label\">现场执行到位金额</span><data class=\"value\" value=\"305000.00\">30.5万元</data>")
                .contains("<span class=\"label\">观看</span><data class=\"value\" value=\"938400\">93.8万人次</data>")
                .contains("<span class=\"label\">出动干警</span><data class=\"value\" value=\"50\">50人次</data>");
        // 执行和解 and its part 现场达成和解 side by side, as the press text names them.
        assertThat(html).contains("<li><span class=\"label\">执行和解</span><data class=\"value\" value=\"6\">6件</data></li>\n"
                + "<li><span class=\"label\">现场达成和解</span><data class=\"value\" value=\"4\">4件</data></li>");
        // Tables: the key task's target and the courts' money in the same units.
        assertThat(html).contains("<td class=\"number\">3亿元</td><td class=\"number\">3亿元</td>")
                .contains("<td>" + name(liangzhou) + "</td><td class=\"number\">31.8万元</td>");
        // Never a raw amount (but in <data value> for machines), with thousands separators or fen.
        String shown = html.replaceAll("value=\"[0-9.]+\"", "");
        for (String raw : List.of("318110", "305000", "938400", "300000000", "300318110", ".00")) {
            assertThat(shown).doesNotContain(raw);
        }
        assertThat(shown).doesNotContainPattern("\\d,\\d{3}");
        // Bars labelled alike.
        assertThat(html).contains(">31.8万</text>").contains(">93.8万</text>").contains(">3亿</text>");
        JsonPath figures = given().get("/public/campaigns/{code}/figures", code).then().statusCode(200).extract()
                .jsonPath();
        assertThat(figures.getLong("settlements")).isEqualTo(6);
        assertThat(figures.getLong("settlementsOnSite")).isEqualTo(4);
    }

    @Test
    void shouldNameCourtsAsTheRegistryDoesAndCountTheCampaignsCourts() {
        seedRunning();
        String html = page();
        // Four courts take part (the organizer and three others), though two of them have no figures yet.
        assertThat(html).contains("参与法院4家");
        JsonPath figures = given().get("/public/campaigns/{code}/figures", code).then().statusCode(200).extract()
                .jsonPath();
        assertThat(figures.getInt("participatingCourts")).isEqualTo(4);
        assertThat(figures.getInt("courts")).as("courts with figures").isEqualTo(2);
        // The ranking (chart and table) names every court, highest first; no court code anywhere on the page.
        String table = html.substring(html.indexOf("<table class=\"courts\">"));
        assertThat(table).containsSubsequence("<td class=\"number\">1</td><td>" + name(gulang) + "</td>",
                "<td class=\"number\">2</td><td>" + name(liangzhou) + "</td>");
        assertThat(table).contains("<td>" + name(minqin) + "</td><td class=\"number\">0元</td>")
                .contains("<td>" + name(high) + "</td>");
        assertThat(html).contains(">" + name(gulang) + "</text>").contains(">" + name(minqin) + "</text>");
        for (Court court : List.of(high, liangzhou, gulang, minqin)) {
            assertThat(html.replace("organiser=" + high.code(), "")).doesNotContain(court.code());
        }
    }

    @Test
    void shouldShowAnEndedCampaignAsOfItsLastDay() {
        LocalDate endsOn = today.minusDays(10);
        register(high, code, "“春雷”专项行动", List.of(liangzhou.code()), today.minusDays(100), endsOn, List.of(
                task(1, "集中清理执行积案", "cases_concluded", 10, "TOTAL", endsOn),
                task(2, "执行到位金额", "collected", "100000.00", "TOTAL", endsOn)));
        seeds.put(liangzhou.code(), code, today.minusDays(50).toString(), Metrics.CASES_CONCLUDED, "12");
        seeds.put(liangzhou.code(), code, today.minusDays(50).toString(), Metrics.COLLECTED, "5000.00");

        JsonPath figures = given().get("/public/campaigns/{code}/figures", code).then().statusCode(200).extract()
                .jsonPath();
        assertThat(figures.getString("progressAsOf")).isEqualTo(endsOn.toString());
        assertThat(figures.getBoolean("ended")).isTrue();
        assertThat(figures.getList("keyTasks.status")).containsExactly("ACHIEVED", "MISSED");

        String html = page();
        assertThat(html).contains("<h2>重点工作完成情况（已结束，截至" + endsOn + "）</h2>").contains("至 " + endsOn + "（已结束）");
        assertThat(html).contains("<td class=\"status\">已完成</td>").contains("<td class=\"status\">未完成</td>");
        // No 截至 after the end, on the page or in the key-task chart.
        Matcher asOf = Pattern.compile("截至(\\d{4}-\\d{2}-\\d{2})").matcher(html);
        int found = 0;
        while (asOf.find()) {
            assertThat(LocalDate.parse(asOf.group(1))).isBeforeOrEqualTo(endsOn);
            found++;
        }
        assertThat(found).isGreaterThanOrEqualTo(2);
        Document chart = parse(given().get("/public/campaigns/{code}/charts/key-tasks.svg", code).then()
                .statusCode(200).extract().asString());
        assertThat(title(chart)).isEqualTo("“春雷”专项行动 重点工作完成情况（已结束，截至" + endsOn + "）");
    }

    @Test
    void shouldJudgeARunningCampaignToday() {
        seedRunning();
        JsonPath figures = given().get("/public/campaigns/{code}/figures", code).then().statusCode(200).extract()
                .jsonPath();
        assertThat(figures.getString("progressAsOf")).isEqualTo(today.toString());
        assertThat(figures.getBoolean("ended")).isFalse();
        assertThat(page()).contains("<h2>重点工作进展（截至" + today + "）</h2>").doesNotContain("已结束");
    }

    @Test
    void shouldAnswerABrowserAnHtml404AndAnApiClientProblemJson() {
        String unknown = Seeds.freshCampaign("<无此行动>");
        String html = browser().queryParam("campaign", unknown).get("/public/dashboard").then()
                .statusCode(404).contentType("text/html")
                .header("Content-Security-Policy", containsString("style-src 'sha256-"))
                .extract().asString();
        assertThat(html).startsWith("<!DOCTYPE html>").contains("<h1>未找到专项行动</h1>")
                .contains("“" + unknown.replace("<", "&lt;").replace(">", "&gt;") + "”")
                .contains("<a href=\"/public/dashboard\">全部专项行动</a>").doesNotContain("<script");
        // The public figures and charts opened in a browser too.
        for (String path : List.of("figures", "charts/key-tasks.svg", "charts/collections.svg", "charts/ranking.svg")) {
            browser().get("/public/campaigns/{code}/" + path, unknown).then().statusCode(404)
                    .contentType("text/html").body(containsString("未找到专项行动"));
        }
        // Programs: any type, JSON or an image first, or text/html only after them.
        for (String accept : List.of("*/*", "application/json", "application/json, text/html;q=0.5")) {
            given().accept(accept).header("Sec-Fetch-Mode", "navigate")
                    .get("/public/campaigns/{code}/figures", unknown).then().statusCode(404)
                    .contentType("application/problem+json").body("type", equalTo("/problems/campaign-not-found"));
        }
        for (String accept : List.of("*/*", "image/svg+xml", "image/svg+xml,*/*;q=0.8", "image/*, text/html;q=0.1")) {
            given().accept(accept).header("Sec-Fetch-Mode", "navigate")
                    .get("/public/campaigns/{code}/charts/key-tasks.svg", unknown).then()
                    .statusCode(404).contentType("application/problem+json")
                    .body("type", equalTo("/problems/campaign-not-found"));
        }
        // A program that only accepts HTML (the contract's type), not a browser's navigation: problem+json.
        given().accept("text/html").queryParam("campaign", unknown).get("/public/dashboard").then().statusCode(404)
                .contentType("application/problem+json").body("type", equalTo("/problems/campaign-not-found"));
        given().accept(BROWSER).queryParam("campaign", unknown).get("/public/dashboard").then().statusCode(404)
                .contentType("application/problem+json");
        given().accept("*/*").queryParam("campaign", unknown).get("/public/dashboard").then().statusCode(404)
                .contentType("application/problem+json").body("type", equalTo("/problems/campaign-not-found"));
        given().header("Accept", "").queryParam("campaign", unknown).get("/public/dashboard").then()
                .statusCode(404).contentType("application/problem+json");
        // A browser still gets the page of a published campaign, and a 400 stays problem+json.
        seedRunning();
        browser().queryParam("campaign", code).get("/public/dashboard").then().statusCode(200)
                .contentType("text/html");
        browser().queryParam("campaign", "x".repeat(101)).get("/public/dashboard").then()
                .statusCode(400).contentType("application/problem+json");
    }

    @Test
    void shouldDrawChartsWhoseTextIsAtLeast12PxOnA390PxWidePhone() {
        seedRunning();
        String html = page();
        List<String> svgs = new ArrayList<>();
        Matcher svg = Pattern.compile("<svg .*?</svg>", Pattern.DOTALL).matcher(html);
        while (svg.find()) {
            svgs.add(svg.group());
        }
        assertThat(svgs).hasSize(4);
        svgs.add(given().get("/public/campaigns/{code}/charts/ranking.svg", code).then()
                .contentType(startsWith("image/svg+xml")).extract().asString());
        for (String chart : svgs) {
            Document doc = parse(chart);
            Element root = doc.getDocumentElement();
            double viewBoxWidth = Double.parseDouble(root.getAttribute("viewBox").split(" ")[2]);
            // max-width:100%: the chart is drawn at its width, or the page's when that is narrower.
            double scale = Math.min(Double.parseDouble(root.getAttribute("width")), PHONE_CONTENT_WIDTH)
                    / viewBoxWidth;
            assertThat(Double.parseDouble(root.getAttribute("font-size")) * scale).isGreaterThanOrEqualTo(12);
            List<Element> texts = elements(doc, "text", null);
            assertThat(texts).isNotEmpty();
            for (Element text : texts) {
                assertThat(Double.parseDouble(text.getAttribute("font-size")) * scale)
                        .as("%s in %s", text.getTextContent(), title(doc)).isGreaterThanOrEqualTo(12);
            }
        }
        // Every chart with bars has them.
        assertThat(svgs.stream().filter(s -> s.contains("class=\"bar\"") || s.contains("class=\"done\"")).count())
                .isEqualTo(5);
    }

    static String name(Court court) {
        return "测试第" + court.code().substring(1) + (court.code().length() > 7 ? "基层" : "中级") + "人民法院";
    }
}
