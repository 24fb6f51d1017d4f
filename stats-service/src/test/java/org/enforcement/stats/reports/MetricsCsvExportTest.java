package org.enforcement.stats.reports;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.enforcement.stats.metrics.Metrics;
import org.enforcement.stats.support.FeedStubs;
import org.enforcement.stats.support.Seeds;
import org.enforcement.stats.support.TestDatabase;
import org.enforcement.testing.Court;
import org.junit.jupiter.api.Test;

/** GET /api/metrics as CSV: bytes Excel and WPS read, Chinese header, the same numbers as the JSON. */
@QuarkusTest
@QuarkusTestResource(TestDatabase.class)
@QuarkusTestResource(FeedStubs.class)
class MetricsCsvExportTest {

    static final String QUERY = "from=2023-02-01&to=2023-03-31&period=month&campaign=淮执·9号";

    @Inject
    Seeds seeds;

    void seed(Court court) {
        seeds.put(court.code(), "淮执·9号", "2023-02-02", Metrics.CASES_FILED, "3");
        seeds.put(court.code(), "淮执·9号", "2023-02-02", Metrics.OWED_FILED, "92345.77");
        seeds.put(court.code(), "淮执·9号", "2023-02-02", Metrics.COLLECTED, "16000.5");
        seeds.put(court.code(), "淮执·9号", "2023-02-03", Metrics.CASES_CONCLUDED, "2");
        seeds.put(court.code(), "淮执·9号", "2023-02-03", Metrics.DAYS_TO_CONCLUDE_SUM, "75");
        seeds.put(court.code(), "淮执·9号", "2023-03-01", Metrics.COLLECTED_ON_SITE, "305000");
        seeds.put(court.code(), "淮执·9号", "2023-03-01", "viewers_on_DOUYIN", "600000");
        // Another campaign: not in the export.
        seeds.put(court.code(), "", "2023-02-02", Metrics.CASES_FILED, "100");
    }

    /** RFC 4180: quoted fields may hold commas, doubled quotes and line breaks; records end with CRLF. */
    static List<List<String>> parse(String text) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                row.add(cell.toString());
                cell.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                i++;
            } else {
                assertThat(c).as("bare line feed outside quotes at %d", i).isNotEqualTo('\n');
                cell.append(c);
            }
        }
        assertThat(cell).as("text after the last CRLF").isEmpty();
        return rows;
    }

    static List<List<String>> csv(byte[] bytes) {
        assertThat(Arrays.copyOf(bytes, 3)).as("UTF-8 byte order mark").containsExactly(0xEF, 0xBB, 0xBF);
        return parse(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8));
    }

    @Test
    void shouldExportCsvWithBomChineseHeaderAndTheJsonNumbers() {
        Court court = Court.fresh();
        seed(court);
        Response response = given().auth().oauth2(court.judge()).accept("text/csv").get("/api/metrics?" + QUERY);
        response.then().statusCode(200)
                .contentType(containsString("text/csv"))
                .header("Content-Disposition", equalTo("attachment; filename=\"metrics-2023-02-01-2023-03-31.csv\""));
        List<List<String>> rows = csv(response.asByteArray());
        JsonPath json = given().auth().oauth2(court.judge()).accept("application/json").get("/api/metrics?" + QUERY)
                .then().statusCode(200).extract()
                .jsonPath(new JsonPathConfig(JsonPathConfig.NumberReturnType.BIG_DECIMAL));

        List<String> header = rows.get(0);
        assertThat(header.subList(0, 8)).containsExactly("期间", "开始日期", "结束日期", "法院", "法院名称", "专项行动",
                "立案数", "立案标的金额（元）");
        assertThat(header).contains("执结数", "执行到位金额（元）", "现场执行到位金额（元）", "执结率", "实际执行到位率",
                "终本率", "观看人次（抖音）");
        assertThat(header.indexOf("执结率")).isEqualTo(6 + Metrics.ALL.size());
        assertThat(header.get(header.size() - 1)).isEqualTo("观看人次（抖音）");
        // Two months and the total; every row as wide as the header.
        assertThat(rows).hasSize(4);
        rows.forEach(r -> assertThat(r).hasSameSizeAs(header));
        // The court by its code and, for people, by its full name from the registry.
        assertThat(rows.get(1).subList(0, 6)).containsExactly("2023-02", "2023-02-01", "2023-02-28", court.code(),
                "测试第" + court.code().substring(1) + "基层人民法院", "淮执·9号");
        assertThat(rows.get(2).get(0)).isEqualTo("2023-03");
        assertThat(rows.get(3).subList(0, 3)).containsExactly("合计", "2023-02-01", "2023-03-31");

        // Every metric cell equals the JSON's value of that period, money with exactly 2 decimals.
        List<String> paths = List.of("periods[0]", "periods[1]", "total");
        for (int r = 0; r < paths.size(); r++) {
            List<String> row = rows.get(r + 1);
            for (int m = 0; m < Metrics.ALL.size(); m++) {
                String metric = Metrics.ALL.get(m);
                Object value = json.get(paths.get(r) + ".metrics." + metric);
                String cell = row.get(6 + m);
                assertThat(new BigDecimal(cell)).as(metric).isEqualByComparingTo(new BigDecimal(value.toString()));
                if (Metrics.MONEY.contains(metric)) {
                    assertThat(cell).as(metric).matches("-?\\d+\\.\\d{2}");
                } else {
                    assertThat(cell).as(metric).matches("-?\\d+");
                }
            }
        }
        List<String> total = rows.get(3);
        assertThat(total.get(header.indexOf("立案数"))).isEqualTo("3");
        assertThat(total.get(header.indexOf("执行到位金额（元）"))).isEqualTo("16000.50");
        assertThat(total.get(header.indexOf("现场执行到位金额（元）"))).isEqualTo("305000.00");
        // 2 / 3, 16000.50 / 92345.77, 75 / 2, no 终本
        assertThat(total.get(header.indexOf("执结率"))).isEqualTo("0.6667")
                .isEqualTo(json.get("total.kpis.conclusionRate").toString());
        assertThat(total.get(header.indexOf("实际执行到位率"))).isEqualTo("0.1733");
        assertThat(total.get(header.indexOf("平均执结用时（天）"))).isEqualTo("37.5000");
        assertThat(total.get(header.indexOf("终本率"))).isEqualTo("0.0000");
        assertThat(rows.get(2).get(header.indexOf("执结率"))).as("no case filed in March").isEmpty();
        assertThat(total.get(header.indexOf("观看人次（抖音）"))).isEqualTo("600000");
        assertThat(rows.get(1).get(header.indexOf("观看人次（抖音）"))).isEqualTo("0");
    }

    @Test
    void shouldChooseTheFormatByParameterBeforeAccept() {
        Court court = Court.fresh();
        seed(court);
        byte[] bytes = given().auth().oauth2(court.judge()).get("/api/metrics?format=csv&" + QUERY).then()
                .statusCode(200).contentType(containsString("text/csv")).extract().asByteArray();
        assertThat(csv(bytes)).hasSize(4);
        given().auth().oauth2(court.judge()).accept("text/csv").get("/api/metrics?format=json&" + QUERY).then()
                .statusCode(200).contentType("application/json").body("total.metrics.cases_filed", equalTo(3));
        // No Accept or */*: JSON as before.
        given().auth().oauth2(court.judge()).get("/api/metrics?" + QUERY).then()
                .statusCode(200).contentType("application/json");
        // Preference by quality.
        given().auth().oauth2(court.judge()).accept("application/json;q=0.5, text/csv").get("/api/metrics?" + QUERY)
                .then().statusCode(200).contentType(containsString("text/csv"));
    }

    @Test
    void shouldExportEveryCourtOfACampaignForAnIntegratorOfAllCourts() {
        Court court = Court.fresh();
        String campaign = Seeds.freshCampaign("春雷");
        seeds.put(court.code(), campaign, "2023-03-07", Metrics.CASES_FILED, "2");
        seeds.put(Court.fresh().code(), campaign, "2023-03-08", Metrics.CASES_FILED, "3");
        String all = org.enforcement.testing.Tokens.serviceAccount("system-integration");
        byte[] bytes = given().auth().oauth2(all).queryParam("campaign", campaign).queryParam("from", "2023-03-01")
                .queryParam("to", "2023-03-31").queryParam("period", "month").accept("text/csv")
                .get("/api/metrics").then().statusCode(200).extract().asByteArray();
        List<List<String>> rows = csv(bytes);
        assertThat(rows.get(2).subList(0, 7)).containsExactly("合计", "2023-03-01", "2023-03-31", "全部", "全部", campaign,
                "5");
    }

    @Test
    void shouldWeekLabelAndQuoteCells() {
        Court court = Court.fresh();
        String campaign = "=HYPERLINK(\"x\"),1";
        seeds.put(court.code(), campaign, "2023-03-07", Metrics.CASES_FILED, "1");
        byte[] bytes = given().auth().oauth2(court.judge()).queryParam("campaign", campaign)
                .queryParam("from", "2023-03-01").queryParam("to", "2023-03-12").queryParam("period", "week")
                .queryParam("format", "csv").get("/api/metrics").then().statusCode(200).extract().asByteArray();
        List<List<String>> rows = csv(bytes);
        assertThat(rows).hasSize(4);
        assertThat(rows.get(1).get(0)).isEqualTo("2023年第9周");
        assertThat(rows.get(2).get(0)).isEqualTo("2023年第10周");
        // The quotes and comma survive the quoting; the formula is defused.
        assertThat(rows.get(2).get(5)).isEqualTo("'" + campaign);
        assertThat(rows.get(2).get(6)).isEqualTo("1");
    }

    @Test
    void shouldAnswer400Or406ProblemsForBadExports() {
        Court court = Court.fresh();
        given().auth().oauth2(court.judge()).get("/api/metrics?format=xlsx").then()
                .statusCode(400).contentType("application/problem+json")
                .body("errors.field", contains("format"))
                .body("detail", containsString("json, csv"));
        given().auth().oauth2(court.judge()).accept("application/xml").get("/api/metrics").then()
                .statusCode(406).contentType("application/problem+json").body("status", equalTo(406));
        for (String query : new String[] {"format=csv&period=year", "format=csv&from=2023-02-30",
                "format=csv&from=2023-03-02&to=2023-03-01"}) {
            given().auth().oauth2(court.judge()).get("/api/metrics?" + query).then()
                    .statusCode(400).contentType("application/problem+json").body("status", equalTo(400));
        }
        given().accept("text/csv").get("/api/metrics").then().statusCode(401)
                .contentType("application/problem+json");
        given().auth().oauth2(court.clerk()).get("/api/metrics?format=csv").then().statusCode(403)
                .contentType("application/problem+json");
    }
}
