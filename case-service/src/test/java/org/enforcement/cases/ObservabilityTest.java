package org.enforcement.cases;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import io.smallrye.jwt.build.Jwt;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.enforcement.cases.support.CaseFixtures.Court;
import org.enforcement.cases.support.TestDatabase;
import org.enforcement.testing.Tokens;
import org.junit.jupiter.api.Test;

/** Health, metrics, and how the service answers requests it cannot serve: problem+json, never internals. */
@QuarkusTest
@QuarkusTestResource(TestDatabase.class)
class ObservabilityTest {

    static final String PROBLEM_JSON = "application/problem+json";
    static final String COURT = Tokens.freshCourt();
    /** Traces of implementation detail that must never reach a client. */
    static final Pattern INTERNALS = Pattern.compile("Exception|RESTEASY\\d|HV\\d{6}|\\bat [a-z]+\\.|\\.java:\\d"
            + "|\\b(java|javax|jakarta|io|org|com)\\.[a-z0-9_]+\\.[A-Za-z_$]");

    // --- health and metrics ------------------------------------------------------------------------------------

    @Test
    void shouldReportLive() {
        given().get("/q/health/live").then()
                .statusCode(200)
                .body("status", equalTo("UP"));
    }

    @Test
    void shouldReportReadyIncludingTheDatabase() {
        given().get("/q/health/ready").then()
                .statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem("Database connections health check"))
                .body("checks.find { it.name == 'Database connections health check' }.status", equalTo("UP"));
    }

    @Test
    void shouldServePrometheusMetrics() {
        // Make sure at least one HTTP request has been timed.
        given().get("/q/health/live").then().statusCode(200);
        given().accept("text/plain").get("/q/metrics").then()
                .statusCode(200)
                .contentType(startsWith("text/plain"))
                .body(containsString("# TYPE jvm_memory_used_bytes gauge"))
                .body(containsString("http_server_requests_seconds_count"));
    }

    // --- authentication and authorisation -----------------------------------------------------------------------

    @Test
    void shouldAnswer401ProblemWithChallengeWithoutToken() {
        String body = given().get("/api/cases").then()
                .statusCode(401)
                .contentType(PROBLEM_JSON)
                .header("WWW-Authenticate", startsWith("Bearer"))
                .body("type", equalTo("/problems/unauthenticated"))
                .body("status", equalTo(401))
                .body("instance", equalTo("/api/cases"))
                .extract().asString();
        assertNoInternals(body);
    }

    @Test
    void shouldAcceptValidToken() {
        given().auth().oauth2(Tokens.token("judge.chen", "judge", COURT)).get("/api/cases").then()
                .statusCode(200)
                .contentType(ContentType.JSON);
    }

    @Test
    void shouldRejectTokenFromAnotherIssuer() {
        String token = Jwt.issuer("https://attacker.example/issuer").upn("judge.chen").groups("judge")
                .claim("court", COURT).expiresIn(Duration.ofHours(1)).sign();
        assertUnauthenticated(given().auth().oauth2(token));
    }

    @Test
    void shouldRejectTokenForAnotherAudience() {
        String token = Jwt.audience("another-system").upn("judge.chen").groups("judge")
                .claim("court", COURT).expiresIn(Duration.ofHours(1)).sign();
        assertUnauthenticated(given().auth().oauth2(token));
    }

    @Test
    void shouldRejectExpiredToken() {
        Instant issued = Instant.now().minus(Duration.ofHours(3));
        String token = Jwt.upn("judge.chen").groups("judge").claim("court", COURT)
                .issuedAt(issued).expiresAt(issued.plus(Duration.ofHours(1))).sign();
        assertUnauthenticated(given().auth().oauth2(token));
    }

    @Test
    void shouldRejectTokenSignedWithAnotherKey() throws NoSuchAlgorithmException {
        var generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        String token = Jwt.upn("judge.chen").groups("judge").claim("court", COURT)
                .expiresIn(Duration.ofHours(1)).sign(generator.generateKeyPair().getPrivate());
        assertUnauthenticated(given().auth().oauth2(token));
    }

    @Test
    void shouldRejectGarbageToken() {
        assertUnauthenticated(given().auth().oauth2("not.a.jwt"));
    }

    @Test
    void shouldAnswer403ProblemForTokenWithoutCourt() {
        String token = Jwt.upn("judge.chen").groups("judge").expiresIn(Duration.ofHours(1)).sign();
        String body = given().auth().oauth2(token).get("/api/cases").then()
                .statusCode(403)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo("/problems/missing-court-claim"))
                .body("status", equalTo(403))
                .extract().asString();
        assertNoInternals(body);
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

    private static void check(String token, Function<RequestSpecification, Response> request, int status) {
        Response response = request.apply(given().auth().oauth2(token));
        response.then().statusCode(status).contentType(PROBLEM_JSON).body("status", equalTo(status));
        assertNoInternals(response.asString());
    }

    private static void assertUnauthenticated(RequestSpecification request) {
        String body = request.get("/api/cases").then()
                .statusCode(401)
                .contentType(PROBLEM_JSON)
                .header("WWW-Authenticate", startsWith("Bearer"))
                .body("type", equalTo("/problems/unauthenticated"))
                .extract().asString();
        assertNoInternals(body);
    }

    private static void assertNoInternals(String body) {
        assertThat(INTERNALS.matcher(body).find())
                .withFailMessage("Error body exposes implementation details: %s", body)
                .isFalse();
    }
}
