package org.enforcement.stats.authorization;

import static io.restassured.RestAssured.given;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.enforcement.stats.metrics.Metrics;
import org.enforcement.stats.support.FeedStubs;
import org.enforcement.stats.support.Seeds;
import org.enforcement.stats.support.TestDatabase;
import org.enforcement.testing.Court;
import org.enforcement.testing.fuzz.AuthorizationMatrix;
import org.junit.jupiter.api.Test;

/**
 * Every stats-service operation × role × (own court, the court above it, a sibling court) against the table in
 * src/test/resources/authorization-matrix.tsv. Figures follow the court hierarchy: the court above reads its
 * courts' campaigns and figures; a sibling reads none of them.
 */
@QuarkusTest
@QuarkusTestResource(TestDatabase.class)
@QuarkusTestResource(FeedStubs.class)
class AuthorizationMatrixTest {

    @Inject
    Seeds seeds;

    @Test
    void shouldLetEachRoleOfEachCourtDoExactlyWhatTheTableSays() {
        Court higher = Court.freshIntermediate();
        Court own = higher.child();
        Court sibling = higher.child();
        String campaign = Seeds.freshCampaign("淮执·");
        seeds.put(own.code(), campaign, "2023-04-12", Metrics.OFFICERS_DEPLOYED, "30");
        given().auth().oauth2(own.director()).contentType("application/json").body(Map.of(
                        "code", campaign, "name", "淮执专项行动", "organizingCourt", own.code(),
                        "organizingCourtName", "测试法院", "level", "BASIC", "participatingCourts", List.of(),
                        "startsOn", "2023-04-01", "endsOn", "2023-12-31",
                        "keyTasks", List.of(Map.of("number", 1, "title", "重点工作1", "metric", "cases_concluded",
                                "target", 100, "cadence", "TOTAL", "deadline", "2023-12-31"))))
                .post("/api/campaigns").then().log().ifValidationFails().statusCode(201);

        AuthorizationMatrix.forThisService()
                .courts(own, higher, sibling)
                .ids("code", campaign)
                .ids("feed", "case")
                .ids("eventId", UUID.randomUUID().toString())
                .ids("metric", "collected")
                .body("POST /api/campaigns", Map.of("code", Seeds.freshCampaign("淮执·"), "name", "专项行动",
                        "organizingCourt", "{court}", "level", "BASIC", "participatingCourts", List.of(),
                        "startsOn", "2023-04-01", "endsOn", "2023-12-31", "keyTasks", List.of()))
                .body("POST /api/campaigns/{code}/withdrawal", Map.of("reason", "标题有误，更正后重新发布"))
                .body("PUT /api/campaigns/{code}", Map.of("name", "淮执专项行动", "participatingCourts", List.of(),
                        "startsOn", "2023-04-01", "endsOn", "2023-12-31", "keyTasks", List.of()))
                .check();
    }
}
