package org.enforcement.cases.faults;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.enforcement.cases.support.CaseFixtures.etag;
import static org.enforcement.cases.support.CaseFixtures.register;
import static org.enforcement.cases.support.CaseFixtures.registered;
import static org.enforcement.cases.support.CaseFixtures.zhangVQin;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.enforcement.cases.support.TestDatabase;
import org.enforcement.testing.Court;
import org.enforcement.testing.DatabaseProxy;
import org.enforcement.testing.Management;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Database faults are loud and temporary: with PostgreSQL really unreachable (the proxy between the service and the
 * database is cut) or a row locked by someone else, a request is answered 503 problem+json with Retry-After, not
 * 500, nothing is written, readiness is DOWN while the database is away, and everything works again once it is back.
 */
@QuarkusTest
@TestProfile(DatabaseFaultTest.ThroughProxy.class)
@QuarkusTestResource(TestDatabase.class)
class DatabaseFaultTest {

    static final int POOL_SIZE = 5;

    /** The datasource goes through a proxy the test can cut; locks are given up after a second. */
    public static class ThroughProxy implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.datasource.jdbc.new-connection-sql", "SET lock_timeout = '1s'",
                    "quarkus.datasource.jdbc.acquisition-timeout", "2S",
                    "quarkus.datasource.jdbc.max-size", String.valueOf(POOL_SIZE));
        }

        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(DatabaseProxy.class, Map.of("database", "enforcement_case_test")));
        }
    }

    @Inject
    AgroalDataSource dataSource;

    @AfterEach
    void databaseBack() {
        DatabaseProxy.proxy().restore();
    }

    @Test
    void shouldAnswer503WithRetryAfterWhileTheDatabaseIsUnreachableAndRecover() {
        Court court = Court.fresh();
        String before = registered(court, zhangVQin());

        DatabaseProxy.proxy().cut();
        try {
            for (Response answer : List.of(register(court, zhangVQin()),
                    given().auth().oauth2(court.judge()).get("/api/cases"),
                    given().auth().oauth2(court.judge()).get("/api/cases/" + before))) {
                answer.then().statusCode(503).contentType("application/problem+json")
                        .header("Retry-After", not(nullValue()))
                        .body("type", equalTo("/problems/database-unavailable"))
                        .body("status", equalTo(503));
                assertThat(Integer.parseInt(answer.header("Retry-After"))).isPositive();
            }
            Management.given().get("/q/health/ready").then().statusCode(503).body("status", equalTo("DOWN"))
                    .body("checks.find { it.name == 'Database connections health check' }.status", equalTo("DOWN"));
        } finally {
            DatabaseProxy.proxy().restore();
        }

        awaitReady();
        String after = registered(court, zhangVQin());
        // The case registered during the outage was not half-written: the court has exactly the two others.
        List<String> ids = given().auth().oauth2(court.judge()).get("/api/cases").then().statusCode(200)
                .extract().jsonPath().getList("items.id", String.class);
        assertThat(ids).containsExactlyInAnyOrder(before, after);
    }

    @Test
    void shouldAnswer503WithRetryAfterWhenARowStaysLockedLongerThanTheLockTimeout() throws Exception {
        Court court = Court.fresh();
        String id = registered(court, zhangVQin());
        String tag = etag(court.judge(), id);

        try (var connection = dataSource.getConnection(); var lock = connection.prepareStatement(
                "SELECT id FROM enforcement_case WHERE id = CAST(? AS uuid) FOR UPDATE")) {
            connection.setAutoCommit(false);
            lock.setString(1, id);
            assertThat(lock.executeQuery().next()).isTrue();
            Response answer = given().auth().oauth2(court.judge()).header("If-Match", tag)
                    .contentType(ContentType.JSON).body(Map.of("action", "START_ENFORCEMENT"))
                    .post("/api/cases/" + id + "/transitions");
            answer.then().statusCode(503).contentType("application/problem+json")
                    .header("Retry-After", not(nullValue()))
                    .body("type", equalTo("/problems/database-busy"));
            connection.rollback();
        }

        // Nothing changed while the row was locked; with the lock gone the same request succeeds.
        given().auth().oauth2(court.judge()).get("/api/cases/" + id).then().statusCode(200)
                .body("status", equalTo("FILED"));
        given().auth().oauth2(court.judge()).header("If-Match", tag).contentType(ContentType.JSON)
                .body(Map.of("action", "START_ENFORCEMENT")).post("/api/cases/" + id + "/transitions")
                .then().statusCode(200).body("status", not(equalTo("FILED")));
        given().auth().oauth2(court.judge()).get("/api/cases/" + id + "/transitions").then().statusCode(200)
                .body("toStatus", hasItem("IN_ENFORCEMENT"));
    }

    @Test
    void shouldAnswer503WithRetryAfterWhenNoPooledConnectionIsFreeInTime() throws Exception {
        Court court = Court.fresh();
        String id = registered(court, zhangVQin());
        List<java.sql.Connection> held = new java.util.ArrayList<>();
        try {
            // Someone else holds every connection of the pool (a slow report, a leak).
            for (int i = 0; i < POOL_SIZE; i++) {
                held.add(dataSource.getConnection());
            }
            given().auth().oauth2(court.judge()).get("/api/cases/" + id).then().statusCode(503)
                    .contentType("application/problem+json").header("Retry-After", not(nullValue()))
                    .body("type", equalTo("/problems/database-busy"));
        } finally {
            for (var connection : held) {
                connection.close();
            }
        }
        given().auth().oauth2(court.judge()).get("/api/cases/" + id).then().statusCode(200)
                .body("id", equalTo(id));
    }

    private static void awaitReady() {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        while (Management.given().get("/q/health/ready").statusCode() != 200) {
            assertThat(Instant.now()).as("readiness UP again after the database came back").isBefore(deadline);
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
