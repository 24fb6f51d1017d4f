package org.enforcement.stats.campaigns;

import static io.restassured.RestAssured.given;
import static org.enforcement.stats.campaigns.CampaignFixtures.campaign;
import static org.enforcement.stats.campaigns.CampaignFixtures.create;
import static org.enforcement.stats.campaigns.CampaignFixtures.freshCode;
import static org.enforcement.stats.campaigns.CampaignFixtures.task;
import static org.enforcement.testing.HostileJson.assertMalformed;
import static org.enforcement.testing.HostileJson.assertRefused;
import static org.enforcement.testing.HostileJson.duplicated;
import static org.enforcement.testing.HostileJson.followedBy;
import static org.enforcement.testing.HostileJson.quoted;
import static org.enforcement.testing.HostileJson.with;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import org.enforcement.stats.support.FeedStubs;
import org.enforcement.stats.support.TestDatabase;
import org.enforcement.testing.Court;
import org.junit.jupiter.api.Test;

/**
 * Bodies and query values a careless or hostile client sends are refused with a 400 problem+json naming the field,
 * never a 5xx and never a guess, and nothing is stored.
 */
@QuarkusTest
@QuarkusTestResource(TestDatabase.class)
@QuarkusTestResource(FeedStubs.class)
class HostileBodyTest {

    private static final String YEARS = "must lie between the years 1 and 9999";

    @Test
    void shouldRefuseNulCharactersAndLoneSurrogatesInText() {
        Court court = Court.fresh();
        String code = freshCode();
        assertRefused(post(court, with(body(code, court), "name", quoted("专项\\u0000行动"))), "name",
                "must not contain NUL characters");
        assertRefused(post(court, with(body(code, court), "keyTasks",
                "[{\"number\":1,\"title\":\"\\ud800\",\"metric\":\"cases_concluded\",\"target\":10,"
                        + "\"cadence\":\"TOTAL\",\"deadline\":\"2023-12-31\"}]")),
                "keyTasks[0].title", "must not contain unpaired UTF-16 surrogates (\\ud800-\\udfff)");
        assertNotStored(court, code);
    }

    @Test
    void shouldRefuseAKeyGivenTwiceAndLeaveTheCampaignAlone() {
        Court court = Court.fresh();
        String code = freshCode();
        assertRefused(post(court, duplicated(body(code, court), "startsOn", quoted("2023-05-01"))), "startsOn",
                "is given twice");
        assertNotStored(court, code);

        create(court.director(), body(code, court));
        Response amended = given().auth().oauth2(court.director()).header("If-Match", "\"0\"")
                .contentType("application/json").body(duplicated(body(code, court), "name", quoted("另一个名字")))
                .put("/api/campaigns/{code}", code);
        assertRefused(amended, "name", "is given twice");
        given().auth().oauth2(court.director()).get("/api/campaigns/{code}", code).then().statusCode(200)
                .body("version", equalTo(0)).body("name", equalTo("“" + code + "”执行专项行动"));
    }

    @Test
    void shouldRefuseNullItemsInLists() {
        Court court = Court.fresh();
        String code = freshCode();
        assertRefused(post(court, with(body(code, court), "participatingCourts", "[null]")),
                "participatingCourts[0]", "must not be null");
        assertRefused(post(court, with(body(code, court), "keyTasks", "[null]")), "keyTasks[0]", "must not be null");
        assertNotStored(court, code);
    }

    @Test
    void shouldRefuseYearsOutOfRangeDateTimesAndNumbersForDates() {
        Court court = Court.fresh();
        String code = freshCode();
        assertRefused(post(court, with(body(code, court), "endsOn", quoted("+999999999-12-31"))), "endsOn", YEARS);
        assertRefused(post(court, with(body(code, court), "endsOn", quoted("2023-12-31T00:00:00"))), "endsOn",
                "must be a date like 2023-01-10");
        assertRefused(post(court, with(body(code, court), "startsOn", "20230401")), "startsOn",
                "must be a date like 2023-01-10");
        assertNotStored(court, code);
    }

    @Test
    void shouldRefuseEnumOrdinalsTextForNumbersAndExponents() {
        Court court = Court.fresh();
        String code = freshCode();
        for (String level : List.of("0", quoted("0"), quoted("HIGH "), quoted("\\u0000HIGH"))) {
            assertRefused(post(court, with(body(code, court), "level", level)), "level",
                    "must be one of [HIGH, INTERMEDIATE, BASIC]");
        }
        assertRefused(post(court, with(body(code, court), "name", "5")), "name",
                "has the wrong type (expected a string)");
        assertRefused(post(court, with(body(code, court), "organizingCourtName", "false")), "organizingCourtName",
                "has the wrong type (expected a string)");
        String task = "[{\"number\":\"1\",\"title\":\"重点工作1\",\"metric\":\"cases_concluded\",\"target\":10,"
                + "\"cadence\":\"TOTAL\",\"deadline\":\"2023-12-31\"}]";
        assertRefused(post(court, with(body(code, court), "keyTasks", task)), "keyTasks[0].number",
                "has the wrong type (expected a number)");
        assertRefused(post(court, with(body(code, court), "keyTasks", task.replace("\"1\"", "1")
                .replace("\"target\":10", "\"target\":1e3"))), "keyTasks[0].target",
                "must be a plain decimal number like 20000.00 (no exponent)");
        assertNotStored(court, code);
    }

    @Test
    void shouldRefuseAnythingAfterTheJsonDocument() {
        Court court = Court.fresh();
        String code = freshCode();
        assertMalformed(post(court, followedBy(body(code, court), "{}")));
        assertMalformed(post(court, followedBy(body(code, court), " x")));
        assertNotStored(court, code);
    }

    @Test
    void shouldNotMatchAWeakETagInIfMatch() {
        Court court = Court.fresh();
        String code = freshCode();
        create(court.director(), body(code, court));
        given().auth().oauth2(court.director()).header("If-Match", "W/\"0\"").contentType("application/json")
                .body(CampaignFixtures.with(body(code, court), "name", "改名")).put("/api/campaigns/{code}", code)
                .then().statusCode(412).contentType("application/problem+json")
                .body("type", equalTo("/problems/stale-version"));
        given().auth().oauth2(court.director()).get("/api/campaigns/{code}", code).then().statusCode(200)
                .body("version", equalTo(0));
    }

    @Test
    void shouldRefuseBadQueryValuesNamingTheParameter() {
        Court court = Court.fresh();
        String code = freshCode();
        create(court.director(), body(code, court));
        for (Map.Entry<String, String> bad : Map.of("from", "+999999999-12-31", "to", "2023-01-10T00:00:00")
                .entrySet()) {
            given().auth().oauth2(court.director()).queryParam(bad.getKey(), bad.getValue()).get("/api/metrics")
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("errors[0].field", equalTo(bad.getKey()));
        }
        // Used to be read as a day in the year 999999999 and fail in the arithmetic (500).
        given().auth().oauth2(court.director()).queryParam("asOf", "+999999999-12-31")
                .get("/api/campaigns/{code}/progress", code).then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("asOf"))
                .body("errors[0].message", equalTo(YEARS));
    }

    private static Map<String, Object> body(String code, Court court) {
        return campaign(code, court.code(), List.of(), task(1, "cases_concluded", 10, "TOTAL", "2023-12-31"));
    }

    private static Response post(Court court, String json) {
        return given().auth().oauth2(court.director()).contentType("application/json").body(json)
                .post("/api/campaigns");
    }

    private static void assertNotStored(Court court, String code) {
        given().auth().oauth2(court.director()).get("/api/campaigns/{code}", code).then().statusCode(404);
    }
}
