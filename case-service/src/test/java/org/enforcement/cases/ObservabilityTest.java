package org.enforcement.cases;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.UUID;
import org.enforcement.testing.Court;
import org.enforcement.cases.support.TestDatabase;
import org.enforcement.testing.ObservabilityCheck;
import org.junit.jupiter.api.Test;

/** Health, metrics, authentication (see {@link ObservabilityCheck}) and case-service's own error answers. */
@QuarkusTest
@QuarkusTestResource(TestDatabase.class)
class ObservabilityTest extends ObservabilityCheck {

    @Override
    protected String protectedPath() {
        return "/api/cases";
    }

    @Test
    void shouldAnswer403ProblemForRoleWithoutPermission() {
        Court court = Court.fresh();
        String body = given().auth().oauth2(court.observer()).contentType(ContentType.JSON).body("{}")
                .post("/api/cases").then()
                .statusCode(403)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo("/problems/forbidden"))
                .extract().asString();
        assertNoInternals(body);
    }

    // --- requests the service cannot serve ----------------------------------------------------------------------

    @Test
    void shouldAnswer404ProblemForUnknownPath() {
        String token = Court.fresh().judge();
        for (String path : new String[] {"/api/no-such-thing", "/no-such-page",
                "/api/cases/00000000-0000-0000-0000-000000000000/no-such-thing"}) {
            String body = given().auth().oauth2(token).get(path).then()
                    .statusCode(404)
                    .contentType(PROBLEM_JSON)
                    .body("status", equalTo(404))
                    .body("instance", equalTo(path))
                    .extract().asString();
            assertNoInternals(body);
        }
    }

    @Test
    void shouldNeverExposeInternalsInErrorBodies() {
        Court court = Court.fresh();
        check(court.clerk(), r -> r.contentType(ContentType.JSON).body("{\"cause\": ").post("/api/cases"), 400);
        check(court.clerk(), r -> r.contentType(ContentType.JSON).body("{\"principal\": \"many\"}")
                .post("/api/cases"), 400);
        check(court.clerk(), r -> r.contentType(ContentType.JSON).body("{\"noSuchField\": 1}").post("/api/cases"),
                400);
        check(court.clerk(), r -> r.contentType(ContentType.JSON).body("[1, 2]").post("/api/cases"), 400);
        check(court.judge(), r -> r.queryParam("limit", "lots").get("/api/cases"), 400);
        check(court.judge(), r -> r.queryParam("cursor", "%%%").get("/api/cases"), 400);
        check(court.judge(), r -> r.get("/api/cases/" + UUID.randomUUID()), 404);
        check(court.judge(), r -> r.delete("/api/cases"), 405);
        check(court.judge(), r -> r.accept("application/xml").get("/api/cases"), 406);
        check(court.clerk(), r -> r.contentType("text/plain").body("hello").post("/api/cases"), 415);
        check(court.judge(), r -> r.header("If-Match", "\"0\"").contentType(ContentType.JSON)
                .body("{\"action\": \"START_ENFORCEMENT\"}")
                .post("/api/cases/" + UUID.randomUUID() + "/transitions"), 404);
    }
}
