package org.enforcement.stats.metrics;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.enforcement.stats.support.FeedStubs;
import org.enforcement.stats.support.TestDatabase;
import org.enforcement.testing.Court;
import org.enforcement.testing.Tokens;
import org.junit.jupiter.api.Test;

/** GET /api/metrics: KPIs from daily metrics, periods, court scoping, and the answers to bad requests. */
@QuarkusTest
@QuarkusTestResource(TestDatabase.class)
@QuarkusTestResource(FeedStubs.class)
class MetricsResourceTest {

    @Inject
    DailyMetrics daily;

    void put(Court court, String campaign, String day, String metric, String value) {
        QuarkusTransaction.requiringNew().run(() -> daily.add("case", court.code(), campaign, LocalDate.parse(day), metric,
                new BigDecimal(value)));
    }

    static JsonPath get(String token, String query) {
        return given().auth().oauth2(token).get("/api/metrics?" + query).then().statusCode(200).extract()
                .jsonPath(new JsonPathConfig(JsonPathConfig.NumberReturnType.BIG_DECIMAL));
    }

    static BigDecimal value(JsonPath json, String path) {
        Object value = json.get(path);
        return value == null ? null : new BigDecimal(value.toString());
    }

    /** March 2023 of a court: 8 filed, owed 400000.00; 6 concluded (3 终本) in 270 days; 123456.78 collected. */
    @Test
    void shouldComputeKpisOfAHandComputedExample() {
        Court court = Court.fresh();
        put(court, "", "2023-03-01", Metrics.CASES_FILED, "5");
        put(court, "", "2023-03-01", Metrics.OWED_FILED, "250000.00");
        put(court, "春雷", "2023-03-20", Metrics.CASES_FILED, "3");
        put(court, "春雷", "2023-03-20", Metrics.OWED_FILED, "150000.00");
        put(court, "", "2023-03-31", Metrics.CASES_CONCLUDED, "6");
        put(court, "", "2023-03-31", Metrics.CONCLUDED_TERMINATED_THIS_ROUND, "3");
        put(court, "", "2023-03-31", Metrics.CONCLUDED_FULLY_PERFORMED, "3");
        put(court, "", "2023-03-31", Metrics.DAYS_TO_CONCLUDE_SUM, "270");
        put(court, "", "2023-03-15", Metrics.COLLECTED, "100000.00");
        put(court, "春雷", "2023-03-21", Metrics.COLLECTED, "23456.78");
        // Outside the range: April.
        put(court, "", "2023-04-01", Metrics.CASES_FILED, "100");

        JsonPath month = get(court.judge(), "from=2023-03-01&to=2023-03-31&period=month");
        assertThat(month.getList("periods")).hasSize(1);
        assertThat(value(month, "total.metrics.cases_filed")).isEqualByComparingTo("8");
        assertThat(value(month, "total.metrics.owed_filed")).isEqualTo(new BigDecimal("400000.00"));
        assertThat(value(month, "total.metrics.collected")).isEqualTo(new BigDecimal("123456.78"));
        // 6 / 8, 123456.78 / 400000.00 = 0.30864195, 270 / 6, 3 / 6
        assertThat(value(month, "total.kpis.conclusionRate")).isEqualTo(new BigDecimal("0.7500"));
        assertThat(value(month, "total.kpis.actualCollectionRate")).isEqualTo(new BigDecimal("0.3086"));
        assertThat(value(month, "total.kpis.averageDaysToConclusion")).isEqualTo(new BigDecimal("45.0000"));
        assertThat(value(month, "total.kpis.terminatedThisRoundShare")).isEqualTo(new BigDecimal("0.5000"));
        assertThat(value(month, "periods[0].kpis.conclusionRate")).isEqualTo(new BigDecimal("0.7500"));

        // Weeks run Monday to Sunday, clipped to the range: 1-5, 6-12, 13-19, 20-26, 27-31 March.
        JsonPath weeks = get(court.director(), "from=2023-03-01&to=2023-03-31&period=week");
        assertThat(weeks.getList("periods.start")).containsExactly("2023-03-01", "2023-03-06", "2023-03-13",
                "2023-03-20", "2023-03-27");
        assertThat(weeks.getList("periods.end")).containsExactly("2023-03-05", "2023-03-12", "2023-03-19",
                "2023-03-26", "2023-03-31");
        assertThat(value(weeks, "periods[3].metrics.collected")).isEqualTo(new BigDecimal("23456.78"));
        assertThat(value(weeks, "periods[3].kpis.actualCollectionRate")).isEqualTo(new BigDecimal("0.1564"));
        assertThat(value(weeks, "periods[1].kpis.conclusionRate")).isNull();

        // One campaign: 3 filed, none concluded.
        JsonPath campaign = get(court.observer(), "from=2023-03-01&to=2023-03-31&period=month&campaign=春雷");
        assertThat(value(campaign, "total.metrics.cases_filed")).isEqualByComparingTo("3");
        assertThat(value(campaign, "total.kpis.conclusionRate")).isEqualTo(new BigDecimal("0.0000"));
        assertThat(value(campaign, "total.kpis.averageDaysToConclusion")).isNull();
        assertThat(campaign.getString("campaign")).isEqualTo("春雷");
    }

    /**
     * Directors and observers read their court and the courts under it; judges and integrators their own court
     * only; siblings, the court above and other provinces answer zeros; a service account reads every court.
     */
    @Test
    void shouldScopeReadsByTheCourtHierarchy() {
        Court intermediate = Court.freshIntermediate();
        Court own = intermediate.child();
        Court sibling = intermediate.child();
        Court gansu = new Court("甘");
        put(own, "", "2023-03-01", Metrics.CASES_FILED, "4");
        put(sibling, "", "2023-03-01", Metrics.CASES_FILED, "5");
        put(intermediate, "", "2023-03-01", Metrics.CASES_FILED, "6");
        String query = "from=2023-03-01&to=2023-03-01&court=";

        assertThat(filed(intermediate.director(), query + own.code())).isEqualByComparingTo("4");
        assertThat(filed(intermediate.observer(), query + sibling.code())).isEqualByComparingTo("5");
        assertThat(filed(new Court("测").director(), query + own.code())).as("the high court above")
                .isEqualByComparingTo("4");
        assertThat(filed(intermediate.judge(), query + own.code())).isEqualByComparingTo("0");
        assertThat(filed(intermediate.integrator(), query + own.code())).isEqualByComparingTo("0");
        assertThat(filed(intermediate.integrator(), query + intermediate.code())).isEqualByComparingTo("6");

        assertThat(filed(own.director(), query + sibling.code())).as("sibling").isEqualByComparingTo("0");
        assertThat(filed(own.observer(), query + intermediate.code())).as("parent").isEqualByComparingTo("0");
        assertThat(filed(gansu.director(), query + own.code())).as("other province").isEqualByComparingTo("0");
        assertThat(filed(Court.freshIntermediate().director(), query + own.code())).as("another intermediate")
                .isEqualByComparingTo("0");
        assertThat(filed(own.integrator(), query + own.code())).isEqualByComparingTo("4");
        assertThat(filed(own.integrator(), query + sibling.code())).isEqualByComparingTo("0");
        assertThat(filed(own.judge(), query + "苏9999")).as("unregistered").isEqualByComparingTo("0");

        // A court's director and observers read it with the courts under it (4 + 5 + 6), by default too; the court's
        // judge and integrator read the rows booked on the court itself.
        assertThat(filed(intermediate.director(), query + intermediate.code())).isEqualByComparingTo("15");
        assertThat(filed(intermediate.observer(), query + intermediate.code())).isEqualByComparingTo("15");
        assertThat(filed(intermediate.director(), "from=2023-03-01&to=2023-03-01")).isEqualByComparingTo("15");
        assertThat(filed(intermediate.judge(), query + intermediate.code())).isEqualByComparingTo("6");
        assertThat(filed(new Court("测").director(), query + intermediate.code())).as("the high court above")
                .isEqualByComparingTo("15");
        assertThat(filed(own.director(), query + own.code())).as("a basic court has none under it")
                .isEqualByComparingTo("4");
        // The CSV answers the same question the same way.
        String[] csv = given().auth().oauth2(intermediate.director())
                .get("/api/metrics?format=csv&" + query + intermediate.code()).then().statusCode(200)
                .extract().asString().split("\r?\n");
        List<String> header = List.of(csv[0].replace("\uFEFF", "").split(","));
        String[] total = csv[csv.length - 1].split(",");
        assertThat(total[0]).isEqualTo("合计");
        assertThat(total[header.indexOf("法院")]).isEqualTo(intermediate.code());
        assertThat(new BigDecimal(total[header.indexOf("立案数")])).isEqualByComparingTo("15");

        String all = Tokens.serviceAccount("system-integration");
        assertThat(filed(all, query + own.code())).isEqualByComparingTo("4");
        assertThat(filed(all, query + intermediate.code())).as("a service account reads the court's own rows")
                .isEqualByComparingTo("6");
        // A service account of every court sees the sum of all courts by default (at least these 15).
        assertThat(filed(all, "from=2023-03-01&to=2023-03-01")).isGreaterThanOrEqualTo(new BigDecimal("15"));
    }

    private static BigDecimal filed(String token, String query) {
        return value(get(token, query), "total.metrics.cases_filed");
    }

    @Test
    void shouldNotLetAPersonWithCourtStarReadEveryCourt() {
        Court court = Court.fresh();
        put(court, "", "2023-03-02", Metrics.CASES_FILED, "4");
        // Court * acts for every court only on a service account's token (client_id); people's tokens never are.
        for (String role : new String[] {"director", "observer", "judge", "integrator"}) {
            given().auth().oauth2(Tokens.token(role + ".x", role, "*")).queryParam("from", "2023-03-02")
                    .get("/api/metrics").then().statusCode(403).body("type", equalTo("/problems/unknown-court"));
        }
        assertThat(value(get(Tokens.serviceAccount("court-integration"), "from=2023-03-02&to=2023-03-02"),
                "total.metrics.cases_filed")).isGreaterThanOrEqualTo(new BigDecimal("4"));
    }

    @Test
    void shouldDefaultToTheLast30DaysByDay() {
        Court court = Court.fresh();
        given().auth().oauth2(court.judge()).get("/api/metrics").then().statusCode(200)
                .body("court", equalTo(court.code()))
                .body("campaign", nullValue())
                .body("period", equalTo("day"))
                .body("periods", hasSize(30))
                .body("total.kpis.conclusionRate", nullValue());
    }

    @Test
    void shouldAnswer400ProblemForBadQueries() {
        Court court = Court.fresh();
        for (String query : new String[] {"period=year", "period=DAY", "from=2023-02-30", "to=yesterday",
                "from=2023-03-02&to=2023-03-01", "from=2000-01-01&to=2023-01-01"}) {
            given().auth().oauth2(court.judge()).get("/api/metrics?" + query).then()
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body("status", equalTo(400));
        }
        given().auth().oauth2(court.judge()).get("/api/metrics?period=week&from=2023-03-02&to=2023-03-01").then()
                .statusCode(400).body("errors.field", contains("from"));
    }

    @Test
    void shouldRefusePeriodAndFormatWithBlanksAroundThemNotTrimThem() {
        Court court = Court.fresh();
        for (String[] query : new String[][] {{"period", " day"}, {"period", "week "}, {"period", "\tmonth"},
                {"format", " csv"}, {"format", "json "}, {"format", "csv\t"}}) {
            given().auth().oauth2(court.judge()).queryParam(query[0], query[1]).get("/api/metrics").then()
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body("errors.field", contains(query[0]));
        }
        given().auth().oauth2(court.judge()).queryParam("period", "week").queryParam("format", "csv")
                .get("/api/metrics").then().statusCode(200).contentType(org.hamcrest.Matchers.startsWith("text/csv"));
    }

    @Test
    void shouldAnswer400NotAServerErrorForDatesBeyondFourDigitYears() {
        // java.time parses these; the default 30 days around them leave its calendar or PostgreSQL's (were 500s).
        Court court = Court.fresh();
        for (String[] query : new String[][] {{"from", "%2B999999999-12-31"}, {"to", "-999999999-01-01"},
                {"from", "-999999999-01-01"}, {"to", "%2B10000-01-01"}}) {
            given().auth().oauth2(court.judge()).urlEncodingEnabled(false).get("/api/metrics?" + query[0] + "="
                    + query[1]).then()
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body("status", equalTo(400))
                    .body("errors.field", contains(query[0]));
            given().auth().oauth2(court.judge()).urlEncodingEnabled(false).get("/api/charts/collections.svg?"
                    + query[0] + "=" + query[1]).then()
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body("errors.field", contains(query[0]));
        }
    }

    @Test
    void shouldAnswer401And403() {
        Court court = Court.fresh();
        given().get("/api/metrics").then().statusCode(401).contentType("application/problem+json");
        given().auth().oauth2(court.clerk()).get("/api/metrics").then().statusCode(403)
                .contentType("application/problem+json");
        given().auth().oauth2(court.officer()).get("/api/metrics").then().statusCode(403);
        given().auth().oauth2(court.observer()).get("/api/metrics").then().statusCode(200);
        given().auth().oauth2(court.integrator()).get("/api/metrics").then().statusCode(200);
    }
}
