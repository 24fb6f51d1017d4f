package org.enforcement.cases.payments;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.enforcement.cases.support.CaseFixtures.pay;
import static org.enforcement.cases.support.CaseFixtures.payloads;
import static org.enforcement.cases.support.CaseFixtures.registered;
import static org.enforcement.cases.support.CaseFixtures.transition;
import static org.enforcement.cases.support.CaseFixtures.zhangVQin;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.enforcement.cases.support.TestDatabase;
import org.enforcement.testing.Court;
import org.enforcement.testing.time.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The day a fact is booked on is the Asia/Shanghai day of the service's clock, not the UTC day and not the day the
 * suite happens to run: the test sets the clock a minute either side of Shanghai midnight (16:00 UTC).
 */
@QuarkusTest
@QuarkusTestResource(TestDatabase.class)
class PaymentDayTest {

    @Inject
    TestClock clock;

    @AfterEach
    void backToTheSystemTime() {
        clock.reset();
    }

    private static Map<String, Object> onSite(String amount) {
        return new HashMap<>(Map.of("channel", "ON_SITE", "payer", "秦某某", "amount", amount));
    }

    @Test
    void shouldBookEachPaymentOnTheShanghaiDayItWasReceived() {
        clock.setShanghai(LocalDateTime.of(2031, 3, 9, 23, 59, 30));
        Court court = Court.fresh();
        Map<String, Object> filedToday = new HashMap<>(zhangVQin());
        filedToday.remove("filedOn");
        String id = registered(court, filedToday);
        given().auth().oauth2(court.clerk()).get("/api/cases/" + id).then().statusCode(200)
                .body("filedOn", equalTo("2031-03-09"));
        transition(court.judge(), id, Map.of("action", "START_ENFORCEMENT")).then().statusCode(200);

        pay(court.clerk(), id, UUID.randomUUID().toString(), onSite("100.00")).then().statusCode(201)
                .body("receivedOn", equalTo("2031-03-09"));
        Map<String, Object> tomorrow = onSite("200.00");
        tomorrow.put("receivedOn", "2031-03-10");
        String tomorrowsKey = UUID.randomUUID().toString();
        pay(court.clerk(), id, tomorrowsKey, tomorrow).then().statusCode(400)
                .contentType("application/problem+json");

        clock.advance(Duration.ofMinutes(1)); // 00:00:30 on 10 March in Shanghai; still 9 March in UTC
        pay(court.clerk(), id, UUID.randomUUID().toString(), onSite("300.00")).then().statusCode(201)
                .body("receivedOn", equalTo("2031-03-10"));
        pay(court.clerk(), id, tomorrowsKey, tomorrow).then().statusCode(201)
                .body("receivedOn", equalTo("2031-03-10"));

        assertThat(payloads(court, id, "PaymentRecorded")).extracting(p -> p.get("receivedOn"))
                .containsExactly("2031-03-09", "2031-03-10", "2031-03-10");
        given().auth().oauth2(court.clerk()).get("/api/cases/" + id).then().statusCode(200)
                .body("paid", equalTo(600.00f));
    }
}
