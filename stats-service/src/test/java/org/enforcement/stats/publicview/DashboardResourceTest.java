package org.enforcement.stats.publicview;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.enforcement.stats.support.FeedStubs.event;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.enforcement.stats.ingestion.Ingestion;
import org.enforcement.stats.metrics.Metrics;
import org.enforcement.stats.support.Cursors;
import org.enforcement.stats.support.FeedStubs;
import org.enforcement.stats.support.Seeds;
import org.enforcement.stats.support.TestDatabase;
import org.enforcement.testing.Court;
import org.enforcement.testing.TestCourts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** GET /public/dashboard: a campaign's page from ingested events, aggregates only; the list of campaigns. */
@QuarkusTest
@QuarkusTestResource(TestDatabase.class)
@QuarkusTestResource(FeedStubs.class)
class DashboardResourceTest {

    @Inject
    Ingestion ingestion;

    @Inject
    Cursors cursors;

    @Inject
    Seeds seeds;

    @BeforeEach
    void emptyFeeds() {
        FeedStubs.reset();
        cursors.set(FeedStubs.CASE, 0);
        cursors.set(FeedStubs.OPERATION, 0);
    }

    /** The dawn raid as events that carry case numbers and names, which the page must never show. */
    void ingestDawnRaid(String court, String campaign) {
        FeedStubs.page(FeedStubs.CASE, 0, List.of(
                event(1, "CaseFiled", court, "2023-02-01T02:00:00Z", Map.of("caseNumber", "(2023)苏0804执123号",
                        "status", "FILED", "filedOn", "2023-02-01", "campaignCode", campaign,
                        "applicantName", "张明华", "respondentName", "秦大山",
                        "principal", new BigDecimal("49000.00"), "costs", new BigDecimal("1000.00"),
                        "owed", new BigDecimal("50000.00"))),
                event(2, "PaymentRecorded", court, "2023-02-02T04:00:00Z", Map.of("amount",
                        new BigDecimal("20000.00"), "paidTotal", new BigDecimal("20000.00"),
                        "caseNumber", "(2023)苏0804执123号", "payerName", "秦大山", "campaignCode", campaign)),
                event(3, "CaseConcluded", court, "2023-02-03T03:00:00Z", Map.of("conclusionType",
                        "FULLY_PERFORMED", "concludedOn", "2023-02-03", "daysToConclude", 2,
                        "caseNumber", "(2023)苏0804执123号", "campaignCode", campaign))), false);
        FeedStubs.page(FeedStubs.OPERATION, 0, List.of(
                event(1, "OperationClosed", court, "2023-02-02T00:00:00Z", Map.of("officersDeployed", 50,
                        "targets", 26, "witnesses", 5, "date", "2023-02-02", "campaignCode", campaign,
                        "leader", "李建国")),
                event(2, "TargetOutcome", court, "2023-02-01T23:30:00Z", Map.of("type", "SUMMONED",
                        "debtorName", "秦大山", "caseNumber", "(2023)苏0804执123号", "campaignCode", campaign)),
                event(3, "TargetOutcome", court, "2023-02-01T22:00:00Z", Map.of("type", "PAID_ON_SITE",
                        "amount", new BigDecimal("20000.00"), "debtorName", "王小二", "campaignCode", campaign))),
                false);
        ingestion.pollOnce();
    }

    @Test
    void shouldShowTheCampaignsFiguresTextAndChartsButNoPerson() {
        Court court = Court.fresh();
        String campaign = Seeds.freshCampaign("淮执·9号 ");
        Seeds.publish(campaign, court.code());
        ingestDawnRaid(court.code(), campaign);
        seeds.put(court.code(), campaign, "2023-02-02", "viewers_on_DOUYIN", "600000");
        seeds.put(court.code(), campaign, "2023-02-02", Metrics.VIEWERS, "938000");
        seeds.put(court.code(), campaign, "2023-02-02", Metrics.STREAMS, "1");

        String html = given().queryParam("campaign", campaign).get("/public/dashboard").then()
                .statusCode(200)
                .contentType("text/html")
                .header("Content-Type", org.hamcrest.Matchers.containsStringIgnoringCase("charset=UTF-8"))
                .header("Cache-Control", "public, no-cache")
                .extract().asString();
        assertThat(html).startsWith("<!DOCTYPE html>").contains("<html lang=\"zh-CN\">")
                .contains("<meta charset=\"utf-8\">");
        assertThat(html).contains("<h1>" + campaign + "</h1>");
        // Each card with its unit, in 万 from 1万 (the exact figure in <data value>).
        assertThat(html).contains("<span class=\"label\">出动干警</span><data class=\"value\" value=\"50\">50人次</data>")
                .contains("<span class=\"label\">查找被执行人</span><data class=\"value\" value=\"26\">26人</data>")
                .contains("<span class=\"label\">拘传</span><data class=\"value\" value=\"1\">1人</data>")
                .contains("<span class=\"label\">执行到位金额</span><data class=\"value\" value=\"20000.00\">2万元</data>")
                .contains("<span class=\"label\">执结案件</span><data class=\"value\" value=\"1\">1件</data>")
                .contains("<span class=\"label\">观看</span><data class=\"value\" value=\"938000\">93.8万人次</data>");
        assertThat(html).contains("共出动干警50人次，查找被执行人26人，拘传1人，现场执行到位金额2万元，执结案件1件，"
                + "开展网络直播1场，观看90余万人次。");
        // Four inline charts (key tasks, collections, viewers, ranking) and links to the same charts, the code
        // percent-encoded for a path segment, the organiser named (codes are unique per organiser only).
        assertThat(html.split("<svg ", -1)).hasSize(5);
        assertThat(html).contains(">抖音</text>").contains(">2023-02</text>");
        String encoded = URLEncoder.encode(campaign, StandardCharsets.UTF_8).replace("+", "%20");
        String organiser = "?organiser=" + URLEncoder.encode(TestCourts.HIGH, StandardCharsets.UTF_8);
        assertThat(html).contains("href=\"/public/campaigns/" + encoded + "/charts/collections.svg" + organiser + "\"")
                .contains("href=\"/public/campaigns/" + encoded + "/charts/viewers-by-platform.svg" + organiser + "\"");
        given().urlEncodingEnabled(false).get("/public/campaigns/" + encoded + "/charts/collections.svg" + organiser)
                .then().statusCode(200);
        // Nothing about a case or a person.
        assertThat(html).doesNotContainPattern("执\\d+号");
        for (String name : List.of("秦大山", "张明华", "王小二", "李建国", "秦某")) {
            assertThat(html).doesNotContain(name);
        }
        // No scripts and nothing loaded from elsewhere (the only URL is the SVG namespace name); the one link is our
        // own favicon.
        assertThat(html).doesNotContain("<script").doesNotContain("<img")
                .doesNotContainPattern("<link(?! rel=\"icon\" href=\"/favicon\\.svg\")")
                .doesNotContainPattern("(src|href|url)[=(]\"?'?(https?:)?//");
    }

    @Test
    void shouldListOnlyPublishedCampaigns() {
        String campaign = Seeds.freshCampaign("<春雷&行动>");
        String unpublished = Seeds.freshCampaign("无人发布");
        Court court = Court.fresh();
        Seeds.publish(campaign, court.code());
        seeds.put(court.code(), campaign, "2023-03-01", Metrics.CASES_CONCLUDED, "1");
        seeds.put(court.code(), unpublished, "2023-03-01", Metrics.CASES_CONCLUDED, "1");
        String html = given().get("/public/dashboard").then().statusCode(200).contentType("text/html").extract()
                .asString();
        assertThat(html).contains("<html lang=\"zh-CN\">")
                .contains("href=\"/public/dashboard?campaign=" + URLEncoder.encode(campaign, StandardCharsets.UTF_8)
                        + "&amp;organiser=" + URLEncoder.encode(TestCourts.HIGH, StandardCharsets.UTF_8) + "\"")
                .contains(">" + campaign.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;") + "</a>")
                .doesNotContain(campaign)
                .doesNotContain(unpublished);
    }

    @Test
    void shouldAnswer404ProblemForAnUnknownCampaign() {
        given().queryParam("campaign", Seeds.freshCampaign("无此行动")).get("/public/dashboard").then()
                .statusCode(404).contentType("application/problem+json")
                .body("type", equalTo("/problems/campaign-not-found"));
        given().queryParam("campaign", "x".repeat(101)).get("/public/dashboard").then()
                .statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("campaign"));
    }
}
