package org.enforcement.stats.ingestion;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.enforcement.stats.support.FeedStubs.event;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.arc.ClientProxy;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.enforcement.stats.metrics.FeedEvent;
import org.enforcement.stats.metrics.MetricProjector;
import org.enforcement.stats.support.Cursors;
import org.enforcement.stats.support.FeedStubs;
import org.enforcement.stats.support.TestDatabase;
import org.enforcement.testing.Court;
import org.enforcement.testing.Management;
import org.enforcement.testing.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Events that cannot be applied: set aside without blocking the feed, listed, and retried exactly once. */
@QuarkusTest
@QuarkusTestResource(TestDatabase.class)
@QuarkusTestResource(FeedStubs.class)
class DeadLettersTest {

    @Inject
    Ingestion ingestion;

    @Inject
    Cursors cursors;

    @Inject
    MetricProjector projector;

    @BeforeEach
    void emptyFeeds() {
        FeedStubs.reset();
        cursors.set(FeedStubs.CASE, 0);
        cursors.set(FeedStubs.OPERATION, 0);
        cursors.execute("DELETE FROM dead_letter_event");
        badAmount = UUID.randomUUID();
        noAmount = UUID.randomUUID();
    }

    /** Fresh ids per test: an event applied by one test stays applied. */
    UUID badAmount;
    UUID noAmount;

    /** Five case events of March 2023; the second has amount "abc", the fourth none. */
    List<Map<String, Object>> events(String court) {
        return List.of(
                event(1, "CaseFiled", court, "2023-03-01T02:00:00Z", Map.of("filedOn", "2023-03-01",
                        "owed", new BigDecimal("10000.00"))),
                event(2, badAmount, "PaymentRecorded", court, "2023-03-02T02:00:00Z", Map.of("amount", "abc",
                        "receivedOn", "2023-03-02")),
                event(3, "PaymentRecorded", court, "2023-03-02T03:00:00Z", Map.of("amount",
                        new BigDecimal("2500.25"), "receivedOn", "2023-03-02")),
                event(4, noAmount, "PaymentReversed", court, "2023-03-03T02:00:00Z", Map.of("receivedOn",
                        "2023-03-03")),
                event(5, "DisbursementApproved", court, "2023-03-03T04:00:00Z", Map.of("amount",
                        new BigDecimal("1000.00"))));
    }

    static JsonPath march(Court court) {
        return given().auth().oauth2(court.director()).queryParam("from", "2023-03-01").queryParam("to", "2023-03-31")
                .queryParam("period", "month").get("/api/metrics").then().statusCode(200).extract()
                .jsonPath(new JsonPathConfig(JsonPathConfig.NumberReturnType.BIG_DECIMAL));
    }

    static BigDecimal value(JsonPath json, String path) {
        return new BigDecimal(json.get(path).toString());
    }

    @Test
    void shouldSetAsideEventsThatCannotBeAppliedAndGoOn() {
        Court court = Court.fresh();
        FeedStubs.page(FeedStubs.CASE, 0, events(court.code()), false);

        Ingestion.PollResult result = ingestion.pollOnce().get(Feed.CASE);

        assertThat(result.error()).isNull();
        assertThat(result.applied()).isEqualTo(3);
        assertThat(result.deadLettered()).isEqualTo(2);
        assertThat(cursors.cursor(FeedStubs.CASE)).isEqualTo(5);
        JsonPath month = march(court);
        assertThat(value(month, "total.metrics.cases_filed")).isEqualByComparingTo("1");
        assertThat(value(month, "total.metrics.owed_filed")).isEqualTo(new BigDecimal("10000.00"));
        assertThat(value(month, "total.metrics.collected")).isEqualTo(new BigDecimal("2500.25"));
        assertThat(value(month, "total.metrics.disbursed")).isEqualTo(new BigDecimal("1000.00"));

        given().auth().oauth2(court.director()).get("/api/ingestion/dead-letters").then().statusCode(200)
                .body("items", hasSize(2))
                .body("items[0].eventId", equalTo(badAmount.toString()))
                .body("items[0].feed", equalTo("case"))
                .body("items[0].feedEventId", equalTo(2))
                .body("items[0].type", equalTo("PaymentRecorded"))
                .body("items[0].court", equalTo(court.code()))
                .body("items[0].payload.amount", equalTo("abc"))
                .body("items[0].payload.receivedOn", equalTo("2023-03-02"))
                .body("items[0].occurredAt", equalTo("2023-03-02T02:00:00Z"))
                .body("items[0].error", equalTo("payload.amount is not a number: \"abc\""))
                .body("items[0].attempts", equalTo(1))
                .body("items[1].eventId", equalTo(noAmount.toString()))
                .body("items[1].error", equalTo("payload.amount is missing"));
        given().auth().oauth2(court.observer()).get("/api/ingestion").then().statusCode(200)
                .body("deadLetters", equalTo(2))
                .body("feeds.find { it.feed == 'case' }.deadLetters", equalTo(2))
                .body("feeds.find { it.feed == 'case' }.lastError", org.hamcrest.Matchers.nullValue())
                .body("feeds.find { it.feed == 'operation' }.deadLetters", equalTo(0));
        String prometheus = Management.given().accept("text/plain").get("/q/metrics").then().statusCode(200).extract().asString();
        assertThat(Cursors.gauge(prometheus, "stats_dead_letters", "case")).isEqualTo(2.0);
        assertThat(Cursors.gauge(prometheus, "stats_dead_letters", "operation")).isEqualTo(0.0);
        assertThat(Cursors.gauge(prometheus, "stats_dead_letters_recorded_total", "case"))
                .isGreaterThanOrEqualTo(2.0);
        Management.given().get("/q/health/ready").then().statusCode(200)
                .body("checks.find { it.name == 'Event feeds' }.data.'case.deadLetters'", equalTo(2));

        // Read again (a replay): the good events change nothing, the bad ones fail again and say so.
        cursors.set(FeedStubs.CASE, 0);
        Ingestion.PollResult replay = ingestion.pollOnce().get(Feed.CASE);
        assertThat(replay.applied()).isZero();
        assertThat(replay.deadLettered()).isEqualTo(2);
        assertThat(value(march(court), "total.metrics.collected")).isEqualTo(new BigDecimal("2500.25"));
        given().auth().oauth2(court.director()).get("/api/ingestion/dead-letters").then().statusCode(200)
                .body("items", hasSize(2)).body("items.attempts", org.hamcrest.Matchers.contains(2, 2));
    }

    @Test
    void shouldApplyARetriedDeadLetterExactlyOnce() {
        Court court = Court.fresh();
        FeedStubs.page(FeedStubs.CASE, 0, events(court.code()), false);
        ingestion.pollOnce();
        String retry = "/api/ingestion/dead-letters/" + badAmount + "/retry";

        // Still malformed: 422, kept, one more attempt.
        given().auth().oauth2(court.director()).post(retry).then().statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/dead-letter-still-failing"))
                .body("detail", containsString("payload.amount is not a number"))
                .body("attempts", equalTo(2));
        assertThat(value(march(court), "total.metrics.collected")).isEqualTo(new BigDecimal("2500.25"));

        // An operator corrects the stored payload; the retry counts it on its business day, once.
        cursors.execute("UPDATE dead_letter_event SET payload = jsonb_set(payload, '{amount}', '\"1234.56\"')"
                + " WHERE event_id = '" + badAmount + "'");
        given().auth().oauth2(court.integrator()).post(retry).then().statusCode(200)
                .body("eventId", equalTo(badAmount.toString()))
                .body("outcome", equalTo("APPLIED"));
        // 2500.25 + 1234.56
        JsonPath month = march(court);
        assertThat(value(month, "total.metrics.collected")).isEqualTo(new BigDecimal("3734.81"));
        JsonPath day = given().auth().oauth2(court.director()).queryParam("from", "2023-03-02")
                .queryParam("to", "2023-03-02").get("/api/metrics").then().statusCode(200).extract()
                .jsonPath(new JsonPathConfig(JsonPathConfig.NumberReturnType.BIG_DECIMAL));
        assertThat(value(day, "total.metrics.collected")).isEqualTo(new BigDecimal("3734.81"));
        assertThat(cursors.count("SELECT COUNT(*) FROM applied_event WHERE event_id = '" + badAmount + "'"))
                .isEqualTo(1);
        given().auth().oauth2(court.director()).post(retry).then().statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/dead-letter-not-found"));
        given().auth().oauth2(court.director()).get("/api/ingestion/dead-letters").then().statusCode(200)
                .body("items.eventId", org.hamcrest.Matchers.contains(noAmount.toString()));

        // A replay of the feed, which still has the malformed original, neither counts it again nor sets it
        // aside again: it is applied.
        cursors.set(FeedStubs.CASE, 0);
        assertThat(ingestion.pollOnce().get(Feed.CASE).applied()).isZero();
        assertThat(value(march(court), "total.metrics.collected")).isEqualTo(new BigDecimal("3734.81"));
        given().auth().oauth2(court.director()).get("/api/ingestion/dead-letters").then().statusCode(200)
                .body("items.eventId", org.hamcrest.Matchers.contains(noAmount.toString()));
        given().auth().oauth2(court.director()).get("/api/ingestion").then()
                .body("feeds.find { it.feed == 'case' }.deadLetters", equalTo(1));
    }

    @Test
    void shouldSetAsideAnEventTheProjectionFailsOnAndApplyItOnceTheBugIsFixed() {
        Court court = Court.fresh();
        UUID unlucky = UUID.randomUUID();
        MetricProjector real = (MetricProjector) ClientProxy.unwrap(projector);
        // A projection bug that throws on one event, whatever its payload.
        QuarkusMock.installMockForType(new MetricProjector() {
            @Override
            public List<Delta> deltas(FeedEvent event) {
                if (unlucky.equals(event.eventId())) {
                    throw new IllegalStateException("projection bug");
                }
                return real.deltas(event);
            }

            @Override
            public void write(String feed, List<Delta> deltas) {
                real.write(feed, deltas);
            }
        }, MetricProjector.class);
        FeedStubs.page(FeedStubs.CASE, 0, List.of(
                event(1, unlucky, "PaymentRecorded", court.code(), "2023-03-06T02:00:00Z",
                        Map.of("amount", new BigDecimal("70.07"))),
                event(2, "PaymentRecorded", court.code(), "2023-03-06T03:00:00Z",
                        Map.of("amount", new BigDecimal("30.03")))), false);

        Ingestion.PollResult result = ingestion.pollOnce().get(Feed.CASE);

        assertThat(result.error()).isNull();
        assertThat(result.applied()).isEqualTo(1);
        assertThat(result.deadLettered()).isEqualTo(1);
        assertThat(cursors.cursor(FeedStubs.CASE)).isEqualTo(2);
        assertThat(value(march(court), "total.metrics.collected")).isEqualTo(new BigDecimal("30.03"));
        given().auth().oauth2(court.director()).get("/api/ingestion/dead-letters").then().statusCode(200)
                .body("items.eventId", org.hamcrest.Matchers.contains(unlucky.toString()))
                .body("items[0].error", equalTo("IllegalStateException: projection bug"));

        // The fix is deployed: the retry counts it, once.
        QuarkusMock.installMockForType(real, MetricProjector.class);
        given().auth().oauth2(court.director()).post("/api/ingestion/dead-letters/" + unlucky + "/retry").then()
                .statusCode(200).body("outcome", equalTo("APPLIED"));
        given().auth().oauth2(court.director()).post("/api/ingestion/dead-letters/" + unlucky + "/retry").then()
                .statusCode(404);
        // 70.07 + 30.03
        assertThat(value(march(court), "total.metrics.collected")).isEqualTo(new BigDecimal("100.10"));
    }

    @Test
    void shouldAddNothingWhenARetriedEventHadAlreadyBeenApplied() {
        Court court = Court.fresh();
        UUID id = UUID.randomUUID();
        FeedStubs.page(FeedStubs.CASE, 0, List.of(event(1, id, "PaymentRecorded", court.code(),
                "2023-03-05T02:00:00Z", Map.of("amount", new BigDecimal("99.99")))), false);
        ingestion.pollOnce();
        // A dead letter of the same event left over from before it was applied.
        cursors.execute("INSERT INTO dead_letter_event (event_id, feed, feed_position, type, court, payload,"
                + " occurred_at, error) VALUES ('" + id + "', 'case', 1, 'PaymentRecorded', '" + court.code()
                + "', '{\"amount\": 99.99}', '2023-03-05T02:00:00Z', 'old failure')");

        given().auth().oauth2(court.director()).post("/api/ingestion/dead-letters/" + id + "/retry").then()
                .statusCode(200).body("outcome", equalTo("ALREADY_APPLIED"));

        assertThat(value(march(court), "total.metrics.collected")).isEqualTo(new BigDecimal("99.99"));
        assertThat(cursors.count("SELECT COUNT(*) FROM dead_letter_event")).isZero();
    }

    @Test
    void shouldSetAsideWhatTheDatabaseCouldNotStore() {
        Court court = Court.fresh();
        UUID longCourt = UUID.randomUUID();
        UUID tooPrecise = UUID.randomUUID();
        FeedStubs.page(FeedStubs.OPERATION, 0, List.of(
                event(1, longCourt, "StreamEnded", "X".repeat(40), "2023-03-02T02:00:00Z",
                        Map.of("cumulativeViewersTotal", 5)),
                event(2, tooPrecise, "TargetOutcome", court.code(), "2023-03-02T03:00:00Z",
                        Map.of("type", "PAID_ON_SITE", "amount", new BigDecimal("10.005"))),
                event(3, "OperationClosed", court.code(), "2023-03-02T04:00:00Z", Map.of("officersDeployed", 12,
                        "date", "2023-03-02"))), false);

        Ingestion.PollResult result = ingestion.pollOnce().get(Feed.OPERATION);

        assertThat(result.error()).isNull();
        assertThat(result.applied()).isEqualTo(1);
        assertThat(cursors.cursor(FeedStubs.OPERATION)).isEqualTo(3);
        assertThat(value(march(court), "total.metrics.officers_deployed")).isEqualByComparingTo("12");
        assertThat(value(march(court), "total.metrics.paid_on_site")).isEqualByComparingTo("0");
        given().auth().oauth2(Tokens.serviceAccount("system-integration"))
                .queryParam("feed", "operation").get("/api/ingestion/dead-letters").then().statusCode(200)
                .body("items.eventId", org.hamcrest.Matchers.contains(longCourt.toString(), tooPrecise.toString()))
                .body("items[0].error", equalTo("court is longer than 32 characters"))
                .body("items[1].error", equalTo("payload.amount has more than two decimals: 10.005"));
    }

    @Test
    void shouldShowDeadLettersToDirectorsOfTheirCourtAndToIntegrators() {
        Court court = Court.fresh();
        Court other = Court.fresh();
        FeedStubs.page(FeedStubs.CASE, 0, events(court.code()), false);
        ingestion.pollOnce();

        given().auth().oauth2(other.director()).get("/api/ingestion/dead-letters").then().statusCode(200)
                .body("items", hasSize(0));
        given().auth().oauth2(other.director()).post("/api/ingestion/dead-letters/" + badAmount + "/retry")
                .then().statusCode(404);
        given().auth().oauth2(other.integrator()).get("/api/ingestion/dead-letters").then().statusCode(200)
                .body("items.eventId", hasItem(badAmount.toString()));
        given().auth().oauth2(court.integrator()).queryParam("feed", "operation").queryParam("limit", 1)
                .get("/api/ingestion/dead-letters").then().statusCode(200).body("items", hasSize(0));
        given().auth().oauth2(court.integrator()).queryParam("limit", 1)
                .get("/api/ingestion/dead-letters").then().statusCode(200).body("items", hasSize(1));
        // In pages, oldest failure first: the cursor continues after the last dead letter shown.
        String next = given().auth().oauth2(court.director()).queryParam("limit", 1)
                .get("/api/ingestion/dead-letters").then().statusCode(200).body("items", hasSize(1))
                .body("items[0].eventId", equalTo(badAmount.toString())).body("hasMore", equalTo(true))
                .extract().path("nextCursor");
        given().auth().oauth2(court.director()).queryParam("limit", 1).queryParam("cursor", next)
                .get("/api/ingestion/dead-letters").then().statusCode(200).body("items", hasSize(1))
                .body("items[0].eventId", org.hamcrest.Matchers.not(equalTo(badAmount.toString())));
        given().auth().oauth2(court.director()).queryParam("cursor", "bm90LWEtY3Vyc29y")
                .get("/api/ingestion/dead-letters").then().statusCode(400)
                .body("type", equalTo("/problems/invalid-cursor"));

        given().auth().oauth2(court.judge()).get("/api/ingestion/dead-letters").then().statusCode(403)
                .contentType("application/problem+json");
        given().auth().oauth2(court.observer()).post("/api/ingestion/dead-letters/" + badAmount + "/retry")
                .then().statusCode(403);
        given().get("/api/ingestion/dead-letters").then().statusCode(401);
        given().auth().oauth2(court.director()).queryParam("feed", "payments").get("/api/ingestion/dead-letters")
                .then().statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("feed"));
        given().auth().oauth2(court.director()).queryParam("limit", "0").get("/api/ingestion/dead-letters")
                .then().statusCode(400).body("errors.field", hasItem("limit"));
        // limit= given empty is a mistake, not a request for the default page (absent is).
        for (String path : new String[] {"/api/ingestion/dead-letters", "/api/audit"}) {
            given().auth().oauth2(court.director()).queryParam("limit", "").get(path).then()
                    .statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("limit"));
            given().auth().oauth2(court.director()).get(path).then().statusCode(200);
        }
        given().auth().oauth2(court.director()).post("/api/ingestion/dead-letters/not-a-uuid/retry").then()
                .statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("eventId"));
        // Nothing was retried by any of these.
        given().auth().oauth2(court.director()).get("/api/ingestion/dead-letters").then().statusCode(200)
                .body("items", hasSize(2)).body("items.attempts", org.hamcrest.Matchers.contains(1, 1));
    }
}
