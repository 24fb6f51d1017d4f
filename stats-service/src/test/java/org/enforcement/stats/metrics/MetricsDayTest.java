package org.enforcement.stats.metrics;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDateTime;
import org.enforcement.stats.support.TestDatabase;
import org.enforcement.testing.Court;
import org.enforcement.testing.time.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * "Today" is the Asia/Shanghai day of the service's clock: the default range of the figures ends on it, and turns
 * over at Shanghai midnight (16:00 UTC), not at UTC midnight. The test sets the clock a minute either side.
 */
@QuarkusTest
@QuarkusTestResource(TestDatabase.class)
class MetricsDayTest {

    @Inject
    TestClock clock;

    @AfterEach
    void backToTheSystemTime() {
        clock.reset();
    }

    @Test
    void shouldEndTheDefaultRangeOnTheShanghaiDayOfTheClock() {
        Court court = Court.fresh();
        clock.setShanghai(LocalDateTime.of(2031, 3, 9, 23, 59, 30));
        given().auth().oauth2(court.judge()).get("/api/metrics").then().statusCode(200)
                .body("from", equalTo("2031-02-08"))
                .body("to", equalTo("2031-03-09"))
                .body("periods", hasSize(30))
                .body("periods[29].start", equalTo("2031-03-09"));

        clock.advance(Duration.ofMinutes(1)); // 00:00:30 on 10 March in Shanghai, 16:00:30 on 9 March in UTC
        given().auth().oauth2(court.judge()).get("/api/metrics").then().statusCode(200)
                .body("from", equalTo("2031-02-09"))
                .body("to", equalTo("2031-03-10"));
        given().auth().oauth2(court.judge()).get("/api/metrics?from=2031-03-10").then().statusCode(200)
                .body("to", equalTo("2031-04-08"));
    }
}
