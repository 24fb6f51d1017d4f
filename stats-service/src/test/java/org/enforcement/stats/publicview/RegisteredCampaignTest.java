package org.enforcement.stats.publicview;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.enforcement.stats.charts.SvgParsing.elements;
import static org.enforcement.stats.charts.SvgParsing.parse;
import static org.enforcement.stats.charts.SvgParsing.texts;
import static org.enforcement.stats.charts.SvgParsing.title;
import static org.enforcement.stats.support.FeedStubs.event;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.enforcement.stats.ingestion.Ingestion;
import org.enforcement.stats.metrics.Metrics;
import org.enforcement.stats.support.Cursors;
import org.enforcement.stats.support.FeedStubs;
import org.enforcement.stats.support.Seeds;
import org.enforcement.stats.support.TestDatabase;
import org.enforcement.testing.Court;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/**
 * The public figures, charts and dashboard of a campaign registered through the campaign API: only its organizing
 * and participating courts count, its name, dates and key tasks (judged today) are published, nobody's personal data.
 */
@QuarkusTest
@QuarkusTestResource(TestDatabase.class)
@QuarkusTestResource(FeedStubs.class)
class RegisteredCampaignTest {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Inject
    Seeds seeds;

    @Inject
    Ingestion ingestion;

    @Inject
    Cursors cursors;

    LocalDate today;
    Court high;
    Court liangzhou;
    Court outsider;
    String code;

    @BeforeEach
    void emptyFeeds() {
        FeedStubs.reset();
        cursors.set(FeedStubs.CASE, 0);
        cursors.set(FeedStubs.OPERATION, 0);
        today = LocalDate.now(SHANGHAI);
        high = Court.freshIntermediate();
        liangzhou = high.child();
        outsider = Court.fresh();
        code = "陇原风暴" + ThreadLocalRandom.current().nextInt(100_000, 999_999);
    }

    static Map<String, Object> task(int number, String title, String metric, Object target, String cadence,
                                    LocalDate deadline) {
        Map<String, Object> task = new LinkedHashMap<>();
        task.put("number", number);
        task.put("title", title);
        task.put("metric", metric);
        task.put("target", target);
        task.put("cadence", cadence);
        task.put("deadline", deadline.toString());
        return task;
    }

    /** Registers and publishes a campaign through the API as its organizing court's director. */
    static void register(Court organizer, String code, String name, List<String> participants, LocalDate startsOn,
                         LocalDate endsOn, List<Map<String, Object>> tasks) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("code", code);
        body.put("name", name);
        body.put("organizingCourt", organizer.code());
        body.put("organizingCourtName", "甘肃省高级人民法院");
        body.put("level", "HIGH");
        body.put("participatingCourts", participants);
        body.put("startsOn", startsOn.toString());
        body.put("endsOn", endsOn.toString());
        body.put("keyTasks", tasks);
        given().auth().oauth2(organizer.director()).contentType("application/json").body(body)
                .post("/api/campaigns").then().statusCode(201);
        given().auth().oauth2(organizer.director()).post("/api/campaigns/{code}/publication", code).then()
                .statusCode(200);
    }

    /**
     * Started 40 days ago, ends in 200 days (241 days). Task 1: 10 concluded (done); task 2: 1,000,000.00 collected
     * (320,000.00 where about 170,000 are due: on track); task 3: 2 streams a month (the first month had none: behind);
     * task 4: 100 officers by the 6th day, long past (missed). The outsider's rows carry the same code.
     */
    void seedLongyuan() {
        LocalDate start = today.minusDays(40);
        LocalDate day = today.minusDays(10);
        register(high, code, "“陇原风暴”执行专项行动", List.of(liangzhou.code()), start, today.plusDays(200), List.of(
                task(1, "集中清理执行积案", "cases_concluded", 10, "TOTAL", today.plusDays(200)),
                task(2, "执行到位金额", "collected", "1000000.00", "TOTAL", today.plusDays(200)),
                task(3, "“直击执行现场”直播", "streams", 2, "MONTHLY", today.plusDays(200)),
                task(4, "集中执行行动出动干警", "officers_deployed", 100, "TOTAL", start.plusDays(5))));
        seeds.put(liangzhou.code(), code, day.toString(), Metrics.CASES_CONCLUDED, "7");
        seeds.put(high.code(), code, day.toString(), Metrics.CASES_CONCLUDED, "3");
        seeds.put(liangzhou.code(), code, day.toString(), Metrics.COLLECTED, "300000.00");
        seeds.put(liangzhou.code(), code, day.toString(), Metrics.OFFICERS_DEPLOYED, "30");
        seeds.put(liangzhou.code(), code, today.toString(), Metrics.STREAMS, "1");
        seeds.put(liangzhou.code(), code, today.toString(), Metrics.VIEWERS, "985000");
        seeds.put(liangzhou.code(), code, today.toString(), "viewers_on_DOUYIN", "985000");
        // Another court's rows with the campaign's code: not the campaign's.
        seeds.put(outsider.code(), code, day.toString(), Metrics.OFFICERS_DEPLOYED, "99");
        seeds.put(outsider.code(), code, day.toString(), Metrics.COLLECTED, "5000000.00");
        seeds.put(outsider.code(), code, day.minusDays(30).toString(), Metrics.CASES_CONCLUDED, "50");
        // The organizing court's payment read from the case feed, with a case number and names that stay private.
        FeedStubs.page(FeedStubs.CASE, 0, List.of(
                event(1, "PaymentRecorded", high.code(), day.atTime(10, 0).atZone(SHANGHAI).toInstant().toString(),
                        Map.of("amount", new BigDecimal("20000.00"), "paidTotal", new BigDecimal("20000.00"),
                                "caseNumber", "(2023)甘0602执77号", "payerName", "秦大山", "campaignCode", code))),
                false);
        FeedStubs.page(FeedStubs.OPERATION, 0, List.of(
                event(1, "TargetOutcome", liangzhou.code(), day.atTime(6, 0).atZone(SHANGHAI).toInstant().toString(),
                        Map.of("type", "SUMMONED", "debtorName", "王小二", "caseNumber", "(2023)甘0602执78号",
                                "campaignCode", code))), false);
        ingestion.pollOnce();
    }

    static JsonPath json(String path, Object... params) {
        return given().get(path, params).then().statusCode(200).contentType("application/json")
                .header("Cache-Control", "public, no-cache").extract()
                .jsonPath(new JsonPathConfig(JsonPathConfig.NumberReturnType.BIG_DECIMAL));
    }

    static Document svg(String path, Object... params) {
        return parse(given().get(path, params).then().statusCode(200).contentType(startsWith("image/svg+xml"))
                .header("Cache-Control", "public, no-cache").extract().asString());
    }

    @Test
    void shouldCountOnlyTheCampaignsCourtsAndPublishItsKeyTasks() {
        seedLongyuan();
        JsonPath f = json("/public/campaigns/{code}/figures", code);
        assertThat(f.getString("campaign")).isEqualTo(code);
        assertThat(f.getBoolean("registered")).isTrue();
        assertThat(f.getString("name")).isEqualTo("“陇原风暴”执行专项行动");
        assertThat(f.getString("organizingCourt")).isEqualTo(high.code());
        assertThat(f.getString("organizingCourtName")).as("the registry's name, not the one sent")
                .isEqualTo("测试第" + high.code().substring(1) + "中级人民法院");
        assertThat(f.getString("level")).isEqualTo("HIGH");
        assertThat(f.getString("startsOn")).isEqualTo(today.minusDays(40).toString());
        assertThat(f.getString("endsOn")).isEqualTo(today.plusDays(200).toString());
        // The outsider's 99 officers, 5,000,000.00 and 50 cases (the earliest day) are not the campaign's.
        assertThat(f.getString("from")).isEqualTo(today.minusDays(10).toString());
        assertThat(f.getString("to")).isEqualTo(today.toString());
        assertThat(f.getInt("courts")).isEqualTo(2);
        assertThat(f.getLong("officersDeployed")).isEqualTo(30);
        assertThat(f.getLong("casesConcluded")).isEqualTo(10);
        assertThat(f.getLong("summoned")).isEqualTo(1);
        assertThat(new BigDecimal(f.getString("collected"))).isEqualTo(new BigDecimal("320000.00"));
        assertThat(f.getString("pressSummary")).isEqualTo("“陇原风暴”执行专项行动开展以来，共出动干警30人次，拘传1人，"
                + "执行到位金额30余万元，执结案件10件，开展网络直播1场，观看近100万人次。");
        assertThat(f.getString("progressAsOf")).isEqualTo(today.toString());
        assertThat(f.getList("keyTasks.number")).containsExactly(1, 2, 3, 4);
        assertThat(f.getList("keyTasks.title")).containsExactly("集中清理执行积案", "执行到位金额", "“直击执行现场”直播",
                "集中执行行动出动干警");
        assertThat(f.getList("keyTasks.status")).containsExactly("ACHIEVED", "ON_TRACK", "BEHIND", "MISSED");
        assertThat(new BigDecimal(f.getString("keyTasks[0].actual"))).isEqualTo(new BigDecimal("10"));
        assertThat(new BigDecimal(f.getString("keyTasks[0].percent"))).isEqualTo(new BigDecimal("100.00"));
        assertThat(new BigDecimal(f.getString("keyTasks[1].target"))).isEqualTo(new BigDecimal("1000000.00"));
        assertThat(new BigDecimal(f.getString("keyTasks[1].actual"))).isEqualTo(new BigDecimal("320000.00"));
        assertThat(new BigDecimal(f.getString("keyTasks[1].percent"))).isEqualTo(new BigDecimal("32.00"));
        assertThat(f.getString("keyTasks[2].cadence")).isEqualTo("MONTHLY");
        assertThat(new BigDecimal(f.getString("keyTasks[3].actual"))).isEqualTo(BigDecimal.ZERO);
        // Aggregates only: no expected values, months or metric internals of the API's progress.
        assertThat(f.getMap("keyTasks[0]")).containsOnlyKeys("number", "title", "cadence", "deadline", "target",
                "actual", "percent", "status");

        // The collections chart counts the same courts.
        Document collections = svg("/public/campaigns/{code}/charts/collections.svg", code);
        // One bar per month: ten days ago may fall in the month before this one.
        assertThat(texts(collections, "text", "value")).filteredOn(v -> !v.equals("0")).containsExactly("32万");
        assertThat(title(collections)).isEqualTo("“陇原风暴”执行专项行动 执行到位金额（元，按月）");
    }

    @Test
    void shouldPublishOnlyTheFiguresDatedWithinTheCampaign() {
        LocalDate start = today.minusDays(40);
        register(high, code, "“陇原风暴”执行专项行动", List.of(liangzhou.code()), start, today.plusDays(200), List.of(
                task(1, "执行到位金额", "collected", "1000000.00", "TOTAL", today.plusDays(200))));
        seeds.put(liangzhou.code(), code, today.minusDays(10).toString(), Metrics.COLLECTED, "1900.21");
        // A payment dated long before the campaign on a case that carries its code, and one on its first day.
        seeds.put(liangzhou.code(), code, "2020-01-01", Metrics.COLLECTED, "100.10");
        seeds.put(high.code(), code, start.toString(), Metrics.COLLECTED, "0.01");

        JsonPath f = json("/public/campaigns/{code}/figures", code);
        assertThat(f.getString("from")).isEqualTo(start.toString());
        assertThat(f.getString("to")).isEqualTo(today.minusDays(10).toString());
        assertThat(new BigDecimal(f.getString("collected"))).isEqualTo(new BigDecimal("1900.22"));
        // The same figure the campaign's own progress reports.
        assertThat(new BigDecimal(f.getString("keyTasks[0].actual"))).isEqualTo(new BigDecimal("1900.22"));
    }

    @Test
    void shouldDrawTheKeyTasksOfToday() {
        seedLongyuan();
        Document doc = svg("/public/campaigns/{code}/charts/key-tasks.svg", code);
        assertThat(title(doc)).isEqualTo("“陇原风暴”执行专项行动 重点工作进展（截至" + today + "）");
        int month = YearMonth.from(today).getMonthValue();
        assertThat(texts(doc, "text", "label")).containsExactly("1. 集中清理执行积案", "2. 执行到位金额",
                "3. 【" + month + "月】“直击执行现场”直播", "4. 集中执行行动出动干警");
        assertThat(texts(doc, "text", "figures")).containsExactly("10 / 10（100%）", "32万 / 100万（32%）",
                "1 / 2（50%）", "0 / 100（0%）");
        assertThat(texts(doc, "text", "status")).containsExactly("已完成", "按进度推进", "进度滞后", "未完成");
        assertThat(elements(doc, "rect", "done").stream().map(e -> e.getAttribute("fill")).toList())
                .containsExactly("#27ae60", "#2e86de", "#e67e22", "#c0392b");
    }

    @Test
    void shouldRankTheCampaignsCourtsByMoneyCollectedNamedAsTheRegistryNamesThem() {
        seedLongyuan();
        Document doc = svg("/public/campaigns/{code}/charts/ranking.svg?metric=collected", code);
        assertThat(texts(doc, "text", "label")).containsExactly("测试第" + liangzhou.code().substring(1)
                + "基层人民法院", "测试第" + high.code().substring(1) + "中级人民法院");
        assertThat(texts(doc, "text", "value")).containsExactly("30万", "2万");
        assertThat(title(doc)).isEqualTo("“陇原风暴”执行专项行动 各法院执行到位金额（元）");
        // Without metric: money collected too; another metric by name.
        assertThat(texts(svg("/public/campaigns/{code}/charts/ranking.svg", code), "text", "value"))
                .containsExactly("30万", "2万");
        assertThat(texts(svg("/public/campaigns/{code}/charts/ranking.svg?metric=cases_concluded", code),
                "text", "value")).containsExactly("7", "3");
        given().get("/public/campaigns/{code}/charts/ranking.svg?metric=bogus", code).then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("metric"));
        // A metric name is exact: blanks around it are refused, not trimmed.
        for (String metric : List.of(" collected", "collected ", "cases_concluded\t")) {
            given().queryParam("metric", metric).get("/public/campaigns/{code}/charts/ranking.svg", code).then()
                    .statusCode(400).contentType("application/problem+json")
                    .body("errors[0].field", equalTo("metric"));
        }
    }

    @Test
    void shouldAnswer404ForChartsOfACodeNobodyPublished() {
        String unregistered = Seeds.freshCampaign("淮执·9号");
        // Even with figures under the code: only a published campaign is public.
        seeds.put(outsider.code(), unregistered, "2023-02-02", Metrics.COLLECTED, "1000.00");
        for (String chart : List.of("key-tasks.svg", "ranking.svg", "ranking.svg?metric=collected")) {
            given().get("/public/campaigns/{code}/charts/" + chart, unregistered).then()
                    .statusCode(404).contentType("application/problem+json")
                    .body("type", equalTo("/problems/campaign-not-found"))
                    .body("detail", containsString(unregistered));
        }
        given().get("/public/campaigns/{code}/charts/key-tasks.svg", "x".repeat(101)).then()
                .statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("code"));
    }

    @Test
    void shouldShowTheCampaignOnTheDashboardWithoutPersonalData() {
        seedLongyuan();
        String html = given().queryParam("campaign", code).get("/public/dashboard").then().statusCode(200)
                .contentType("text/html").header("Cache-Control", "public, no-cache").extract().asString();
        assertThat(html).contains("<title>“陇原风暴”执行专项行动 执行数据</title>")
                .contains("<h1>“陇原风暴”执行专项行动</h1>")
                .contains("主办法院：测试第" + high.code().substring(1) + "中级人民法院（高级法院），行动期间：" + today.minusDays(40) + " 至 "
                        + today.plusDays(200))
                .contains("<span class=\"label\">出动干警</span><data class=\"value\" value=\"30\">30人次</data>")
                .contains("<span class=\"label\">执行到位金额</span><data class=\"value\" value=\"320000.00\">32万元</data>")
                .contains("“陇原风暴”执行专项行动开展以来，共出动干警30人次")
                .contains("<h2>重点工作进展（截至" + today + "）</h2>");
        // The key-task table with the statuses in Chinese, money in 万元 like the cards.
        assertThat(html).contains("<tr><td>1. 集中清理执行积案</td><td>累计</td><td class=\"number\">10</td>"
                        + "<td class=\"number\">10</td><td class=\"status\">已完成</td></tr>")
                .contains("<tr><td>2. 执行到位金额</td><td>累计</td><td class=\"number\">100万元</td>"
                        + "<td class=\"number\">32万元</td><td class=\"status\">按进度推进</td></tr>")
                .contains("<tr><td>3. “直击执行现场”直播</td><td>每月（" + YearMonth.from(today)
                        + "）</td><td class=\"number\">2</td><td class=\"number\">1</td>"
                        + "<td class=\"status\">进度滞后</td></tr>")
                .contains("<td class=\"status\">未完成</td>");
        // Four inline charts: key tasks, collections, viewers, ranking; the ranking names courts as the registry does.
        assertThat(html.split("<svg ", -1)).hasSize(5);
        String encoded = URLEncoder.encode(code, StandardCharsets.UTF_8).replace("+", "%20");
        // Codes are unique per organiser only, so the links name the organiser.
        String organiser = URLEncoder.encode(high.code(), StandardCharsets.UTF_8);
        assertThat(html).contains("href=\"/public/campaigns/" + encoded + "/charts/key-tasks.svg?organiser="
                        + organiser + "\"")
                .contains("href=\"/public/campaigns/" + encoded + "/charts/ranking.svg?metric=collected&amp;organiser="
                        + organiser + "\"")
                .contains(">测试第" + liangzhou.code().substring(1) + "基层人民法院</text>")
                .contains(">测试第" + high.code().substring(1) + "中级人民法院</text>");
        // The outsider's rows are not the campaign's; no case number, no person.
        assertThat(html).doesNotContain(outsider.code()).doesNotContain("5,000,000")
                .doesNotContainPattern("执\\d+号");
        for (String name : List.of("秦大山", "王小二", "秦某", "王某")) {
            assertThat(html).doesNotContain(name);
        }
        assertThat(html).doesNotContain("<script").doesNotContainPattern("(src|href|url)[=(]\"?'?(https?:)?//");
    }

    @Test
    void shouldListRegisteredCampaignsEvenWithoutFigures() {
        LocalDate start = today.plusDays(10);
        register(high, code, "春雷<行动>", List.of(), start, start.plusDays(90),
                List.of(task(1, "集中清理执行积案", "cases_concluded", 100, "TOTAL", start.plusDays(90))));
        String list = given().get("/public/dashboard").then().statusCode(200).contentType("text/html").extract()
                .asString();
        assertThat(list).contains("<li><a href=\"/public/dashboard?campaign="
                + URLEncoder.encode(code, StandardCharsets.UTF_8) + "&amp;organiser="
                + URLEncoder.encode(high.code(), StandardCharsets.UTF_8) + "\">春雷&lt;行动&gt;</a>"
                + "<span class=\"code\">（" + code + "）</span></li>");

        // Its page and figures exist before any figure: zeros, its dates and its tasks not yet due.
        given().get("/public/campaigns/{code}/figures", code).then().statusCode(200)
                .body("registered", equalTo(true))
                .body("courts", equalTo(0))
                .body("from", equalTo(start.toString()))
                .body("collected", equalTo(0.0f))
                .body("pressSummary", equalTo("暂无可发布的执行数据。"))
                .body("keyTasks[0].status", equalTo("ON_TRACK"));
        String page = given().queryParam("campaign", code).get("/public/dashboard").then().statusCode(200)
                .extract().asString();
        assertThat(page).contains("<h1>春雷&lt;行动&gt;</h1>").contains("<td class=\"status\">按进度推进</td>")
                .contains("暂无可发布的执行数据。");
    }
}
