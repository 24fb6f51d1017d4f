package org.enforcement.operations.faults;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.enforcement.operations.support.OperationFixtures.huaiyinRaid;
import static org.enforcement.operations.support.OperationFixtures.planned;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.enforcement.operations.support.TestDatabase;
import org.enforcement.testing.Court;
import org.enforcement.testing.DatabaseProxy;
import org.enforcement.testing.Management;
import org.junit.jupiter.api.Test;

/**
 * PostgreSQL really unreachable (the proxy between the service and the database is cut): requests are answered
 * 503 problem+json with Retry-After, nothing is written, readiness is DOWN; once the database is back, it all works.
 */
@QuarkusTest
@TestProfile(DatabaseOutageTest.ThroughProxy.class)
@QuarkusTestResource(TestDatabase.class)
class DatabaseOutageTest {

    /** The datasource goes through a proxy the test can cut. */
    public static class ThroughProxy implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.datasource.jdbc.acquisition-timeout", "2S");
        }

        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(DatabaseProxy.class,
                    Map.of("database", "enforcement_operation_test")));
        }
    }

    @Test
    void shouldAnswer503WithRetryAfterWhileTheDatabaseIsUnreachableAndRecover() {
        Court court = Court.fresh();
        String before = planned(court, huaiyinRaid());

        DatabaseProxy.proxy().cut();
        try {
            for (Response answer : List.of(
                    given().auth().oauth2(court.director()).contentType(ContentType.JSON).body(huaiyinRaid())
                            .post("/api/operations"),
                    given().auth().oauth2(court.judge()).get("/api/operations"),
                    given().auth().oauth2(court.judge()).get("/api/operations/" + before))) {
                answer.then().statusCode(503).contentType("application/problem+json")
                        .header("Retry-After", not(nullValue()))
                        .body("type", equalTo("/problems/database-unavailable"));
            }
            Management.given().get("/q/health/ready").then().statusCode(503).body("status", equalTo("DOWN"));
        } finally {
            DatabaseProxy.proxy().restore();
        }

        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        while (Management.given().get("/q/health/ready").statusCode() != 200) {
            assertThat(Instant.now()).as("readiness UP again after the database came back").isBefore(deadline);
            sleep();
        }
        String after = planned(court, huaiyinRaid());
        List<String> ids = given().auth().oauth2(court.judge()).get("/api/operations").then().statusCode(200)
                .extract().jsonPath().getList("items.id", String.class);
        assertThat(ids).containsExactlyInAnyOrder(before, after);
    }

    private static void sleep() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
