package org.enforcement.operations.deliveries;

import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.enforcement.operations.deliveries.DeliveryFixtures.answer;
import static org.enforcement.operations.deliveries.DeliveryFixtures.created;
import static org.enforcement.operations.deliveries.DeliveryFixtures.key;
import static org.enforcement.operations.deliveries.DeliveryFixtures.payments;
import static org.enforcement.operations.support.CaseServiceStub.server;
import static org.enforcement.operations.timeline.TimelineFixtures.at;
import static org.enforcement.operations.timeline.TimelineFixtures.entry;
import static org.enforcement.operations.timeline.TimelineFixtures.paid;
import static org.enforcement.operations.timeline.TimelineFixtures.target;
import static org.enforcement.operations.timeline.TimelineFixtures.underway;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.enforcement.operations.support.CaseServiceStub;
import org.enforcement.operations.support.OperationFixtures;
import org.enforcement.operations.support.TestDatabase;
import org.enforcement.operations.timeline.TimelineFixtures.TargetRef;
import org.enforcement.testing.Court;
import org.junit.jupiter.api.Test;

/**
 * The Idempotency-Key mechanism (commons {@code @Idempotent}) on the timeline: a retried outcome is one entry, one
 * delivery and one payment in case-service; a failed request frees its key at once.
 */
@QuarkusTest
@QuarkusTestResource(TestDatabase.class)
@QuarkusTestResource(CaseServiceStub.class)
class IdempotentOutcomeTest {

    @Inject
    DeliveryPoller poller;

    @Test
    void shouldRecordPaidOnSiteOncePostedTwiceWithOneKey() {
        Court court = Court.fresh();
        String op = underway(court);
        TargetRef qin = target(court, op, "秦某某");
        String key = UUID.randomUUID().toString();
        Response first = post(court, op, key, entry("PAID_ON_SITE", qin.id(), at("07:10"), paid("20000.00", "秦某某")));
        first.then().statusCode(201).header("Idempotent-Replayed", nullValue());
        String entryId = first.path("id");

        // the officer's app retries (the answer was lost) and writes the amount as 20000: the same request
        post(court, op, key, entry("PAID_ON_SITE", qin.id(), at("07:10"), paid("20000", "秦某某"))).then()
                .statusCode(201)
                .header("Idempotent-Replayed", equalTo("true"))
                .header("Location", equalTo(first.header("Location")))
                .body("id", equalTo(entryId))
                .body("hash", equalTo(first.path("hash")));

        given().auth().oauth2(court.officer()).queryParam("targetId", qin.id())
                .get("/api/operations/" + op + "/timeline").then()
                .statusCode(200)
                .body("findAll { it.type == 'PAID_ON_SITE' }", hasSize(1));
        given().auth().oauth2(court.director()).queryParam("operationId", op).get("/api/deliveries").then()
                .statusCode(200)
                .body("$", hasSize(1));
        answer(payments(qin.caseId()), key(entryId), created(payments(qin.caseId())));
        poller.pollOnce(court.code());
        poller.pollOnce(court.code());
        assertThat(server().findAll(postRequestedFor(urlEqualTo(payments(qin.caseId()))))).hasSize(1);
    }

    @Test
    void shouldRequireKeyForOutcomesOnly() {
        Court court = Court.fresh();
        String op = underway(court);
        TargetRef qin = target(court, op, "秦某某");
        for (var outcome : List.of(
                entry("PAID_ON_SITE", qin.id(), at("07:10"), paid("20000.00", "秦某某")),
                entry("SUMMONED", qin.id(), at("07:20"), Map.of("durationHours", 4)),
                entry("DETAINED", qin.id(), at("07:20"), Map.of("detentionDays", 15)),
                entry("SETTLEMENT_REACHED", qin.id(), at("08:00"), Map.of("total", 100,
                        "installments", List.of(Map.of("dueOn", "2023-03-01", "amount", 100)))),
                entry("HANDED_OVER", qin.id(), at("08:10"), Map.of("item", "车辆一台")),
                entry("SEARCH_PERFORMED", qin.id(), at("08:20"), Map.of("warrantNumber", "(2023)苏0804执1号搜查令")),
                entry("PROPERTY_VALUED", qin.id(), at("08:30"), Map.of("item", "住宅一套", "amount", 420000)))) {
            given().auth().oauth2(court.judge()).contentType(ContentType.JSON).body(outcome)
                    .post("/api/operations/" + op + "/timeline").then()
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body("type", equalTo("/problems/idempotency-key-required"));
        }
        given().auth().oauth2(court.officer()).queryParam("targetId", qin.id())
                .get("/api/operations/" + op + "/timeline").then().statusCode(200).body("$", hasSize(0));
        given().auth().oauth2(court.director()).queryParam("operationId", op).get("/api/deliveries").then()
                .statusCode(200).body("$", hasSize(0));

        // what case-service never hears of may come without a key
        given().auth().oauth2(court.officer()).contentType(ContentType.JSON)
                .body(entry("ARRIVED", qin.id(), at("05:49"), null))
                .post("/api/operations/" + op + "/timeline").then()
                .statusCode(201);
    }

    @Test
    void shouldRefuseTheKeyForAnotherRequest() {
        Court court = Court.fresh();
        String op = underway(court);
        TargetRef qin = target(court, op, "秦某某");
        String key = UUID.randomUUID().toString();
        post(court, op, key, entry("PAID_ON_SITE", qin.id(), at("07:10"), paid("100.00", "秦某某")))
                .then().statusCode(201);

        post(court, op, key, entry("PAID_ON_SITE", qin.id(), at("07:10"), paid("100.01", "秦某某"))).then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/idempotency-key-reused"));
        given().auth().oauth2(court.officer()).queryParam("targetId", qin.id())
                .get("/api/operations/" + op + "/timeline").then().statusCode(200).body("$", hasSize(1));
    }

    @Test
    void shouldWriteOnceWhenTwoRequestsWithOneKeyRace() throws Exception {
        Court court = Court.fresh();
        String op = underway(court);
        TargetRef qin = target(court, op, "秦某某");
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = entry("PAID_ON_SITE", qin.id(), at("07:10"), paid("500.00", "秦某某"));
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Response>> futures = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return post(court, op, key, body);
                }));
            }
            start.countDown();
            List<Response> responses = new ArrayList<>();
            for (Future<Response> f : futures) {
                responses.add(f.get(60, TimeUnit.SECONDS));
            }
            assertThat(responses.stream().filter(r -> r.statusCode() == 201
                    && r.header("Idempotent-Replayed") == null)).hasSize(1);
            for (Response r : responses) {
                if (r.statusCode() == 409) {
                    assertThat(r.<String>path("type")).isEqualTo("/problems/idempotency-key-in-flight");
                    assertThat(r.header("Retry-After")).isEqualTo("1");
                } else {
                    assertThat(r.statusCode()).isEqualTo(201);
                }
            }
        } finally {
            pool.shutdownNow();
        }
        given().auth().oauth2(court.officer()).queryParam("targetId", qin.id())
                .get("/api/operations/" + op + "/timeline").then().statusCode(200).body("$", hasSize(1));
        given().auth().oauth2(court.director()).queryParam("operationId", op).get("/api/deliveries").then()
                .statusCode(200).body("$", hasSize(1));
    }

    @Test
    void shouldRunTheRetryAtOnceAfterTheFirstAttemptFailed() throws SQLException {
        Court court = Court.fresh();
        String op = underway(court);
        TargetRef qin = target(court, op, "秦某某");
        String key = UUID.randomUUID().toString();
        String suffix = key.replace('-', '_');
        // the database refuses this target's entries for a moment: the request fails with a 5xx mid-work
        ddl("CREATE FUNCTION fail_entry_" + suffix + "() RETURNS trigger LANGUAGE plpgsql"
                + " AS $$ BEGIN IF NEW.target_id = '" + qin.id() + "' THEN RAISE EXCEPTION 'forced failure';"
                + " END IF; RETURN NEW; END $$",
                "CREATE TRIGGER fail_entry_" + suffix + " BEFORE INSERT ON timeline_entry"
                + " FOR EACH ROW EXECUTE FUNCTION fail_entry_" + suffix + "()");
        Map<String, Object> body = entry("PAID_ON_SITE", qin.id(), at("07:10"), paid("300.00", "秦某某"));
        try {
            assertThat(post(court, op, key, body).statusCode()).isGreaterThanOrEqualTo(500);
        } finally {
            ddl("DROP TRIGGER fail_entry_" + suffix + " ON timeline_entry",
                    "DROP FUNCTION fail_entry_" + suffix + "()");
        }

        // the immediate retry with the same key does the work: no 409 for a lease left by the failure
        post(court, op, key, body).then()
                .statusCode(201)
                .header("Idempotent-Replayed", nullValue());
        given().auth().oauth2(court.officer()).queryParam("targetId", qin.id())
                .get("/api/operations/" + op + "/timeline").then().statusCode(200).body("$", hasSize(1));
    }

    @Test
    void shouldAcceptAnOptionalKeyOnOtherCreatingPosts() {
        Court court = Court.fresh();
        String key = UUID.randomUUID().toString();
        Map<String, Object> raid = OperationFixtures.huaiyinRaid();
        Response planned = given().auth().oauth2(court.director()).header("Idempotency-Key", key)
                .contentType(ContentType.JSON).body(raid).post("/api/operations");
        planned.then().statusCode(201).header("Idempotent-Replayed", nullValue());
        given().auth().oauth2(court.director()).header("Idempotency-Key", key).contentType(ContentType.JSON)
                .body(raid).post("/api/operations").then()
                .statusCode(201)
                .header("Idempotent-Replayed", equalTo("true"))
                .header("Location", equalTo(planned.header("Location")))
                .body("id", equalTo(planned.path("id")));
        String op = planned.path("id");

        Map<String, Object> witness = Map.of("name", "陈某", "capacity", "COMMUNITY_REPRESENTATIVE");
        for (int i = 0; i < 2; i++) {
            given().auth().oauth2(court.director()).header("Idempotency-Key", key).contentType(ContentType.JSON)
                    .body(witness).post("/api/operations/" + op + "/witnesses").then().statusCode(201);
        }
        // without a key each request is its own
        given().auth().oauth2(court.director()).contentType(ContentType.JSON)
                .body(witness).post("/api/operations/" + op + "/witnesses").then().statusCode(201);
        given().auth().oauth2(court.director()).get("/api/operations/" + op + "/witnesses").then()
                .statusCode(200).body("$", hasSize(2));
    }

    private static Response post(Court court, String op, String key, Map<String, Object> body) {
        return given().auth().oauth2(court.officer()).header("Idempotency-Key", key).contentType(ContentType.JSON)
                .body(body).post("/api/operations/" + op + "/timeline");
    }

    /** Triggers are DDL: run as the schema's owner, not as the service's role. */
    private static void ddl(String... statements) throws SQLException {
        try (var connection = TestDatabase.ownerDataSource().getConnection();
             var statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }
}
