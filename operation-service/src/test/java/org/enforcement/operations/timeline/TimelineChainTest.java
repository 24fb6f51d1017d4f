package org.enforcement.operations.timeline;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.enforcement.operations.timeline.TimelineFixtures.append;
import static org.enforcement.operations.timeline.TimelineFixtures.appended;
import static org.enforcement.operations.timeline.TimelineFixtures.at;
import static org.enforcement.operations.timeline.TimelineFixtures.entry;
import static org.enforcement.operations.timeline.TimelineFixtures.paid;
import static org.enforcement.operations.timeline.TimelineFixtures.target;
import static org.enforcement.operations.timeline.TimelineFixtures.underway;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.enforcement.operations.support.CaseServiceStub;
import org.enforcement.testing.Court;
import org.enforcement.operations.support.TestDatabase;
import org.enforcement.operations.timeline.TimelineFixtures.TargetRef;
import org.junit.jupiter.api.Test;

/** The timeline's hash chain: verification, tamper detection, and appends that race. */
@QuarkusTest
@QuarkusTestResource(TestDatabase.class)
@QuarkusTestResource(CaseServiceStub.class)
class TimelineChainTest {

    @Test
    void shouldVerifyAnIntactChain() {
        Court court = Court.fresh();
        String op = underway(court);
        TargetRef t = target(court, op, "秦某某");
        appended(court.officer(), op, entry("ARRIVED", t.id(), at("05:49"), null));
        appended(court.officer(), op, entry("PAID_ON_SITE", t.id(), at("07:10"), paid("20000.00", "秦某某")));
        String last = given().auth().oauth2(court.observer()).get("/api/operations/" + op + "/timeline").then()
                .statusCode(200).extract().path("[-1].hash");
        given().auth().oauth2(court.observer()).get("/api/operations/" + op + "/timeline/verification").then()
                .statusCode(200)
                .body("valid", equalTo(true))
                .body("entriesChecked", equalTo(4))
                .body("firstInvalidEntryId", nullValue())
                .body("lastHash", equalTo(last));
    }

    @Test
    void shouldDetectAChangedEntryAndPassAgainOnceItIsRestored() throws SQLException {
        Court court = Court.fresh();
        String op = underway(court);
        TargetRef t = target(court, op, "秦某某");
        appended(court.officer(), op, entry("ARRIVED", t.id(), at("05:49"), null));
        String payment = appended(court.officer(), op,
                entry("PAID_ON_SITE", t.id(), at("07:10"), paid("20000.00", "秦某某")));
        appended(court.officer(), op, entry("NOTE", t.id(), at("07:15"), Map.of("note", "出具收据")));

        String original = tamper(payment, "jsonb_set(details, '{amount}', '2000.00'::jsonb)");
        given().auth().oauth2(court.director()).get("/api/operations/" + op + "/timeline/verification").then()
                .statusCode(200)
                .body("valid", equalTo(false))
                .body("entriesChecked", equalTo(3))
                .body("firstInvalidEntryId", equalTo(payment));

        tamper(payment, "CAST('" + original.replace("'", "''") + "' AS jsonb)");
        given().auth().oauth2(court.director()).get("/api/operations/" + op + "/timeline/verification").then()
                .statusCode(200)
                .body("valid", equalTo(true))
                .body("entriesChecked", equalTo(5));
        // The append-only trigger is back: a change without disabling it is refused by the database, even to the
        // owner (the service's own role may not UPDATE the timeline at all).
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> asOwner(connection -> {
            try (var update = connection.prepareStatement(
                    "UPDATE timeline_entry SET recorded_by = 'x' WHERE entry_id = ?")) {
                update.setObject(1, UUID.fromString(payment));
                update.executeUpdate();
            }
            return null;
        })).isInstanceOf(SQLException.class).hasMessageContaining("append-only");
    }

    @Test
    void shouldDetectARemovedEntry() throws SQLException {
        Court court = Court.fresh();
        String op = underway(court);
        TargetRef t = target(court, op, "秦某某");
        appended(court.officer(), op, entry("ARRIVED", t.id(), at("05:49"), null));
        String found = appended(court.officer(), op, entry("DEBTOR_FOUND", t.id(), at("05:52"), null));
        String note = appended(court.officer(), op, entry("NOTE", t.id(), at("05:55"), Map.of("note", "告知权利义务")));
        asOwner(connection -> {
            try (var statement = connection.createStatement();
                 var delete = connection.prepareStatement("DELETE FROM timeline_entry WHERE entry_id = ?")) {
                statement.execute("ALTER TABLE timeline_entry DISABLE TRIGGER timeline_entry_append_only");
                delete.setObject(1, UUID.fromString(found));
                delete.executeUpdate();
                statement.execute("ALTER TABLE timeline_entry ENABLE TRIGGER timeline_entry_append_only");
            }
            return null;
        });
        given().auth().oauth2(court.director()).get("/api/operations/" + op + "/timeline/verification").then()
                .statusCode(200)
                .body("valid", equalTo(false))
                .body("firstInvalidEntryId", equalTo(note))
                .body("entriesChecked", equalTo(3));
    }

    @Test
    void shouldKeepOneChainWhenAppendsRace() throws Exception {
        Court court = Court.fresh();
        String op = underway(court);
        TargetRef t = target(court, op, "秦某某");
        int writers = 12;
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> results = new ArrayList<>();
        for (int i = 0; i < writers; i++) {
            String note = "第" + i + "条记事";
            Callable<Integer> call = () -> {
                start.await();
                return append(court.officer(), op, entry("NOTE", t.id(), at("06:00"), Map.of("note", note)))
                        .then().extract().statusCode();
            };
            results.add(pool.submit(call));
        }
        start.countDown();
        for (Future<Integer> r : results) {
            assertThat(r.get(60, TimeUnit.SECONDS)).isEqualTo(201);
        }
        pool.shutdown();
        given().auth().oauth2(court.observer()).get("/api/operations/" + op + "/timeline/verification").then()
                .statusCode(200)
                .body("valid", equalTo(true))
                .body("entriesChecked", equalTo(2 + writers));
    }

    /**
     * Changes an entry's details behind the application's back: the append-only trigger is disabled and enabled
     * again inside one transaction, so no one else ever sees it off. Returns the details as they were.
     */
    private String tamper(String entryId, String newDetailsSql) throws SQLException {
        return asOwner(connection -> {
            try (var statement = connection.createStatement();
                 var read = connection.prepareStatement(
                         "SELECT CAST(details AS text) FROM timeline_entry WHERE entry_id = ?");
                 var update = connection.prepareStatement(
                         "UPDATE timeline_entry SET details = " + newDetailsSql + " WHERE entry_id = ?")) {
                read.setObject(1, UUID.fromString(entryId));
                var rows = read.executeQuery();
                rows.next();
                String before = rows.getString(1);
                statement.execute("ALTER TABLE timeline_entry DISABLE TRIGGER timeline_entry_append_only");
                update.setObject(1, UUID.fromString(entryId));
                assertThat(update.executeUpdate()).isEqualTo(1);
                statement.execute("ALTER TABLE timeline_entry ENABLE TRIGGER timeline_entry_append_only");
                return before;
            }
        });
    }

    /** DDL and changes to append-only rows need the schema's owner; one transaction, committed at the end. */
    private static <T> T asOwner(OwnerWork<T> work) throws SQLException {
        try (Connection connection = TestDatabase.ownerDataSource().getConnection()) {
            connection.setAutoCommit(false);
            try {
                T result = work.run(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        }
    }

    private interface OwnerWork<T> {
        T run(Connection connection) throws SQLException;
    }
}
