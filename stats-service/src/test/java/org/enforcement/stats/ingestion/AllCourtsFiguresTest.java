package org.enforcement.stats.ingestion;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.enforcement.stats.support.FeedStubs.event;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.enforcement.stats.support.Cursors;
import org.enforcement.stats.support.FeedStubs;
import org.enforcement.stats.support.TestDatabase;
import org.enforcement.testing.Court;
import org.enforcement.testing.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The all-court sums (daily_metric_all_courts, read for every court's figures) equal the per-court rows summed,
 * exactly, whatever ingestion went through: pages, replays, reversals, dead letters retried, a feed rebuilt.
 */
@QuarkusTest
@QuarkusTestResource(TestDatabase.class)
@QuarkusTestResource(FeedStubs.class)
class AllCourtsFiguresTest {

    static final String CAMPAIGN = "全院·3号";
    static final String FROM = "2021-06-01";
    static final String TO = "2021-06-30";

    @Inject
    Ingestion ingestion;

    @Inject
    Cursors cursors;

    @Inject
    AgroalDataSource dataSource;

    UUID malformed;

    @BeforeEach
    void emptyFeeds() {
        FeedStubs.reset();
        cursors.set(FeedStubs.CASE, 0);
        cursors.set(FeedStubs.OPERATION, 0);
        malformed = UUID.randomUUID();
    }

    /** Events of two courts in June 2021: payments in and out (a reversal), a campaign, one malformed payment. */
    List<Map<String, Object>> caseEvents(String one, String two) {
        List<Map<String, Object>> events = new ArrayList<>();
        events.add(event(1, "CaseFiled", one, "2021-06-01T02:00:00Z", Map.of("filedOn", "2021-06-01",
                "owed", new BigDecimal("50000.00"), "campaignCode", CAMPAIGN)));
        events.add(event(2, "CaseFiled", two, "2021-06-01T03:00:00Z", Map.of("filedOn", "2021-06-01",
                "owed", new BigDecimal("1234.56"))));
        events.add(event(3, "PaymentRecorded", one, "2021-06-02T02:00:00Z", Map.of("amount",
                new BigDecimal("20000.05"), "campaignCode", CAMPAIGN)));
        events.add(event(4, "PaymentRecorded", two, "2021-06-02T02:30:00Z", Map.of("amount",
                new BigDecimal("0.01"))));
        events.add(event(5, malformed, "PaymentRecorded", two, "2021-06-02T03:00:00Z", Map.of("amount", "x")));
        events.add(event(6, "PaymentReversed", one, "2021-06-03T02:00:00Z", Map.of("amount",
                new BigDecimal("-5000.05"), "campaignCode", CAMPAIGN)));
        events.add(event(7, "PaymentRecorded", two, "2021-06-03T04:00:00Z", Map.of("amount",
                new BigDecimal("99.99"), "campaignCode", CAMPAIGN)));
        events.add(event(8, "CaseConcluded", one, "2021-06-03T05:00:00Z", Map.of("conclusionType",
                "FULLY_PERFORMED", "concludedOn", "2021-06-03", "daysToConclude", 2, "campaignCode", CAMPAIGN)));
        return events;
    }

    @Test
    void shouldKeepTheAllCourtSumsEqualToThePerCourtRows() throws SQLException {
        Court one = Court.fresh();
        Court two = Court.fresh();
        FeedStubs.page(FeedStubs.CASE, 0, caseEvents(one.code(), two.code()), false);
        FeedStubs.page(FeedStubs.OPERATION, 0, List.of(event(1, "TargetOutcome", two.code(), "2021-06-02T01:00:00Z",
                Map.of("type", "PAID_ON_SITE", "amount", new BigDecimal("300.50"), "campaignCode", CAMPAIGN))),
                false);

        assertThat(ingestion.pollOnce().get(Feed.CASE).applied()).isEqualTo(7);
        assertSumsAgree();
        assertThat(allCourts(null).get("collected")).isGreaterThanOrEqualTo(new BigDecimal("15100.00"));

        // A replay applies nothing and changes no sum.
        cursors.set(FeedStubs.CASE, 0);
        assertThat(ingestion.pollOnce().get(Feed.CASE).applied()).isZero();
        assertSumsAgree();

        // The malformed payment, corrected and retried: counted once, in both.
        cursors.execute("UPDATE dead_letter_event SET payload = jsonb_set(payload, '{amount}', '\"7.77\"')"
                + " WHERE event_id = '" + malformed + "'");
        Map<String, BigDecimal> before = allCourts(null);
        given().auth().oauth2(two.integrator()).post("/api/ingestion/dead-letters/" + malformed + "/retry").then()
                .statusCode(200);
        given().auth().oauth2(two.integrator()).post("/api/ingestion/dead-letters/" + malformed + "/retry").then()
                .statusCode(404);
        assertThat(allCourts(null).get("collected")).isEqualByComparingTo(before.get("collected")
                .add(new BigDecimal("7.77")));
        assertSumsAgree();

        // A rebuild of the case feed takes its share out of both; read again, it is back, once.
        ingestion.rebuild(Feed.CASE);
        assertSumsAgree();
        assertThat(allCourts(CAMPAIGN).get("collected")).isNull();
        ingestion.pollOnce();
        assertSumsAgree();
        // 20000.05 - 5000.05 + 99.99 (the corrected payment is the source's malformed one again: a dead letter).
        assertThat(allCourts(CAMPAIGN).get("collected")).isEqualByComparingTo("15099.99");
        assertThat(allCourts(CAMPAIGN).get("collected_on_site")).isEqualByComparingTo("300.50");
    }

    /** Row for row, and as every court's report answers it, the all-court sums are the per-court rows summed. */
    private void assertSumsAgree() throws SQLException {
        assertThat(cursors.count("SELECT COUNT(*) FROM (SELECT campaign_code, day, metric, feed, SUM(value) AS value"
                + " FROM daily_metric GROUP BY campaign_code, day, metric, feed) d"
                + " FULL JOIN daily_metric_all_courts a USING (campaign_code, day, metric, feed)"
                + " WHERE d.value IS DISTINCT FROM a.value")).as("rows that differ").isZero();
        for (String campaign : new String[] {null, CAMPAIGN}) {
            Map<String, BigDecimal> reported = allCourts(campaign);
            Map<String, BigDecimal> summed = perCourtRows(campaign);
            for (var metric : summed.entrySet()) {
                assertThat(reported.getOrDefault(metric.getKey(), BigDecimal.ZERO)).as(metric.getKey())
                        .isEqualByComparingTo(metric.getValue());
            }
        }
    }

    /** Every court's totals of June 2021 (of the campaign, when given) as {@code GET /api/metrics} reports them. */
    private static Map<String, BigDecimal> allCourts(String campaign) {
        var request = given().auth().oauth2(Tokens.serviceAccount("all-courts-test")).queryParam("from", FROM)
                .queryParam("to", TO).queryParam("period", "week");
        if (campaign != null) {
            request.queryParam("campaign", campaign);
        }
        JsonPath json = request.get("/api/metrics").then().statusCode(200).extract()
                .jsonPath(new JsonPathConfig(JsonPathConfig.NumberReturnType.BIG_DECIMAL));
        Map<String, Object> metrics = json.getMap("total.metrics");
        Map<String, BigDecimal> totals = new HashMap<>();
        metrics.forEach((name, value) -> {
            if (value != null && new BigDecimal(value.toString()).signum() != 0) {
                totals.put(name, new BigDecimal(value.toString()));
            }
        });
        return totals;
    }

    /** The same totals summed over the per-court rows in SQL. */
    private Map<String, BigDecimal> perCourtRows(String campaign) throws SQLException {
        Map<String, BigDecimal> sums = new HashMap<>();
        try (var connection = dataSource.getConnection(); var statement = connection.prepareStatement(
                "SELECT metric, SUM(value) FROM daily_metric WHERE day BETWEEN CAST(? AS date) AND CAST(? AS date)"
                        + " AND (CAST(? AS text) IS NULL OR campaign_code = ?) GROUP BY metric")) {
            statement.setString(1, FROM);
            statement.setString(2, TO);
            statement.setString(3, campaign);
            statement.setString(4, campaign);
            try (var rows = statement.executeQuery()) {
                while (rows.next()) {
                    sums.put(rows.getString(1), rows.getBigDecimal(2));
                }
            }
        }
        return sums;
    }
}
