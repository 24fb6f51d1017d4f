package org.enforcement.stats.ingestion;

import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.enforcement.stats.support.FeedStubs.event;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.enforcement.stats.support.Cursors;
import org.enforcement.stats.support.FeedStubs;
import org.enforcement.stats.support.TestDatabase;
import org.enforcement.testing.Court;
import org.enforcement.testing.Management;
import org.enforcement.testing.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Reading the feeds: hand-written events become exact metrics, once, whatever fails or replays. */
@QuarkusTest
@QuarkusTestResource(TestDatabase.class)
@QuarkusTestResource(FeedStubs.class)
class IngestionTest {

    static final String CAMPAIGN = "淮执·9号";

    @Inject
    Ingestion ingestion;

    @Inject
    Cursors cursors;

    @Inject
    AgroalDataSource dataSource;

    @BeforeEach
    void emptyFeeds() {
        FeedStubs.reset();
        cursors.set(FeedStubs.CASE, 0);
        cursors.set(FeedStubs.OPERATION, 0);
    }

    /** Ten case events of {@code court} over 2023-02-01..03 (Shanghai), one of another court. */
    static List<Map<String, Object>> caseEvents(String court, String otherCourt) {
        return List.of(
                event(1, "CaseFiled", court, "2023-02-01T02:00:00Z", Map.of("caseNumber", "(2023)执1号",
                        "status", "FILED", "filedOn", "2023-02-01", "campaignCode", CAMPAIGN,
                        "principal", new BigDecimal("49000.00"), "costs", new BigDecimal("1000.00"),
                        "owed", new BigDecimal("50000.00"))),
                // 01:30 on 2 February in Shanghai, still 1 February in UTC.
                event(2, "CaseFiled", court, "2023-02-01T17:30:00Z", Map.of("caseNumber", "(2023)执2号",
                        "status", "FILED", "filedOn", "2023-02-02", "principal", new BigDecimal("12000.00"),
                        "costs", new BigDecimal("345.67"), "owed", new BigDecimal("12345.67"))),
                event(3, "CaseFiled", court, "2023-02-02T03:00:00Z", Map.of("caseNumber", "(2023)执3号",
                        "status", "FILED", "filedOn", "2023-02-02", "campaignCode", CAMPAIGN,
                        "principal", new BigDecimal("30000.10"), "costs", new BigDecimal("0.00"),
                        "owed", new BigDecimal("30000.10"))),
                event(4, "PaymentRecorded", court, "2023-02-02T04:00:00Z", Map.of("amount",
                        new BigDecimal("20000.05"), "paidTotal", new BigDecimal("20000.05"), "owed",
                        new BigDecimal("50000.00"), "campaignCode", CAMPAIGN)),
                event(5, "PaymentRecorded", court, "2023-02-03T01:00:00Z", Map.of("amount",
                        new BigDecimal("1000.00"), "paidTotal", new BigDecimal("1000.00"), "owed",
                        new BigDecimal("12345.67"))),
                event(6, "PaymentReversed", court, "2023-02-03T02:00:00Z", Map.of("amount",
                        new BigDecimal("-5000.05"), "paidTotal", new BigDecimal("15000.00"), "owed",
                        new BigDecimal("50000.00"), "campaignCode", CAMPAIGN)),
                event(7, "CaseConcluded", court, "2023-02-03T03:00:00Z", Map.of("conclusionType",
                        "TERMINATED_THIS_ROUND", "concludedOn", "2023-02-03", "daysToConclude", 30,
                        "owed", new BigDecimal("50000.00"), "paid", new BigDecimal("15000.00"),
                        "campaignCode", CAMPAIGN)),
                event(8, "CaseConcluded", court, "2023-02-03T05:00:00Z", Map.of("conclusionType",
                        "FULLY_PERFORMED", "concludedOn", "2023-02-03", "daysToConclude", 45,
                        "owed", new BigDecimal("12345.67"), "paid", new BigDecimal("12345.67"))),
                event(9, "DisbursementApproved", court, "2023-02-03T06:00:00Z", Map.of("amount",
                        new BigDecimal("15000.00"), "status", "APPROVED", "campaignCode", CAMPAIGN)),
                event(10, "SettlementSigned", court, "2023-02-03T07:00:00Z", Map.of("total",
                        new BigDecimal("8000.00"), "installments", 4, "campaignCode", CAMPAIGN)),
                event(11, "PaymentRecorded", otherCourt, "2023-02-03T07:00:00Z", Map.of("amount",
                        new BigDecimal("777.77"))),
                event(12, "CaseEnforcementStarted", court, "2023-02-03T08:00:00Z", Map.of("status",
                        "IN_ENFORCEMENT")));
    }

    static List<Map<String, Object>> operationEvents(String court) {
        return List.of(
                event(1, "OperationClosed", court, "2023-02-02T00:00:00Z", Map.of("officersDeployed", 50,
                        "targets", 26, "witnesses", 8, "date", "2023-02-02", "campaignCode", CAMPAIGN)),
                event(2, "TargetOutcome", court, "2023-02-01T21:10:00Z", Map.of("type", "DEBTOR_FOUND",
                        "campaignCode", CAMPAIGN)),
                event(3, "TargetOutcome", court, "2023-02-01T22:00:00Z", Map.of("type", "PAID_ON_SITE",
                        "amount", new BigDecimal("3000.50"), "campaignCode", CAMPAIGN)),
                event(4, "TargetOutcome", court, "2023-02-01T23:00:00Z", Map.of("type", "DETAINED",
                        "detentionDays", 15, "campaignCode", CAMPAIGN)),
                event(5, "TargetOutcome", court, "2023-02-01T23:30:00Z", Map.of("type", "SUMMONED",
                        "campaignCode", CAMPAIGN)),
                event(6, "StreamEnded", court, "2023-02-02T02:00:00Z", Map.of("platformCount", 2,
                        "platforms", List.of("DOUYIN", "KUAISHOU"), "peakViewersTotal", 30000,
                        "cumulativeViewersTotal", 120000, "campaignCode", CAMPAIGN)));
    }

    static JsonPath metrics(Court court, String campaign, String period) {
        var request = given().auth().oauth2(court.director()).queryParam("from", "2023-02-01")
                .queryParam("to", "2023-02-03").queryParam("period", period);
        if (campaign != null) {
            request.queryParam("campaign", campaign);
        }
        return request.get("/api/metrics").then().statusCode(200).extract()
                .jsonPath(new JsonPathConfig(JsonPathConfig.NumberReturnType.BIG_DECIMAL));
    }

    static BigDecimal value(JsonPath json, String path) {
        Object value = json.get(path);
        return value == null ? null : new BigDecimal(value.toString());
    }

    @Test
    void shouldApplyAPageOfEventsToTheCent() {
        Court court = Court.fresh();
        Court other = Court.fresh();
        FeedStubs.page(FeedStubs.CASE, 0, caseEvents(court.code(), other.code()), false);
        FeedStubs.page(FeedStubs.OPERATION, 0, operationEvents(court.code()), false);

        Map<Feed, Ingestion.PollResult> results = ingestion.pollOnce();

        assertThat(results.get(Feed.CASE).applied()).isEqualTo(12);
        assertThat(results.get(Feed.OPERATION).applied()).isEqualTo(6);
        assertThat(cursors.cursor(FeedStubs.CASE)).isEqualTo(12);
        assertThat(cursors.cursor(FeedStubs.OPERATION)).isEqualTo(6);

        JsonPath total = metrics(court, null, "week");
        assertThat(total.getList("periods")).hasSize(1);
        assertThat(value(total, "total.metrics.cases_filed")).isEqualByComparingTo("3");
        assertThat(value(total, "total.metrics.owed_filed")).isEqualTo(new BigDecimal("92345.77"));
        assertThat(value(total, "total.metrics.collected")).isEqualTo(new BigDecimal("16000.00"));
        assertThat(value(total, "total.metrics.cases_concluded")).isEqualByComparingTo("2");
        assertThat(value(total, "total.metrics.concluded_TERMINATED_THIS_ROUND")).isEqualByComparingTo("1");
        assertThat(value(total, "total.metrics.concluded_FULLY_PERFORMED")).isEqualByComparingTo("1");
        assertThat(value(total, "total.metrics.concluded_TERMINATED")).isEqualByComparingTo("0");
        assertThat(value(total, "total.metrics.days_to_conclude_sum")).isEqualByComparingTo("75");
        assertThat(value(total, "total.metrics.disbursed")).isEqualTo(new BigDecimal("15000.00"));
        assertThat(value(total, "total.metrics.settlements")).isEqualByComparingTo("1");
        assertThat(value(total, "total.metrics.operations")).isEqualByComparingTo("1");
        assertThat(value(total, "total.metrics.officers_deployed")).isEqualByComparingTo("50");
        assertThat(value(total, "total.metrics.debtors_found")).isEqualByComparingTo("1");
        assertThat(value(total, "total.metrics.summoned")).isEqualByComparingTo("1");
        assertThat(value(total, "total.metrics.detained")).isEqualByComparingTo("1");
        assertThat(value(total, "total.metrics.collected_on_site")).isEqualTo(new BigDecimal("3000.50"));
        assertThat(value(total, "total.metrics.streams")).isEqualByComparingTo("1");
        assertThat(value(total, "total.metrics.viewers")).isEqualByComparingTo("120000");
        // 2 / 3, 16000.00 / 92345.77, 75 / 2, 1 / 2
        assertThat(value(total, "total.kpis.conclusionRate")).isEqualTo(new BigDecimal("0.6667"));
        assertThat(value(total, "total.kpis.actualCollectionRate")).isEqualTo(new BigDecimal("0.1733"));
        assertThat(value(total, "total.kpis.averageDaysToConclusion")).isEqualTo(new BigDecimal("37.5000"));
        assertThat(value(total, "total.kpis.terminatedThisRoundShare")).isEqualTo(new BigDecimal("0.5000"));

        // Days are Shanghai dates: case 2 and the dawn outcomes of 1 February UTC count on 2 February.
        JsonPath daily = metrics(court, null, "day");
        assertThat(daily.getList("periods.start")).containsExactly("2023-02-01", "2023-02-02", "2023-02-03");
        assertThat(value(daily, "periods[0].metrics.cases_filed")).isEqualByComparingTo("1");
        assertThat(value(daily, "periods[0].metrics.owed_filed")).isEqualTo(new BigDecimal("50000.00"));
        assertThat(value(daily, "periods[0].metrics.debtors_found")).isEqualByComparingTo("0");
        assertThat(value(daily, "periods[0].kpis.conclusionRate")).isEqualTo(new BigDecimal("0.0000"));
        assertThat(value(daily, "periods[1].metrics.cases_filed")).isEqualByComparingTo("2");
        assertThat(value(daily, "periods[1].metrics.owed_filed")).isEqualTo(new BigDecimal("42345.77"));
        assertThat(value(daily, "periods[1].metrics.collected")).isEqualTo(new BigDecimal("20000.05"));
        assertThat(value(daily, "periods[1].metrics.debtors_found")).isEqualByComparingTo("1");
        assertThat(value(daily, "periods[1].metrics.collected_on_site")).isEqualTo(new BigDecimal("3000.50"));
        assertThat(value(daily, "periods[1].kpis.averageDaysToConclusion")).isNull();
        assertThat(value(daily, "periods[2].metrics.collected")).isEqualTo(new BigDecimal("-4000.05"));
        assertThat(value(daily, "periods[2].metrics.cases_concluded")).isEqualByComparingTo("2");
        assertThat(value(daily, "periods[2].kpis.conclusionRate")).isNull();

        // The campaign alone: cases 1 and 3, the payment and its reversal, the 终本 conclusion.
        JsonPath campaign = metrics(court, CAMPAIGN, "month");
        assertThat(value(campaign, "total.metrics.cases_filed")).isEqualByComparingTo("2");
        assertThat(value(campaign, "total.metrics.owed_filed")).isEqualTo(new BigDecimal("80000.10"));
        assertThat(value(campaign, "total.metrics.collected")).isEqualTo(new BigDecimal("15000.00"));
        assertThat(value(campaign, "total.kpis.conclusionRate")).isEqualTo(new BigDecimal("0.5000"));
        assertThat(value(campaign, "total.kpis.actualCollectionRate")).isEqualTo(new BigDecimal("0.1875"));
        assertThat(value(campaign, "total.kpis.averageDaysToConclusion")).isEqualTo(new BigDecimal("30.0000"));
        assertThat(value(campaign, "total.kpis.terminatedThisRoundShare")).isEqualTo(new BigDecimal("1.0000"));

        // The other court's payment is its own.
        JsonPath others = metrics(other, null, "month");
        assertThat(value(others, "total.metrics.collected")).isEqualTo(new BigDecimal("777.77"));
        assertThat(value(others, "total.metrics.cases_filed")).isEqualByComparingTo("0");
    }

    @Test
    void shouldReadTheFeedsWithItsServiceAccountTokenForEveryCourt() throws Exception {
        ingestion.pollOnce();

        for (String feed : List.of(FeedStubs.CASE, FeedStubs.OPERATION)) {
            List<LoggedRequest> reads = FeedStubs.server().findAll(getRequestedFor(urlPathEqualTo("/" + feed
                    + "/events")));
            assertThat(reads).as(feed).isNotEmpty();
            LoggedRequest read = reads.get(reads.size() - 1);
            // The client-credentials token of client stats-service from the provider: court *, no acting court.
            String token = read.getHeader("Authorization").substring("Bearer ".length());
            Map<?, ?> claims = new ObjectMapper().readValue(Base64.getUrlDecoder().decode(token.split("\\.")[1]),
                    Map.class);
            assertThat(claims.get("client_id")).isEqualTo("stats-service");
            assertThat(claims.get("court")).isEqualTo("*");
            assertThat(claims.get("iss")).isEqualTo(Tokens.issuer());
            assertThat(claims.get("groups")).isEqualTo(List.of("integrator"));
            assertThat(read.containsHeader("X-Acting-Court")).isFalse();
        }
    }

    @Test
    void shouldReadAFeedThatCarriesFieldsStatsServiceDoesNotKnow() {
        // Request bodies are read strictly, but what another service sends is read tolerantly: a field it adds
        // to its feed must not stop ingestion.
        Court court = Court.fresh();
        Map<String, Object> filed = new java.util.LinkedHashMap<>(event(1, "CaseFiled", court.code(),
                "2023-02-01T02:00:00Z", Map.of("caseNumber", "(2023)执1号", "status", "FILED",
                        "filedOn", "2023-02-01", "principal", new BigDecimal("49000.00"),
                        "costs", new BigDecimal("1000.00"), "owed", new BigDecimal("50000.00"),
                        "someFutureField", "x")));
        filed.put("schemaVersion", 2);
        filed.put("correlation", Map.of("traceId", "4bf92f3577b34da6a3ce929d0e0e4736"));
        String page = "{\"items\": " + json(List.of(filed)) + ", \"nextCursor\": \"1\", \"hasMore\": false,"
                + " \"head\": 1, \"generatedAt\": \"2023-02-03T00:00:00Z\", \"source\": {\"service\": \"case-service\"}}";
        FeedStubs.server().stubFor(com.github.tomakehurst.wiremock.client.WireMock
                .get(com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo("/" + FeedStubs.CASE + "/events"))
                .atPriority(1)
                .withQueryParam("cursor", com.github.tomakehurst.wiremock.client.WireMock.equalTo("0"))
                .willReturn(com.github.tomakehurst.wiremock.client.WireMock.aResponse().withStatus(200)
                        .withHeader("Content-Type", "application/json").withBody(page)));

        Ingestion.PollResult result = ingestion.pollOnce().get(Feed.CASE);

        assertThat(result.error()).isNull();
        assertThat(result.applied()).isEqualTo(1);
        assertThat(cursors.cursor(FeedStubs.CASE)).isEqualTo(1);
        JsonPath total = metrics(court, null, "month");
        assertThat(value(total, "total.metrics.cases_filed")).isEqualByComparingTo("1");
        assertThat(value(total, "total.metrics.owed_filed")).isEqualTo(new BigDecimal("50000.00"));
    }

    private static String json(Object value) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(value);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void shouldChangeNothingWhenTheSameEventsAreReadAgain() {
        Court court = Court.fresh();
        Court other = Court.fresh();
        FeedStubs.page(FeedStubs.CASE, 0, caseEvents(court.code(), other.code()), false);
        FeedStubs.page(FeedStubs.OPERATION, 0, operationEvents(court.code()), false);
        ingestion.pollOnce();
        String before = metrics(court, null, "day").prettify();
        long applied = cursors.count("SELECT COUNT(*) FROM applied_event");
        long rows = cursors.count("SELECT COUNT(*) FROM daily_metric");

        // As after a crash before the cursor was stored, or an operator replaying the feeds.
        cursors.set(FeedStubs.CASE, 0);
        cursors.set(FeedStubs.OPERATION, 0);
        Map<Feed, Ingestion.PollResult> replay = ingestion.pollOnce();

        assertThat(replay.get(Feed.CASE).applied()).isZero();
        assertThat(replay.get(Feed.OPERATION).applied()).isZero();
        assertThat(replay.get(Feed.CASE).error()).isNull();
        assertThat(cursors.cursor(FeedStubs.CASE)).isEqualTo(12);
        assertThat(metrics(court, null, "day").prettify()).isEqualTo(before);
        assertThat(cursors.count("SELECT COUNT(*) FROM applied_event")).isEqualTo(applied);
        assertThat(cursors.count("SELECT COUNT(*) FROM daily_metric")).isEqualTo(rows);
    }

    @Test
    void shouldKeepTheCursorAndRecordTheErrorOfAFeedThatIsDownWhileTheOtherProceeds() {
        Court court = Court.fresh();
        cursors.set(FeedStubs.CASE, 7);
        FeedStubs.failing(FeedStubs.CASE, 500);
        FeedStubs.page(FeedStubs.OPERATION, 0, operationEvents(court.code()), false);

        Map<Feed, Ingestion.PollResult> results = ingestion.pollOnce();

        assertThat(results.get(Feed.CASE).error()).contains("HTTP 500");
        assertThat(cursors.cursor(FeedStubs.CASE)).isEqualTo(7);
        assertThat(cursors.error(FeedStubs.CASE)).isEqualTo("HTTP 500 from case-service");
        assertThat(cursors.cursor(FeedStubs.OPERATION)).isEqualTo(6);
        assertThat(cursors.error(FeedStubs.OPERATION)).isNull();
        assertThat(value(metrics(court, null, "month"), "total.metrics.officers_deployed"))
                .isEqualByComparingTo("50");
        given().auth().oauth2(court.director()).get("/api/ingestion").then().statusCode(200)
                .body("feeds.find { it.feed == 'case' }.lastEventId", equalTo(7))
                .body("feeds.find { it.feed == 'case' }.lastError", equalTo("HTTP 500 from case-service"))
                .body("feeds.find { it.feed == 'operation' }.lastEventId", equalTo(6))
                .body("feeds.find { it.feed == 'operation' }.lastError", nullValue());
        // Readiness lists the failing feed but stays UP: lagging statistics are still served.
        Management.given().get("/q/health/ready").then().statusCode(200)
                .body("checks.find { it.name == 'Event feeds' }.status", equalTo("UP"))
                .body("checks.find { it.name == 'Event feeds' }.data.'case.lastEventId'", equalTo(7))
                .body("checks.find { it.name == 'Event feeds' }.data.'case.lastError'",
                        equalTo("HTTP 500 from case-service"));

        Management.given().accept("text/plain").get("/q/metrics").then().statusCode(200)
                .body(org.hamcrest.Matchers.containsString("stats_ingest_poll_failures_total"));

        // case-service is back: the cursor moves on from where it stopped and the error is cleared.
        FeedStubs.reset();
        FeedStubs.page(FeedStubs.CASE, 7, List.of(event(8, "CaseFiled", court.code(), "2023-02-03T01:00:00Z",
                Map.of("owed", new BigDecimal("100.01")))), false);
        ingestion.pollOnce();
        assertThat(cursors.cursor(FeedStubs.CASE)).isEqualTo(8);
        assertThat(cursors.error(FeedStubs.CASE)).isNull();
        assertThat(value(metrics(court, null, "month"), "total.metrics.owed_filed"))
                .isEqualTo(new BigDecimal("100.01"));
    }

    /** Makes the database refuse {@code sql}'s trigger condition, as a failing disk or constraint would. */
    void failDatabase(String name, String table, String condition) {
        cursors.executeAsOwner("CREATE OR REPLACE FUNCTION " + name + "() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN"
                + " IF " + condition + " THEN RAISE EXCEPTION 'simulated database failure'; END IF;"
                + " RETURN NEW; END $$");
        cursors.executeAsOwner("CREATE TRIGGER " + name + " BEFORE INSERT OR UPDATE ON " + table
                + " FOR EACH ROW EXECUTE FUNCTION " + name + "()");
    }

    void healDatabase(String name, String table) {
        cursors.executeAsOwner("DROP TRIGGER IF EXISTS " + name + " ON " + table);
        cursors.executeAsOwner("DROP FUNCTION IF EXISTS " + name + "()");
    }

    @Test
    void shouldApplyNothingOfAPageThatFailsHalfwayInTheDatabase() {
        Court court = Court.fresh();
        List<Map<String, Object>> events = operationEvents(court.code());
        FeedStubs.page(FeedStubs.OPERATION, 0, events, false);
        long applied = cursors.count("SELECT COUNT(*) FROM applied_event");
        long deadLetters = cursors.count("SELECT COUNT(*) FROM dead_letter_event");
        // The database fails on the fourth event's metrics, after three events were written: a database failure is
        // not the event's fault, so the page is rolled back whole and no dead letter is made.
        failDatabase("fail_detained", "daily_metric",
                "NEW.court = '" + court.code() + "' AND NEW.metric = 'detained'");
        try {
            Ingestion.PollResult failed = ingestion.pollOnce().get(Feed.OPERATION);

            assertThat(failed.error()).startsWith("Failed to apply operation-service events")
                    .contains("simulated database failure");
            assertThat(failed.deadLettered()).isZero();
            assertThat(cursors.cursor(FeedStubs.OPERATION)).isZero();
            assertThat(cursors.count("SELECT COUNT(*) FROM applied_event")).isEqualTo(applied);
            assertThat(cursors.count("SELECT COUNT(*) FROM dead_letter_event")).isEqualTo(deadLetters);
            assertThat(value(metrics(court, null, "month"), "total.metrics.operations")).isEqualByComparingTo("0");
        } finally {
            healDatabase("fail_detained", "daily_metric");
        }

        assertThat(ingestion.pollOnce().get(Feed.OPERATION).applied()).isEqualTo(6);
        JsonPath month = metrics(court, null, "month");
        assertThat(value(month, "total.metrics.operations")).isEqualByComparingTo("1");
        assertThat(value(month, "total.metrics.officers_deployed")).isEqualByComparingTo("50");
        assertThat(value(month, "total.metrics.detained")).isEqualByComparingTo("1");
    }

    @Test
    void shouldCountOnceWhenTheServiceFailsBetweenApplyingAPageAndStoringItsCursor() {
        Court court = Court.fresh();
        List<Map<String, Object>> events = operationEvents(court.code());
        FeedStubs.page(FeedStubs.OPERATION, 0, events.subList(0, 3), true);
        FeedStubs.page(FeedStubs.OPERATION, 3, events.subList(3, 6), false);
        // The first page is stored; the second is applied, then storing its cursor fails (as if the service died
        // there): its transaction, applied_event rows included, is rolled back.
        failDatabase("fail_cursor", "feed_cursor", "NEW.feed = 'operation' AND NEW.last_event_id = 6");
        try {
            Ingestion.PollResult crashed = ingestion.pollOnce().get(Feed.OPERATION);
            assertThat(crashed.pages()).isEqualTo(1);
            assertThat(crashed.applied()).isEqualTo(3);
            assertThat(crashed.error()).contains("simulated database failure");
        } finally {
            healDatabase("fail_cursor", "feed_cursor");
        }
        assertThat(cursors.cursor(FeedStubs.OPERATION)).isEqualTo(3);
        JsonPath afterCrash = metrics(court, CAMPAIGN, "month");
        assertThat(value(afterCrash, "total.metrics.operations")).isEqualByComparingTo("1");
        assertThat(value(afterCrash, "total.metrics.collected_on_site")).isEqualTo(new BigDecimal("3000.50"));
        assertThat(value(afterCrash, "total.metrics.detained")).isEqualByComparingTo("0");
        assertThat(value(afterCrash, "total.metrics.streams")).isEqualByComparingTo("0");

        // Restarted: the second page is read again and counted once.
        Ingestion.PollResult resumed = ingestion.pollOnce().get(Feed.OPERATION);
        assertThat(resumed.applied()).isEqualTo(3);
        assertThat(cursors.cursor(FeedStubs.OPERATION)).isEqualTo(6);

        // And an operator replaying the whole feed changes nothing: applied_event still holds every id.
        cursors.set(FeedStubs.OPERATION, 0);
        assertThat(ingestion.pollOnce().get(Feed.OPERATION).applied()).isZero();
        assertThat(cursors.cursor(FeedStubs.OPERATION)).isEqualTo(6);

        // 1 operation of 50 officers, 26 targets, 8 witnesses; 4 outcomes; 3000.50 paid on site; 1 stream of
        // 120000 viewers on 2 platforms.
        JsonPath total = metrics(court, CAMPAIGN, "month");
        assertThat(value(total, "total.metrics.operations")).isEqualByComparingTo("1");
        assertThat(value(total, "total.metrics.officers_deployed")).isEqualByComparingTo("50");
        assertThat(value(total, "total.metrics.operation_targets")).isEqualByComparingTo("26");
        assertThat(value(total, "total.metrics.witnesses")).isEqualByComparingTo("8");
        assertThat(value(total, "total.metrics.debtors_found")).isEqualByComparingTo("1");
        assertThat(value(total, "total.metrics.paid_on_site")).isEqualByComparingTo("1");
        assertThat(value(total, "total.metrics.collected_on_site")).isEqualTo(new BigDecimal("3000.50"));
        assertThat(value(total, "total.metrics.detained")).isEqualByComparingTo("1");
        assertThat(value(total, "total.metrics.summoned")).isEqualByComparingTo("1");
        assertThat(value(total, "total.metrics.streams")).isEqualByComparingTo("1");
        assertThat(value(total, "total.metrics.viewers")).isEqualByComparingTo("120000");
        assertThat(value(total, "total.metrics.platforms")).isEqualByComparingTo("2");
        assertThat(value(total, "total.metrics.streams_on_DOUYIN")).isEqualByComparingTo("1");
    }

    @Test
    void shouldReportTheLagBehindTheSourceHead() {
        Court court = Court.fresh();
        List<Map<String, Object>> events = operationEvents(court.code());
        // The source has 10 events; this page brings 3 of them.
        FeedStubs.page(FeedStubs.OPERATION, 0, events.subList(0, 3), false, 10L);
        FeedStubs.page(FeedStubs.CASE, 0, List.of(), false, 0L);

        ingestion.pollOnce();

        given().auth().oauth2(court.observer()).get("/api/ingestion").then().statusCode(200)
                .body("feeds.find { it.feed == 'operation' }.lastEventId", equalTo(3))
                .body("feeds.find { it.feed == 'operation' }.headEventId", equalTo(10))
                .body("feeds.find { it.feed == 'operation' }.lagEvents", equalTo(7))
                .body("feeds.find { it.feed == 'operation' }.secondsSinceLastSuccess",
                        org.hamcrest.Matchers.lessThan(60))
                .body("feeds.find { it.feed == 'operation' }.lastSuccessAt", org.hamcrest.Matchers.notNullValue())
                .body("feeds.find { it.feed == 'case' }.headEventId", equalTo(0))
                .body("feeds.find { it.feed == 'case' }.lagEvents", equalTo(0));
        String prometheus = Management.given().accept("text/plain").get("/q/metrics").then().statusCode(200).extract().asString();
        assertThat(Cursors.gauge(prometheus, "stats_feed_lag_events", "operation")).isEqualTo(7.0);
        assertThat(Cursors.gauge(prometheus, "stats_feed_cursor", "operation")).isEqualTo(3.0);
        assertThat(Cursors.gauge(prometheus, "stats_feed_lag_events", "case")).isEqualTo(0.0);
        // Lagging is not unready: the statistics are served while the feed catches up.
        Management.given().get("/q/health/ready").then().statusCode(200)
                .body("checks.find { it.name == 'Event feeds' }.status", equalTo("UP"))
                .body("checks.find { it.name == 'Event feeds' }.data.'operation.headEventId'", equalTo("10"))
                .body("checks.find { it.name == 'Event feeds' }.data.'operation.lagEvents'", equalTo("7"));

        // The next read brings three more while the source has reached 8: two behind.
        FeedStubs.page(FeedStubs.OPERATION, 3, events.subList(3, 6), false, 8L);
        ingestion.pollOnce();
        given().auth().oauth2(court.director()).get("/api/ingestion").then().statusCode(200)
                .body("feeds.find { it.feed == 'operation' }.lastEventId", equalTo(6))
                .body("feeds.find { it.feed == 'operation' }.headEventId", equalTo(8))
                .body("feeds.find { it.feed == 'operation' }.lagEvents", equalTo(2));
        assertThat(Cursors.gauge(Management.given().accept("text/plain").get("/q/metrics").asString(), "stats_feed_lag_events",
                "operation")).isEqualTo(2.0);
    }

    @Test
    void shouldNeverReportAHeadBehindTheCursor() {
        Court court = Court.fresh();
        // A head older than the page itself (read before the page's last event committed) counts as the page end.
        FeedStubs.page(FeedStubs.OPERATION, 0, operationEvents(court.code()), false, 4L);

        ingestion.pollOnce();

        given().auth().oauth2(court.director()).get("/api/ingestion").then().statusCode(200)
                .body("feeds.find { it.feed == 'operation' }.headEventId", equalTo(6))
                .body("feeds.find { it.feed == 'operation' }.lagEvents", equalTo(0));
    }

    @Test
    void shouldSkipAFeedWhileAnotherReplicaHoldsItsLock() throws Exception {
        Court court = Court.fresh();
        FeedStubs.page(FeedStubs.OPERATION, 0, operationEvents(court.code()), false);
        try (var replica = dataSource.getConnection(); var statement = replica.createStatement()) {
            statement.execute("SELECT pg_advisory_lock(" + Feed.OPERATION.lockKey() + ")");
            try {
                Ingestion.PollResult skipped = ingestion.pollOnce().get(Feed.OPERATION);
                assertThat(skipped.applied()).isZero();
                assertThat(skipped.error()).isNull();
                assertThat(cursors.cursor(FeedStubs.OPERATION)).isZero();
            } finally {
                statement.execute("SELECT pg_advisory_unlock(" + Feed.OPERATION.lockKey() + ")");
            }
        }
        assertThat(ingestion.pollOnce().get(Feed.OPERATION).applied()).isEqualTo(6);
        assertThat(cursors.cursor(FeedStubs.OPERATION)).isEqualTo(6);
    }

    @Test
    void shouldReadSeveralPagesInOnePoll() {
        Court court = Court.fresh();
        List<Map<String, Object>> events = operationEvents(court.code());
        FeedStubs.page(FeedStubs.OPERATION, 0, events.subList(0, 3), true);
        FeedStubs.page(FeedStubs.OPERATION, 3, events.subList(3, 6), false);

        Ingestion.PollResult result = ingestion.pollOnce().get(Feed.OPERATION);

        assertThat(result.pages()).isEqualTo(2);
        assertThat(result.applied()).isEqualTo(6);
        assertThat(cursors.cursor(FeedStubs.OPERATION)).isEqualTo(6);
    }

    @Test
    void shouldShowFeedStatusToDirectorsIntegratorsAndObserversOnly() {
        Court court = Court.fresh();
        given().auth().oauth2(court.observer()).get("/api/ingestion").then().statusCode(200)
                .body("feeds.feed", org.hamcrest.Matchers.contains("case", "operation"));
        given().auth().oauth2(court.integrator()).get("/api/ingestion").then().statusCode(200);
        given().auth().oauth2(court.judge()).get("/api/ingestion").then().statusCode(403);
        given().get("/api/ingestion").then().statusCode(401);
    }
}
