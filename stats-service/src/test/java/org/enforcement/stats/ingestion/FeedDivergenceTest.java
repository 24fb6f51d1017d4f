package org.enforcement.stats.ingestion;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.enforcement.stats.support.FeedStubs.event;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.enforcement.stats.support.Cursors;
import org.enforcement.stats.support.FeedStubs;
import org.enforcement.stats.support.TestDatabase;
import org.enforcement.testing.Court;
import org.enforcement.testing.Management;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A source restored from an older backup stops its feed, loudly, until the feed is rebuilt from it. */
@QuarkusTest
@QuarkusTestResource(TestDatabase.class)
@QuarkusTestResource(FeedStubs.class)
class FeedDivergenceTest {

    @Inject
    Ingestion ingestion;

    @Inject
    Cursors cursors;

    @BeforeEach
    @AfterEach
    void emptyFeeds() {
        FeedStubs.reset();
        cursors.set(FeedStubs.CASE, 0);
        cursors.set(FeedStubs.OPERATION, 0);
    }

    static Map<String, Object> payment(long id, UUID eventId, Court court, String day, String amount) {
        return event(id, eventId, "PaymentRecorded", court.code(), "2026-12-04T02:00:00Z",
                Map.of("amount", new BigDecimal(amount), "receivedOn", day));
    }

    static JsonPath days(Court court) {
        return given().auth().oauth2(court.director()).queryParam("from", "2023-08-01")
                .queryParam("to", "2023-08-03").queryParam("period", "day").get("/api/metrics").then()
                .statusCode(200).extract().jsonPath(new JsonPathConfig(JsonPathConfig.NumberReturnType.BIG_DECIMAL));
    }

    static BigDecimal collected(Court court, int day) {
        return new BigDecimal(days(court).get("periods[" + day + "].metrics.collected").toString());
    }

    static BigDecimal total(Court court, String metric) {
        return new BigDecimal(days(court).get("total.metrics." + metric).toString());
    }

    /** Three payments of 100, 200, 300 on 1..3 August 2023, applied; the source's head is 3. */
    List<UUID> applyThreePayments(Court court) {
        List<UUID> ids = List.of(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID());
        FeedStubs.page(FeedStubs.CASE, 0, List.of(payment(1, ids.get(0), court, "2023-08-01", "100.00"),
                payment(2, ids.get(1), court, "2023-08-02", "200.00"),
                payment(3, ids.get(2), court, "2023-08-03", "300.00")), false, 3L);
        assertThat(ingestion.pollOnce().get(Feed.CASE).applied()).isEqualTo(3);
        assertThat(total(court, "collected")).isEqualTo(new BigDecimal("600.00"));
        return ids;
    }

    @Test
    void shouldStopAFeedWhoseHeadFellBelowTheCursorWhileTheOtherFeedGoesOn() {
        Court court = Court.fresh();
        List<UUID> ids = applyThreePayments(court);
        // Restored from a backup holding only the first event; afterwards new events come after it.
        FeedStubs.at(FeedStubs.CASE, 3, null, 1L);
        FeedStubs.page(FeedStubs.CASE, 3, List.of(payment(4, UUID.randomUUID(), court, "2023-08-03", "50.00")),
                false, 4L);
        FeedStubs.page(FeedStubs.OPERATION, 0, List.of(event(1, "OperationClosed", court.code(),
                "2026-12-04T02:00:00Z", Map.of("date", "2023-08-02", "officersDeployed", 9))), false, 1L);

        Map<Feed, Ingestion.PollResult> results = ingestion.pollOnce();

        assertThat(results.get(Feed.CASE).error()).startsWith("Diverged: ").contains("head 1", "cursor 3");
        assertThat(results.get(Feed.CASE).applied()).isZero();
        assertThat(results.get(Feed.OPERATION).applied()).isEqualTo(1);
        assertThat(cursors.cursor(FeedStubs.CASE)).isEqualTo(3);
        assertThat(total(court, "collected")).isEqualTo(new BigDecimal("600.00"));
        assertThat(total(court, "operations")).isEqualByComparingTo("1");
        given().auth().oauth2(court.observer()).get("/api/ingestion").then().statusCode(200)
                .body("feeds.find { it.feed == 'case' }.state", equalTo("DIVERGED"))
                .body("feeds.find { it.feed == 'case' }.divergedReason", allOf(containsString("head 1"),
                        containsString("cursor 3"), containsString("expected event " + ids.get(2)),
                        containsString("found none")))
                .body("feeds.find { it.feed == 'case' }.divergedAt", org.hamcrest.Matchers.notNullValue())
                .body("feeds.find { it.feed == 'operation' }.state", equalTo("OK"))
                .body("feeds.find { it.feed == 'operation' }.divergedReason", nullValue());
        Management.given().get("/q/health/ready").then().statusCode(503)
                .body("checks.find { it.name == 'Event feeds' }.status", equalTo("DOWN"))
                .body("checks.find { it.name == 'Event feeds' }.data.'case.state'", equalTo("DIVERGED"));
        String prometheus = Management.given().accept("text/plain").get("/q/metrics").then().statusCode(200).extract().asString();
        assertThat(Cursors.gauge(prometheus, "stats_feed_diverged", "case")).isEqualTo(1.0);
        assertThat(Cursors.gauge(prometheus, "stats_feed_diverged", "operation")).isEqualTo(0.0);

        // Later polls read nothing more of it, even once the restored source has caught up again.
        FeedStubs.at(FeedStubs.CASE, 3, payment(3, ids.get(2), court, "2023-08-03", "300.00"), 4L);
        FeedStubs.page(FeedStubs.OPERATION, 1, List.of(event(2, "OperationClosed", court.code(),
                "2026-12-04T02:00:00Z", Map.of("date", "2023-08-02", "officersDeployed", 4))), false, 2L);
        results = ingestion.pollOnce();
        assertThat(results.get(Feed.CASE).applied()).isZero();
        assertThat(results.get(Feed.OPERATION).applied()).isEqualTo(1);
        assertThat(total(court, "collected")).isEqualTo(new BigDecimal("600.00"));
        assertThat(total(court, "operations")).isEqualByComparingTo("2");
        assertThat(cursors.cursor(FeedStubs.CASE)).isEqualTo(3);
    }

    @Test
    void shouldStopAFeedWhoseSourceHoldsAnotherEventAtTheCursor() {
        Court court = Court.fresh();
        List<UUID> ids = applyThreePayments(court);
        // Restored and written to again: position 3 now holds another payment, the head is past it.
        UUID other = UUID.randomUUID();
        FeedStubs.at(FeedStubs.CASE, 3, payment(3, other, court, "2023-08-03", "30.00"), 5L);
        FeedStubs.page(FeedStubs.CASE, 3, List.of(payment(4, UUID.randomUUID(), court, "2023-08-03", "40.00"),
                payment(5, UUID.randomUUID(), court, "2023-08-03", "50.00")), false, 5L);

        Ingestion.PollResult result = ingestion.pollOnce().get(Feed.CASE);

        assertThat(result.applied()).isZero();
        assertThat(result.error()).contains("cursor 3", other.toString(), "expected " + ids.get(2));
        assertThat(collected(court, 2)).isEqualTo(new BigDecimal("300.00"));
        given().auth().oauth2(court.director()).get("/api/ingestion").then().statusCode(200)
                .body("feeds.find { it.feed == 'case' }.state", equalTo("DIVERGED"))
                .body("feeds.find { it.feed == 'case' }.lastEventId", equalTo(3))
                .body("feeds.find { it.feed == 'case' }.divergedReason", allOf(containsString("head 5"),
                        containsString("is " + other), containsString("expected " + ids.get(2))));
        Management.given().get("/q/health/ready").then().statusCode(503);
    }

    @Test
    void shouldStopAFeedWhoseHeadIsBelowACursorSetByHand() {
        Court court = Court.fresh();
        // The event at a cursor moved in SQL is unknown: the head of the page read still tells.
        cursors.set(FeedStubs.CASE, 10);
        FeedStubs.page(FeedStubs.CASE, 10, List.of(), false, 4L);

        Ingestion.PollResult result = ingestion.pollOnce().get(Feed.CASE);

        assertThat(result.error()).isEqualTo("Diverged: source head 4 is below cursor 10");
        given().auth().oauth2(court.director()).get("/api/ingestion").then().statusCode(200)
                .body("feeds.find { it.feed == 'case' }.state", equalTo("DIVERGED"))
                .body("feeds.find { it.feed == 'case' }.headEventId", equalTo(4));
    }

    @Test
    void shouldKeepReadingASourceThatStillHoldsTheEventAtTheCursor() {
        Court court = Court.fresh();
        List<UUID> ids = applyThreePayments(court);
        FeedStubs.page(FeedStubs.CASE, 3, List.of(payment(4, UUID.randomUUID(), court, "2023-08-03", "40.00")),
                false, 4L);

        assertThat(ingestion.pollOnce().get(Feed.CASE).applied()).isEqualTo(1);

        assertThat(collected(court, 2)).isEqualTo(new BigDecimal("340.00"));
        given().auth().oauth2(court.director()).get("/api/ingestion").then().statusCode(200)
                .body("feeds.find { it.feed == 'case' }.state", equalTo("OK"));
        Management.given().get("/q/health/ready").then().statusCode(200);
        assertThat(ids).hasSize(3);
    }

    @Test
    void shouldRebuildADivergedFeedToTheFiguresOfTheRestoredSourceAndLeaveTheOtherFeedAlone() {
        Court court = Court.fresh();
        UUID first = UUID.randomUUID();
        FeedStubs.page(FeedStubs.OPERATION, 0, List.of(event(1, "OperationClosed", court.code(),
                "2026-12-04T02:00:00Z", Map.of("date", "2023-08-02", "officersDeployed", 9))), false, 1L);
        // Before the restore: 100 on the 1st, 200 on the 2nd, a dead letter, 300 on the 3rd.
        FeedStubs.page(FeedStubs.CASE, 0, List.of(payment(1, first, court, "2023-08-01", "100.00"),
                payment(2, UUID.randomUUID(), court, "2023-08-02", "200.00"),
                event(3, "PaymentRecorded", court.code(), "2026-12-04T02:00:00Z", Map.of("amount", "abc")),
                payment(4, UUID.randomUUID(), court, "2023-08-03", "300.00")), false, 4L);
        ingestion.pollOnce();
        assertThat(total(court, "collected")).isEqualTo(new BigDecimal("600.00"));
        // The source is restored to a backup holding the first payment, then takes 50 on the 2nd.
        List<Map<String, Object>> restored = List.of(payment(1, first, court, "2023-08-01", "100.00"),
                payment(2, UUID.randomUUID(), court, "2023-08-02", "50.00"));
        FeedStubs.at(FeedStubs.CASE, 4, null, 2L);
        ingestion.pollOnce();
        Management.given().get("/q/health/ready").then().statusCode(503);

        given().auth().oauth2(court.observer()).post("/api/ingestion/case/rebuild").then().statusCode(403);
        given().auth().oauth2(court.director()).post("/api/ingestion/case/rebuild").then().statusCode(403);
        given().auth().oauth2(court.integrator()).post("/api/ingestion/cases/rebuild").then().statusCode(404)
                .contentType("application/problem+json");
        given().auth().oauth2(court.integrator()).post("/api/ingestion/case/rebuild").then().statusCode(200)
                .body("feed", equalTo("case"))
                .body("previousCursor", equalTo(4))
                .body("deadLettersRemoved", equalTo(1));
        assertThat(cursors.cursor(FeedStubs.CASE)).isZero();
        assertThat(total(court, "collected")).isEqualTo(new BigDecimal("0.00"));
        assertThat(total(court, "operations")).isEqualByComparingTo("1");
        Management.given().get("/q/health/ready").then().statusCode(200);

        FeedStubs.page(FeedStubs.CASE, 0, restored, false, 2L);
        Ingestion.PollResult result = ingestion.pollOnce().get(Feed.CASE);

        assertThat(result.applied()).isEqualTo(2);
        assertThat(result.error()).isNull();
        JsonPath days = days(court);
        assertThat(new BigDecimal(days.get("periods[0].metrics.collected").toString()))
                .isEqualTo(new BigDecimal("100.00"));
        assertThat(new BigDecimal(days.get("periods[1].metrics.collected").toString()))
                .isEqualTo(new BigDecimal("50.00"));
        assertThat(new BigDecimal(days.get("periods[2].metrics.collected").toString()))
                .isEqualTo(new BigDecimal("0.00"));
        assertThat(total(court, "operations")).isEqualByComparingTo("1");
        assertThat(total(court, "officers_deployed")).isEqualByComparingTo("9");
        given().auth().oauth2(court.director()).get("/api/ingestion").then().statusCode(200)
                .body("feeds.find { it.feed == 'case' }.state", equalTo("OK"))
                .body("feeds.find { it.feed == 'case' }.lastEventId", equalTo(2))
                .body("feeds.find { it.feed == 'case' }.eventsApplied", equalTo(2))
                .body("feeds.find { it.feed == 'case' }.deadLetters", equalTo(0));
        Management.given().get("/q/health/ready").then().statusCode(200);
        assertThat(Cursors.gauge(Management.given().accept("text/plain").get("/q/metrics").asString(), "stats_feed_diverged",
                "case")).isEqualTo(0.0);
    }
}
