package org.enforcement.stats.metrics;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.enforcement.stats.support.FeedStubs.event;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.enforcement.stats.ingestion.Ingestion;
import org.enforcement.stats.support.Cursors;
import org.enforcement.stats.support.FeedStubs;
import org.enforcement.stats.support.TestDatabase;
import org.enforcement.testing.Court;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Events count on the day their fact happened (Asia/Shanghai), and streams count per platform. */
@QuarkusTest
@QuarkusTestResource(TestDatabase.class)
@QuarkusTestResource(FeedStubs.class)
class BusinessDayTest {

    @Inject
    Ingestion ingestion;

    @Inject
    Cursors cursors;

    @BeforeEach
    void emptyFeeds() {
        FeedStubs.reset();
        cursors.set(FeedStubs.CASE, 0);
        cursors.set(FeedStubs.OPERATION, 0);
    }

    static JsonPath metrics(Court court, String from, String to, String period) {
        return given().auth().oauth2(court.director()).queryParam("from", from).queryParam("to", to)
                .queryParam("period", period).get("/api/metrics").then().statusCode(200).extract()
                .jsonPath(new JsonPathConfig(JsonPathConfig.NumberReturnType.BIG_DECIMAL));
    }

    static BigDecimal value(JsonPath json, String path) {
        Object value = json.get(path);
        return value == null ? null : new BigDecimal(value.toString());
    }

    static Map<String, Object> map(Object... pairs) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], pairs[i + 1]);
        }
        return map;
    }

    @Test
    void shouldCountACaseRegisteredTodayOnTheDayItWasFiled() {
        Court court = Court.fresh();
        String now = Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
        FeedStubs.page(FeedStubs.CASE, 0, List.of(event(1, "CaseFiled", court.code(), now,
                map("filedOn", "2023-01-10", "owed", new BigDecimal("5000.00")))), false);

        ingestion.pollOnce();

        JsonPath filedDay = metrics(court, "2023-01-10", "2023-01-10", "day");
        assertThat(value(filedDay, "total.metrics.cases_filed")).isEqualByComparingTo("1");
        assertThat(value(filedDay, "total.metrics.owed_filed")).isEqualTo(new BigDecimal("5000.00"));
        String today = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
        assertThat(value(metrics(court, today, today, "day"), "total.metrics.cases_filed")).isEqualByComparingTo("0");
    }

    /** Key tasks such as "auctions completed" need the measures per type, each on the day it happened. */
    @Test
    void shouldCountMeasuresPerTypeWhenOrderedAndWhenCarriedOut() {
        Court court = Court.fresh();
        String now = Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
        FeedStubs.page(FeedStubs.CASE, 0, List.of(
                event(1, "MeasureOrdered", court.code(), now, map("measureType", "SEARCH", "status", "ORDERED",
                        "orderedOn", "2023-03-01")),
                event(2, "MeasureExecuted", court.code(), now, map("measureType", "SEARCH", "status", "EXECUTED",
                        "resultOn", "2023-03-02")),
                // Handed over in the field: carried out as it was ordered.
                event(3, "MeasureOrdered", court.code(), now, map("measureType", "HANDOVER", "status", "EXECUTED",
                        "orderedOn", "2023-03-02")),
                event(4, "MeasureOrdered", court.code(), now, map("measureType", "AUCTION", "status", "ORDERED",
                        "orderedOn", "2023-03-01")),
                event(5, "AuctionSold", court.code(), now, map("measureType", "AUCTION", "status", "COMPLETED",
                        "resultOn", "2023-03-20", "resultAmount", new BigDecimal("290290.00"))),
                event(6, "ValuationRecorded", court.code(), now, map("measureType", "VALUATION",
                        "status", "COMPLETED", "resultOn", "2023-03-02")),
                // A refused property report is no measure carried out; a type that is no enum name is not counted.
                event(7, "PropertyReportRefused", court.code(), now, map("measureType", "PROPERTY_REPORT_ORDER",
                        "status", "REFUSED", "resultOn", "2023-03-02")),
                event(8, "MeasureOrdered", court.code(), now, map("measureType", "auction'--", "status", "ORDERED",
                        "orderedOn", "2023-03-01"))), false);

        ingestion.pollOnce();

        JsonPath days = metrics(court, "2023-03-01", "2023-03-31", "day");
        assertThat(value(days, "periods[0].metrics.measures_ordered")).isEqualByComparingTo("3");
        assertThat(value(days, "periods[0].metrics.measures_ordered_SEARCH")).isEqualByComparingTo("1");
        assertThat(value(days, "periods[0].metrics.measures_ordered_AUCTION")).isEqualByComparingTo("1");
        assertThat(value(days, "periods[1].metrics.measures_carried_out_SEARCH")).isEqualByComparingTo("1");
        assertThat(value(days, "periods[1].metrics.measures_carried_out_HANDOVER")).isEqualByComparingTo("1");
        assertThat(value(days, "periods[1].metrics.measures_carried_out_VALUATION")).isEqualByComparingTo("1");
        assertThat(value(days, "periods[19].metrics.measures_carried_out_AUCTION")).isEqualByComparingTo("1");
        Map<String, Object> total = days.getMap("total.metrics");
        assertThat(total.keySet()).allMatch(Metrics::isKnown)
                .doesNotContain("measures_carried_out_PROPERTY_REPORT_ORDER");
    }

    @Test
    void shouldBucketEveryKindOfEventOnItsBusinessDay() {
        Court court = Court.fresh();
        String now = Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
        FeedStubs.page(FeedStubs.CASE, 0, List.of(
                event(1, "CaseFiled", court.code(), now, map("filedOn", "2023-01-10",
                        "owed", new BigDecimal("5000.00"))),
                // An unreadable date is a dead letter, not counted on the day the event was written (the 13th).
                event(2, "CaseFiled", court.code(), "2023-01-12T20:00:00Z", map("filedOn", "10/01/2023",
                        "owed", new BigDecimal("100.00"))),
                event(3, "PaymentRecorded", court.code(), now, map("amount", new BigDecimal("300.30"),
                        "receivedOn", "2023-01-11")),
                event(4, "PaymentReversed", court.code(), now, map("amount", new BigDecimal("100.10"),
                        "receivedOn", "2023-01-12")),
                event(5, "CaseConcluded", court.code(), now, map("conclusionType", "FULLY_PERFORMED",
                        "concludedOn", "2023-01-12", "daysToConclude", 2)),
                event(6, "SettlementSigned", court.code(), now, map("signedOn", "2023-01-11",
                        "total", new BigDecimal("4000.00"), "installments", 4)),
                // No business date of its own.
                event(7, "CaseResumed", court.code(), "2023-01-13T01:00:00Z", map())), false);
        FeedStubs.page(FeedStubs.OPERATION, 0, List.of(
                event(1, "OperationClosed", court.code(), now, map("date", "2023-01-11", "officersDeployed", 20)),
                // 01:00 on the 11th in Shanghai.
                event(2, "TargetOutcome", court.code(), now, map("type", "DETAINED",
                        "occurredAt", "2023-01-10T17:00:00Z")),
                // 00:30 on the 12th in Shanghai.
                event(3, "StreamEnded", court.code(), now, map("endedAt", "2023-01-11T16:30:00Z",
                        "platformCount", 2, "platforms", List.of("DOUYIN", "KUAISHOU"),
                        "cumulativeViewersTotal", 1000, "questionsAnswered", 3,
                        "viewersByPlatform", map("DOUYIN", 600, "KUAISHOU", 400, "douyin-lite", 7))),
                event(4, "StreamEnded", court.code(), now, map("endedAt", "2023-01-12T03:00:00Z",
                        "platformCount", 8, "platforms", List.of("DOUYIN", "WEIBO", "KUAISHOU", "BILIBILI",
                                "TOUTIAO", "WECHAT_CHANNELS", "TAOBAO_LIVE", "COURT_WEBSITE"),
                        "cumulativeViewersTotal", 985000, "questionsAnswered", 0,
                        "viewersByPlatform", map("DOUYIN", 180000, "WEIBO", 805000)))), false);

        Map<?, ?> results = ingestion.pollOnce();
        assertThat(results.values()).allSatisfy(r -> assertThat(((Ingestion.PollResult) r).error()).isNull());

        JsonPath days = metrics(court, "2023-01-10", "2023-01-13", "day");
        assertThat(days.getList("periods.start")).containsExactly("2023-01-10", "2023-01-11", "2023-01-12",
                "2023-01-13");
        // 10 January: the case filed then.
        assertThat(value(days, "periods[0].metrics.cases_filed")).isEqualByComparingTo("1");
        assertThat(value(days, "periods[0].metrics.owed_filed")).isEqualTo(new BigDecimal("5000.00"));
        assertThat(value(days, "periods[0].metrics.detained")).isEqualByComparingTo("0");
        // 11 January: the payment received, the settlement signed, the operation and the detention.
        assertThat(value(days, "periods[1].metrics.collected")).isEqualTo(new BigDecimal("300.30"));
        assertThat(value(days, "periods[1].metrics.settlements")).isEqualByComparingTo("1");
        assertThat(value(days, "periods[1].metrics.settled_total")).isEqualTo(new BigDecimal("4000.00"));
        assertThat(value(days, "periods[1].metrics.operations")).isEqualByComparingTo("1");
        assertThat(value(days, "periods[1].metrics.officers_deployed")).isEqualByComparingTo("20");
        assertThat(value(days, "periods[1].metrics.detained")).isEqualByComparingTo("1");
        // 12 January: the reversal, the conclusion and both streams.
        assertThat(value(days, "periods[2].metrics.collected")).isEqualTo(new BigDecimal("-100.10"));
        assertThat(value(days, "periods[2].metrics.cases_concluded")).isEqualByComparingTo("1");
        assertThat(value(days, "periods[2].metrics.concluded_FULLY_PERFORMED")).isEqualByComparingTo("1");
        assertThat(value(days, "periods[2].metrics.streams")).isEqualByComparingTo("2");
        assertThat(value(days, "periods[2].metrics.viewers")).isEqualByComparingTo("986000");
        // Distinct platforms: DOUYIN and KUAISHOU carried both streams; each stream's platforms summed: 2 + 8.
        assertThat(value(days, "periods[2].metrics.platforms")).isEqualByComparingTo("8");
        assertThat(value(days, "periods[2].metrics.stream_platforms")).isEqualByComparingTo("10");
        assertThat(value(days, "periods[2].metrics.streams_on_DOUYIN")).isEqualByComparingTo("2");
        assertThat(value(days, "periods[2].metrics.streams_platforms_2")).isEqualByComparingTo("1");
        assertThat(value(days, "periods[2].metrics.streams_platforms_8")).isEqualByComparingTo("1");
        assertThat(value(days, "periods[2].metrics.viewers_on_DOUYIN")).isEqualByComparingTo("180600");
        assertThat(value(days, "periods[2].metrics.viewers_on_KUAISHOU")).isEqualByComparingTo("400");
        assertThat(value(days, "periods[2].metrics.viewers_on_WEIBO")).isEqualByComparingTo("805000");
        assertThat(value(days, "periods[2].metrics.questions_answered")).isEqualByComparingTo("3");
        // 13 January: the resumption only; the case whose filing date could not be read waits as a dead letter.
        assertThat(value(days, "periods[3].metrics.cases_filed")).isEqualByComparingTo("0");
        assertThat(value(days, "periods[3].metrics.owed_filed")).isEqualTo(new BigDecimal("0.00"));
        assertThat(((Ingestion.PollResult) results.get(org.enforcement.stats.ingestion.Feed.CASE)).deadLettered())
                .isEqualTo(1);
        assertThat(value(days, "periods[3].metrics.cases_resumed")).isEqualByComparingTo("1");

        // Fixed metrics are listed even when zero; the per-platform ones where they occur, and never a name that
        // is not an enum name.
        Map<String, Object> first = days.getMap("periods[0].metrics");
        assertThat(first).containsKeys(Metrics.PLATFORMS, Metrics.QUESTIONS_ANSWERED, Metrics.STREAMS);
        Map<String, Object> total = days.getMap("total.metrics");
        assertThat(total.keySet()).filteredOn(k -> k.startsWith(Metrics.VIEWERS_ON_PREFIX))
                .containsExactlyInAnyOrder("viewers_on_DOUYIN", "viewers_on_KUAISHOU", "viewers_on_WEIBO");
        assertThat(total.keySet()).allMatch(Metrics::isKnown);
        // 300.30 − 100.10
        assertThat(value(days, "total.metrics.collected")).isEqualTo(new BigDecimal("200.20"));
        assertThat(value(days, "total.metrics.owed_filed")).isEqualTo(new BigDecimal("5000.00"));
    }

    /** Every counted type of both feeds, its fact in 2023, typed in today: it all lands in 2023. */
    @Test
    void shouldCount2023FactsIngestedTodayIn2023AndNothingInTodaysYear() {
        Court court = Court.fresh();
        String now = Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
        FeedStubs.page(FeedStubs.CASE, 0, List.of(
                event(1, "CaseFiled", court.code(), now, map("filedOn", "2023-08-04", "owed", new BigDecimal("900"))),
                event(2, "CaseConcluded", court.code(), now, map("concludedOn", "2023-08-04",
                        "conclusionType", "FULLY_PERFORMED", "daysToConclude", 3)),
                event(3, "CaseResumed", court.code(), now, map("resumedOn", "2023-08-04")),
                event(4, "PaymentRecorded", court.code(), now, map("receivedOn", "2023-08-04",
                        "amount", new BigDecimal("500.00"))),
                event(5, "PaymentReversed", court.code(), now, map("receivedOn", "2023-08-04",
                        "amount", new BigDecimal("100.00"))),
                event(6, "DisbursementApproved", court.code(), now, map("paidOutOn", "2023-08-04",
                        "amount", new BigDecimal("400.00"))),
                event(7, "SettlementSigned", court.code(), now, map("signedOn", "2023-08-04",
                        "total", new BigDecimal("300.00"))),
                event(8, "InstallmentMissed", court.code(), now, map("missedOn", "2023-08-04")),
                // A hand-over decided in the field at 00:30 on 4 August (Shanghai), written up on the 7th.
                event(9, "MeasureOrdered", court.code(), now, map("orderedOn", "2023-08-07",
                        "decidedInFieldAt", "2023-08-03T16:30:00Z"))), false);
        FeedStubs.page(FeedStubs.OPERATION, 0, List.of(
                event(1, "OperationClosed", court.code(), now, map("date", "2023-08-04", "officersDeployed", 12)),
                event(2, "TargetOutcome", court.code(), now, map("occurredAt", "2023-08-03T16:30:00Z",
                        "type", "DETAINED")),
                event(3, "StreamEnded", court.code(), now, map("endedAt", "2023-08-04T03:00:00Z",
                        "platformCount", 1, "cumulativeViewersTotal", 1000))), false);

        ingestion.pollOnce();

        JsonPath day = metrics(court, "2023-08-04", "2023-08-04", "day");
        for (String metric : List.of("cases_filed", "cases_concluded", "cases_resumed", "settlements",
                "installments_missed", "measures_ordered", "operations", "detained", "streams")) {
            assertThat(value(day, "total.metrics." + metric)).as(metric).isEqualByComparingTo("1");
        }
        assertThat(value(day, "total.metrics.collected")).isEqualTo(new BigDecimal("400.00"));
        assertThat(value(day, "total.metrics.disbursed")).isEqualTo(new BigDecimal("400.00"));
        assertThat(value(day, "total.metrics.viewers")).isEqualByComparingTo("1000");
        int year = LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear();
        JsonPath thisYear = metrics(court, year + "-01-01", year + "-12-31", "month");
        assertThat(thisYear.getMap("total.metrics").values())
                .allSatisfy(v -> assertThat(new BigDecimal(v.toString())).isZero());
    }

    @Test
    void shouldSetAsideAnEventWhoseBusinessDateIsThereButUnusable() {
        Court court = Court.fresh();
        String now = Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
        FeedStubs.page(FeedStubs.CASE, 0, List.of(
                event(1, "PaymentRecorded", court.code(), now, map("receivedOn", "2203-08-04",
                        "amount", new BigDecimal("500.00"))),
                event(2, "PaymentRecorded", court.code(), now, map("receivedOn", "4 August",
                        "amount", new BigDecimal("70.00"))),
                event(3, "PaymentRecorded", court.code(), now, map("amount", new BigDecimal("9.00")))), false);

        Ingestion.PollResult result = ingestion.pollOnce().get(org.enforcement.stats.ingestion.Feed.CASE);

        assertThat(result.deadLettered()).isEqualTo(2);
        assertThat(result.applied()).isEqualTo(1);
        given().auth().oauth2(court.director()).get("/api/ingestion/dead-letters").then().statusCode(200)
                .body("items.size()", org.hamcrest.Matchers.equalTo(2))
                .body("items.error", org.hamcrest.Matchers.containsInAnyOrder(
                        org.hamcrest.Matchers.containsString("payload.receivedOn must not be after"),
                        org.hamcrest.Matchers.containsString("payload.receivedOn is not a date")));
        // The event without the field (written before sources published it) counts on the day it was written.
        String today = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
        assertThat(value(metrics(court, today, today, "day"), "total.metrics.collected"))
                .isEqualTo(new BigDecimal("9.00"));
    }
}
