package org.enforcement.stats.fuzz;

import static io.restassured.RestAssured.given;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.enforcement.stats.metrics.Metrics;
import org.enforcement.stats.support.FeedStubs;
import org.enforcement.stats.support.Seeds;
import org.enforcement.stats.support.TestDatabase;
import org.enforcement.testing.Court;
import org.enforcement.testing.fuzz.ContractFuzzer;
import org.junit.jupiter.api.Test;

/**
 * Every stats-service operation under valid-looking and hostile requests (see {@link ContractFuzzer}): no 5xx, every
 * error problem+json with its status declared, nothing stored by an error, ready afterwards. Replay a failure with
 * {@code -Dfuzz.seed=N}; a long campaign: {@code -Dfuzz.requests=30000}.
 */
@QuarkusTest
@QuarkusTestResource(TestDatabase.class)
@QuarkusTestResource(FeedStubs.class)
class ContractFuzzTest {

    @Inject
    Seeds seeds;

    @Test
    void shouldAnswerEveryRequestWithAProblemOrSuccessAndStoreNothingOnError() {
        Court court = Court.fresh();
        String registered = Seeds.freshCampaign("陇原风暴");
        String unregistered = Seeds.freshCampaign("淮执·");
        seeds.put(court.code(), registered, "2023-04-12", Metrics.OFFICERS_DEPLOYED, "30");
        seeds.put(court.code(), unregistered, "2023-02-02", Metrics.OFFICERS_DEPLOYED, "50");
        given().auth().oauth2(court.director()).contentType("application/json").body(Map.of(
                        "code", registered, "name", "陇原风暴专项行动", "organizingCourt", court.code(),
                        "organizingCourtName", "凉州区人民法院", "level", "BASIC", "participatingCourts", List.of(),
                        "startsOn", "2023-04-01", "endsOn", "2023-12-31",
                        "keyTasks", List.of(Map.of("number", 1, "title", "重点工作1", "metric", "cases_concluded",
                                "target", 100, "cadence", "TOTAL", "deadline", "2023-12-31"))))
                .post("/api/campaigns").then().log().ifValidationFails().statusCode(201);
        given().auth().oauth2(court.director()).post("/api/campaigns/{code}/publication", registered).then()
                .statusCode(200);

        ContractFuzzer.forThisService()
                .as(court)
                .ids("code", registered, unregistered)
                .ids("campaign", registered, unregistered)
                .ids("feed", "case", "operation")
                .ids("organizingCourt", court.code())
                .database(TestDatabase.ownerDataSource())
                .run()
                .assertClean();
    }
}
