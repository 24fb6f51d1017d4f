package org.enforcement.stats.benchmark;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.agroal.api.AgroalDataSource;
import io.quarkus.cache.CacheManager;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import org.enforcement.stats.support.TestDatabase;
import org.enforcement.testing.Court;
import org.enforcement.testing.Tokens;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The read endpoints over HTTP on a daily_metric table of millions of rows, seeded straight in SQL: 300 courts x 3
 * years x 20 metrics (3 in 4 present) without a campaign, 12 campaigns of 30 courts over a year each, and one of all
 * 300 courts over three months (2024-03..05), about 6.8 million rows, inserted month by month as ingestion would
 * (the table ends up roughly in day order). Each endpoint is asked {@code warmups} times, then {@code runs} times;
 * the table prints p50, p95 and max per endpoint. The public pages are timed twice: as served (their short-lived
 * cache warm, as a busy page would find it) and cold (every cache emptied before each request, so every request
 * reads the database). Not part of the normal test run; see BENCHMARK.md.
 */
@QuarkusTest
@QuarkusTestResource(TestDatabase.class)
@Tag("benchmark")
class QueryBenchmark {


    static final int COURTS = Integer.getInteger("query.benchmark.courts", 300);
    static final int RUNS = Integer.getInteger("query.benchmark.runs", 10);
    static final int WARMUPS = Integer.getInteger("query.benchmark.warmups", 3);
    static final LocalDate FIRST = LocalDate.parse("2022-01-01");
    static final int MONTHS = 36;
    static final String ALL_COURTS_A_YEAR = "metrics: all courts, a year, by month";

    static final String METRICS = "ARRAY['cases_filed', 'owed_filed', 'cases_concluded', 'concluded_FULLY_PERFORMED',"
            + " 'concluded_TERMINATED_THIS_ROUND', 'days_to_conclude_sum', 'collected', 'disbursed', 'settlements',"
            + " 'settled_total', 'operations', 'officers_deployed', 'operation_targets', 'debtors_found', 'summoned',"
            + " 'detained', 'collected_on_site', 'streams', 'viewers', 'viewers_on_DOUYIN']";

    /** One month of every kind of row: no campaign, the 12 campaigns BM-01..BM-12 and BM-ALL. */
    static final String SEED_MONTH = "WITH days AS (SELECT g::date AS d FROM generate_series(CAST(? AS date),"
            + " CAST(? AS date), INTERVAL '1 day') g)"
            + " INSERT INTO daily_metric (feed, court, campaign_code, day, metric, value)"
            + " SELECT 'case', '测90000' || (10000 + s.c), s.code, s.d, (" + METRICS + ")[s.k],"
            + " CASE WHEN s.k IN (2, 7, 8, 10, 17)"
            + " THEN ((s.c * 7919 + (s.d - DATE '2022-01-01') * 104729 + s.k * 613) % 5000000) / 100.0"
            + " ELSE 1 + ((s.c * 31 + (s.d - DATE '2022-01-01') * 17 + s.k * 7) % 9) END"
            + " FROM ("
            + " SELECT c, '' AS code, d, k FROM days, generate_series(1, ?) c, generate_series(1, 20) k"
            + " WHERE (c * 13 + (d - DATE '2022-01-01') * 7 + k * 3) % 4 <> 0"
            + " UNION ALL"
            + " SELECT c, 'BM-' || lpad(n::text, 2, '0'), d, k FROM days, generate_series(1, 12) n,"
            + " generate_series(n * 20, n * 20 + 29) c, generate_series(1, 20) k"
            + " WHERE d BETWEEN DATE '2022-01-01' + (n - 1) * 60 AND DATE '2022-01-01' + (n - 1) * 60 + 364"
            + " AND (c * 13 + (d - DATE '2022-01-01') * 11 + k * 5) % 5 < 3"
            + " UNION ALL"
            + " SELECT c, 'BM-ALL', d, k FROM days, generate_series(1, ?) c, generate_series(1, 20) k"
            + " WHERE d BETWEEN DATE '2024-03-01' AND DATE '2024-05-31'"
            + " AND (c * 13 + (d - DATE '2022-01-01') * 11 + k * 5) % 5 < 3) s";

    record Timing(String name, long[] millis, int bytes) {
        long p(double q) {
            long[] sorted = millis.clone();
            Arrays.sort(sorted);
            return sorted[Math.max(0, (int) Math.ceil(q * sorted.length) - 1)];
        }
    }

    /** Loads, truncates and re-indexes daily_metric: the schema owner's work, not the service role's. */
    final DataSource dataSource = TestDatabase.ownerDataSource();

    @Inject
    CacheManager caches;

    @Inject
    AgroalDataSource service;

    final List<Timing> timings = new ArrayList<>();

    @Test
    void readEndpointsOnMillionsOfRows() throws SQLException {
        // Generic plans of prepared statements ignore the parameters; application.properties switches them off (on
        // the service's own connections, not the owner's that seed).
        try (Connection connection = service.getConnection(); Statement statement = connection.createStatement()) {
            assertThat(text(statement, "SHOW plan_cache_mode")).isEqualTo("force_custom_plan");
        }
        seed();
        String all = Tokens.serviceAccount("benchmark");
        register(all);
        Court court = new Court(court(25));
        Court organizer = new Court(ORGANIZER);

        // The figures are right: all courts' money of a month and of a year (read from the all-court sums) equals
        // the per-court rows' sum.
        for (String[] range : new String[][] {{"2024-03-01", "2024-03-31"}, {"2023-01-01", "2023-12-31"}}) {
            JsonPath sums = json(given().auth().oauth2(all).queryParam("from", range[0])
                    .queryParam("to", range[1]).queryParam("period", "month").get("/api/metrics").then()
                    .statusCode(200).extract().asString());
            assertThat(new BigDecimal(sums.get("total.metrics.collected").toString())).isEqualByComparingTo(sql(
                    "SELECT SUM(value) FROM daily_metric WHERE metric = 'collected' AND day BETWEEN '" + range[0]
                            + "' AND '" + range[1] + "'"));
        }

        System.out.printf("%nTiming %d runs after %d warm-ups each%n", RUNS, WARMUPS);
        metrics("metrics: one court, a month, by day", court.director(), "2023-03-01", "2023-03-31", "day", null);
        metrics("metrics: one court, a year, by day", court.director(), "2023-01-01", "2023-12-31", "day", null);
        metrics("metrics: one court, a year, by week", court.director(), "2023-01-01", "2023-12-31", "week", null);
        metrics("metrics: one court, a year, by month", court.director(), "2023-01-01", "2023-12-31", "month", null);
        metrics("metrics: one court, 3 years, by month", court.director(), "2022-01-01", "2024-12-31", "month", null);
        metrics("metrics: all courts, a month, by day", all, "2024-03-01", "2024-03-31", "day", null);
        metrics("metrics: all courts, a month, by week", all, "2024-03-01", "2024-03-31", "week", null);
        metrics(ALL_COURTS_A_YEAR, all, "2023-01-01", "2023-12-31", "month", null);
        // For deploy/bench/run.sh (P3: a year of every court), at once: a later endpoint's failure does not lose it.
        Timing year = timings.get(timings.size() - 1);
        System.out.printf("BENCH P3 p95_ms=%d p50_ms=%d%n", year.p(0.95), year.p(0.5));
        metrics("metrics: campaign BM-02 (30 courts), a year, by day", all, "2022-03-01",
                "2023-02-28", "day", "BM-02");
        metrics("metrics: campaign BM-02, a year, by month", all, "2022-03-01", "2023-02-28", "month",
                "BM-02");
        metrics("metrics: one court in BM-01, a year, by week", court.director(), "2022-01-01", "2022-12-31",
                "week", "BM-01");
        time("metrics CSV: one court, a year, by day", () -> given().auth().oauth2(court.director())
                .queryParam("from", "2023-01-01").queryParam("to", "2023-12-31").queryParam("period", "day")
                .queryParam("format", "csv"), "/api/metrics");
        time("metrics CSV: all courts, a month, by day", () -> given().auth().oauth2(all)
                .queryParam("from", "2024-03-01").queryParam("to", "2024-03-31").queryParam("period", "day")
                .queryParam("format", "csv"), "/api/metrics");
        time("press summary: one court, a year", () -> given().auth().oauth2(court.director())
                .queryParam("from", "2023-01-01").queryParam("to", "2023-12-31"), "/api/reports/press-summary");
        time("press summary: campaign BM-ALL (300 courts)", () -> given().auth().oauth2(all)
                .queryParam("campaign", "BM-ALL").queryParam("from", "2024-03-01").queryParam("to", "2024-05-31"),
                "/api/reports/press-summary");
        time("campaign BM-01 progress (30 courts)", () -> given().auth().oauth2(organizer.director())
                .queryParam("asOf", "2022-12-31"), "/api/campaigns/BM-01/progress");
        time("campaign BM-ALL progress (300 courts)", () -> given().auth().oauth2(all)
                .queryParam("asOf", "2024-05-31"), "/api/campaigns/BM-ALL/progress");
        time("campaign BM-ALL ranking by collected", () -> given().auth().oauth2(all)
                .queryParam("metric", "collected"), "/api/campaigns/BM-ALL/ranking");
        time("campaign BM-ALL ranking by conclusionRate", () -> given().auth().oauth2(all)
                .queryParam("metric", "conclusionRate"), "/api/campaigns/BM-ALL/ranking");
        time("campaign BM-ALL progress chart", () -> given().auth().oauth2(all)
                .queryParam("asOf", "2024-05-31"), "/api/campaigns/BM-ALL/charts/progress.svg");
        time("chart collections.svg: one court, a year", () -> given().auth().oauth2(court.director())
                .queryParam("from", "2023-01-01").queryParam("to", "2023-12-31"), "/api/charts/collections.svg");
        time("chart viewers-by-platform.svg: all courts, a month", () -> given().auth().oauth2(all)
                .queryParam("from", "2024-03-01").queryParam("to", "2024-03-31"),
                "/api/charts/viewers-by-platform.svg");
        for (boolean cold : List.of(false, true)) {
            String mode = cold ? " [cold]" : "";
            publicPage("public figures BM-ALL (registered, 300 courts)" + mode, cold,
                    "/public/campaigns/BM-ALL/figures", Map.of());
            // Only published campaigns are public: BM-01 (30 courts) instead of the unregistered BM-02.
            publicPage("public figures BM-01 (registered, 30 courts)" + mode, cold, "/public/campaigns/BM-01/figures",
                    Map.of());
            publicPage("public collections.svg BM-ALL" + mode, cold, "/public/campaigns/BM-ALL/charts/collections.svg",
                    Map.of());
            publicPage("public viewers-by-platform.svg BM-01" + mode, cold,
                    "/public/campaigns/BM-01/charts/viewers-by-platform.svg", Map.of());
            publicPage("public key-tasks.svg BM-ALL" + mode, cold, "/public/campaigns/BM-ALL/charts/key-tasks.svg",
                    Map.of());
            publicPage("public ranking.svg BM-ALL" + mode, cold, "/public/campaigns/BM-ALL/charts/ranking.svg",
                    Map.of());
            publicPage("public dashboard: list" + mode, cold, "/public/dashboard", Map.of());
            publicPage("public dashboard: BM-ALL" + mode, cold, "/public/dashboard", Map.of("campaign", "BM-ALL"));
            publicPage("public dashboard: BM-01" + mode, cold, "/public/dashboard", Map.of("campaign", "BM-01"));
        }
        print();
        for (Timing t : timings) {
            // The public pages as served (the 3-5 s of the span and campaign sums before V4 and the cache).
            if (t.name().startsWith("public") && !t.name().endsWith("[cold]")) {
                assertThat(t.p(0.95)).as(t.name() + " p95").isLessThan(1000);
            }
        }
    }

    private void metrics(String name, String token, String from, String to, String period, String campaign) {
        time(name, () -> {
            RequestSpecification request = given().auth().oauth2(token).queryParam("from", from)
                    .queryParam("to", to).queryParam("period", period);
            return campaign == null ? request : request.queryParam("campaign", campaign);
        }, "/api/metrics");
    }

    private void publicPage(String name, boolean cold, String path, Map<String, String> params) {
        time(name, () -> {
            if (cold) {
                emptyCaches();
            }
            return given().queryParams(params);
        }, path);
    }

    private void emptyCaches() {
        for (String name : caches.getCacheNames()) {
            caches.getCache(name).orElseThrow().invalidateAll().await().indefinitely();
        }
    }

    private void time(String name, Supplier<RequestSpecification> request, String path) {
        int bytes = 0;
        for (int i = 0; i < WARMUPS; i++) {
            bytes = request.get().get(path).then().statusCode(200).extract().asByteArray().length;
        }
        long[] millis = new long[RUNS];
        for (int i = 0; i < RUNS; i++) {
            RequestSpecification spec = request.get();
            long start = System.nanoTime();
            spec.get(path).then().statusCode(200).extract().asByteArray();
            millis[i] = (System.nanoTime() - start) / 1_000_000;
        }
        Timing timing = new Timing(name, millis, bytes);
        timings.add(timing);
        System.out.printf("  %-58s p50 %5d ms  p95 %5d ms%n", name, timing.p(0.5), timing.p(0.95));
    }

    private void print() {
        System.out.printf("%n| endpoint | p50 ms | p95 ms | max ms | bytes |%n|---|---:|---:|---:|---:|%n");
        for (Timing t : timings) {
            System.out.printf("| %s | %d | %d | %d | %d |%n", t.name(), t.p(0.5), t.p(0.95), t.p(1.0), t.bytes());
        }
        System.out.println();
    }

    /** The intermediate test court the seeded basic courts lie under (see TestCourts). */
    static final String ORGANIZER = "测900001";

    /** Seeded court {@code c}: a basic test court under {@link #ORGANIZER}, as the seed SQL names it. */
    static String court(int c) {
        return "测90000" + (10000 + c);
    }

    /** BM-01 (30 courts) and BM-ALL (every court), organized by their intermediate court, with key tasks. */
    private void register(String all) {
        List<String> bm01 = IntStream.rangeClosed(20, 49).mapToObj(QueryBenchmark::court).toList();
        List<String> every = IntStream.rangeClosed(1, COURTS).mapToObj(QueryBenchmark::court).toList();
        campaign(all, "BM-01", ORGANIZER, bm01, "2022-01-01", "2022-12-31");
        campaign(all, "BM-ALL", ORGANIZER, every, "2024-03-01", "2024-05-31");
    }

    private static void campaign(String all, String code, String organizer, List<String> courts, String from,
                                 String to) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("code", code);
        body.put("name", "“" + code + "”执行专项行动");
        body.put("organizingCourt", organizer);
        body.put("level", "HIGH");
        body.put("participatingCourts", courts);
        body.put("startsOn", from);
        body.put("endsOn", to);
        body.put("keyTasks", List.of(
                Map.of("number", 1, "title", "集中清理执行积案", "metric", "cases_concluded", "target", 100000,
                        "cadence", "TOTAL", "deadline", to),
                Map.of("number", 2, "title", "执行到位金额", "metric", "collected", "target", "900000000.00",
                        "cadence", "TOTAL", "deadline", to),
                Map.of("number", 3, "title", "每月直播", "metric", "streams", "target", 200, "cadence", "MONTHLY",
                        "deadline", to)));
        given().auth().oauth2(all).contentType(ContentType.JSON).body(body).post("/api/campaigns")
                .then().statusCode(201);
        // A registered campaign is on the public pages only once published.
        given().auth().oauth2(all).queryParam("organiser", organizer)
                .post("/api/campaigns/{code}/publication", code).then().statusCode(200);
    }

    /**
     * Fills daily_metric month by month. The indexes are dropped first and built again afterwards with their own
     * definitions (what the migrations made), which is much faster than maintaining them row by row.
     */
    private void seed() throws SQLException {
        long start = System.nanoTime();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            connection.setAutoCommit(true);
            statement.execute("SET maintenance_work_mem = '256MB'");
            statement.execute("TRUNCATE daily_metric, daily_metric_all_courts");
            List<String> indexes = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery("SELECT indexname, indexdef FROM pg_indexes"
                    + " WHERE tablename = 'daily_metric' AND indexname <> 'daily_metric_pkey' ORDER BY indexname")) {
                while (rs.next()) {
                    indexes.add(rs.getString(2));
                }
            }
            for (String definition : indexes) {
                statement.execute("DROP INDEX " + definition.replaceFirst("^CREATE (UNIQUE )?INDEX (\\S+) .*$", "$2"));
            }
            statement.execute("ALTER TABLE daily_metric DROP CONSTRAINT daily_metric_pkey");
            try (PreparedStatement insert = connection.prepareStatement(SEED_MONTH)) {
                for (int m = 0; m < MONTHS; m++) {
                    LocalDate from = FIRST.plusMonths(m);
                    insert.setString(1, from.toString());
                    insert.setString(2, from.plusMonths(1).minusDays(1).toString());
                    insert.setInt(3, COURTS);
                    insert.setInt(4, COURTS);
                    insert.executeUpdate();
                }
            }
            long inserted = System.nanoTime();
            statement.execute("ALTER TABLE daily_metric ADD PRIMARY KEY (court, campaign_code, day, metric, feed)");
            for (String definition : indexes) {
                statement.execute(definition);
            }
            // The all-court sums that ingestion keeps with the same deltas, derived as their migration does.
            statement.execute("INSERT INTO daily_metric_all_courts (campaign_code, day, metric, feed, value)"
                    + " SELECT campaign_code, day, metric, feed, SUM(value) FROM daily_metric"
                    + " GROUP BY campaign_code, day, metric, feed");
            statement.execute("VACUUM ANALYZE daily_metric");
            statement.execute("VACUUM ANALYZE daily_metric_all_courts");
            System.out.printf("%nSeeded %d rows of daily_metric in %d s (rows %d s, indexes and vacuum %d s);"
                            + " table %s, indexes %s%n", count(statement, "SELECT COUNT(*) FROM daily_metric"),
                    (System.nanoTime() - start) / 1_000_000_000, (inserted - start) / 1_000_000_000,
                    (System.nanoTime() - inserted) / 1_000_000_000,
                    text(statement, "SELECT pg_size_pretty(pg_relation_size('daily_metric'))"),
                    text(statement, "SELECT string_agg(indexrelid::regclass || ' '"
                            + " || pg_size_pretty(pg_relation_size(indexrelid)), ', ' ORDER BY indexrelid::regclass::text)"
                            + " FROM pg_index WHERE indrelid = 'daily_metric'::regclass"));
        }
    }

    private BigDecimal sql(String query) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery(query)) {
            rs.next();
            return rs.getBigDecimal(1);
        }
    }

    private static long count(Statement statement, String query) throws SQLException {
        try (ResultSet rs = statement.executeQuery(query)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static String text(Statement statement, String query) throws SQLException {
        try (ResultSet rs = statement.executeQuery(query)) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static JsonPath json(String body) {
        return new JsonPath(body).using(new JsonPathConfig(JsonPathConfig.NumberReturnType.BIG_DECIMAL));
    }
}
