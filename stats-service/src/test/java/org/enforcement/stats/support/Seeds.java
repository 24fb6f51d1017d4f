package org.enforcement.stats.support;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.enforcement.stats.metrics.DailyMetrics;
import org.enforcement.testing.Court;
import org.enforcement.testing.TestCourts;

/** Puts daily metrics straight into the table, each in its own committed transaction. */
@ApplicationScoped
public class Seeds {

    @Inject
    DailyMetrics daily;

    public void put(String court, String campaign, String day, String metric, String value) {
        QuarkusTransaction.requiringNew().run(() -> daily.add("case", court, campaign, LocalDate.parse(day), metric,
                new BigDecimal(value)));
    }

    /**
     * Registers and publishes a campaign of the test high court 测 (every test court lies under it) with these
     * courts taking part, from 2020 to 2029, named by its code: only a published campaign is public.
     */
    public static void publish(String code, String... courts) {
        String director = new Court(TestCourts.HIGH).director();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("code", code);
        body.put("name", code);
        body.put("organizingCourt", TestCourts.HIGH);
        body.put("level", "HIGH");
        body.put("participatingCourts", List.of(courts));
        body.put("startsOn", "2020-01-01");
        body.put("endsOn", "2029-12-31");
        given().auth().oauth2(director).contentType("application/json").body(body).post("/api/campaigns").then()
                .statusCode(201);
        given().auth().oauth2(director).queryParam("organiser", TestCourts.HIGH)
                .post("/api/campaigns/{code}/publication", code).then().statusCode(200)
                .body("publication", equalTo("PUBLISHED"));
    }

    /** A campaign code no other test uses. */
    public static String freshCampaign(String prefix) {
        return prefix + ThreadLocalRandom.current().nextInt(100_000, 999_999);
    }
}
