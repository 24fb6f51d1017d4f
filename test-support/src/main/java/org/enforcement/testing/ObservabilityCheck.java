package org.enforcement.testing;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.jose4j.jwk.RsaJsonWebKey;
import org.jose4j.jwk.RsaJwkGenerator;
import org.jose4j.lang.JoseException;
import org.junit.jupiter.api.Test;

/**
 * Checks every service passes in the same way: health (ready includes the database), Prometheus metrics and the
 * OpenAPI document on the management interface and nowhere on the public port, and bearer-token authentication
 * answering 401/403 as problem+json without internals. A service runs them with a {@code @QuarkusTest} subclass that
 * names a GET endpoint a judge of any court may read.
 */
public abstract class ObservabilityCheck {

    protected static final String PROBLEM_JSON = "application/problem+json";
    protected static final String COURT = Tokens.freshCourt();
    /** Traces of implementation detail that must never reach a client. */
    protected static final Pattern INTERNALS = Pattern.compile("Exception|RESTEASY\\d|HV\\d{6}|\\bat [a-z]+\\.|\\.java:\\d"
            + "|\\b(java|javax|jakarta|io|org|com)\\.[a-z0-9_]+\\.[A-Za-z_$]");

    /** A GET endpoint that answers 200 JSON to a judge, e.g. {@code /api/cases}. */
    protected abstract String protectedPath();

    // --- health and metrics ------------------------------------------------------------------------------------

    @Test
    public void shouldReportLive() {
        Management.given().get("/q/health/live").then()
                .statusCode(200)
                .body("status", equalTo("UP"));
    }

    @Test
    public void shouldReportReadyIncludingTheDatabase() {
        Management.given().get("/q/health/ready").then()
                .statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem("Database connections health check"))
                .body("checks.find { it.name == 'Database connections health check' }.status", equalTo("UP"));
    }

    @Test
    public void shouldServePrometheusMetrics() {
        // Make sure at least one request to the API has been timed.
        given().get(protectedPath()).then().statusCode(401);
        Management.given().accept("text/plain").get("/q/metrics").then()
                .statusCode(200)
                .contentType(startsWith("text/plain"))
                .body(containsString("# TYPE jvm_memory_used_bytes gauge"))
                .body(containsString("http_server_requests_seconds_count"));
    }

    @Test
    public void shouldServeTheOpenApiDocumentOnTheManagementInterface() {
        // Swagger UI next to it: OpenApiContractCheck.
        Management.given().queryParam("format", "json").get("/q/openapi").then()
                .statusCode(200)
                .contentType(startsWith("application/json"))
                .body("openapi", startsWith("3."));
    }

    /** Health, metrics and the API description are for probes, scrapers and developers, not for the internet. */
    @Test
    public void shouldAnswer404ProblemForManagementPathsOnThePublicPort() {
        for (String path : new String[] {"/q/health", "/q/health/ready", "/q/health/live", "/q/metrics",
                "/q/openapi", "/q/swagger-ui", "/q/swagger-ui/", "/q/dev-ui"}) {
            String body = given().get(path).then()
                    .statusCode(404)
                    .contentType(PROBLEM_JSON)
                    .body("status", equalTo(404))
                    .extract().asString();
            assertNoInternals(body);
        }
    }

    // --- authentication and authorisation -----------------------------------------------------------------------

    @Test
    public void shouldAnswer401ProblemWithChallengeWithoutToken() {
        String body = given().get(protectedPath()).then()
                .statusCode(401)
                .contentType(PROBLEM_JSON)
                .header("WWW-Authenticate", startsWith("Bearer"))
                .body("type", equalTo("/problems/unauthenticated"))
                .body("status", equalTo(401))
                .body("instance", equalTo(protectedPath()))
                .extract().asString();
        assertNoInternals(body);
    }

    @Test
    public void shouldAcceptValidToken() {
        given().auth().oauth2(Tokens.token("judge.chen", "judge", COURT)).get(protectedPath()).then()
                .statusCode(200)
                .contentType(ContentType.JSON);
    }

    @Test
    public void shouldRejectTokenFromAnotherIssuer() {
        Map<String, Object> claims = judgeClaims();
        claims.put("iss", "https://attacker.example/realms/enforcement");
        assertUnauthenticated(given().auth().oauth2(Tokens.sign(claims)));
    }

    @Test
    public void shouldRejectTokenForAnotherAudience() {
        Map<String, Object> claims = judgeClaims();
        claims.put("aud", "another-system");
        assertUnauthenticated(given().auth().oauth2(Tokens.sign(claims)));
    }

    @Test
    public void shouldRejectTokenWithoutAudience() {
        Map<String, Object> claims = judgeClaims();
        claims.remove("aud");
        assertUnauthenticated(given().auth().oauth2(Tokens.sign(claims)));
    }

    @Test
    public void shouldRejectExpiredToken() {
        long issued = Instant.now().minus(Duration.ofHours(3)).getEpochSecond();
        assertUnauthenticated(given().auth().oauth2(Tokens.timed("judge.chen", "judge", COURT, issued,
                issued + 3600)));
    }

    @Test
    public void shouldRejectTokenSignedWithAnotherKey() throws JoseException {
        // The kid is unknown: the service fetches the JWKS again, still does not find it, and refuses.
        RsaJsonWebKey foreign = RsaJwkGenerator.generateJwk(2048);
        assertUnauthenticated(given().auth().oauth2(Tokens.sign(judgeClaims(), foreign.getPrivateKey(),
                "foreign-" + UUID.randomUUID())));
    }

    @Test
    public void shouldRejectTokenSignedWithAnotherKeyUnderThePublishedKid() throws JoseException {
        RsaJsonWebKey foreign = RsaJwkGenerator.generateJwk(2048);
        assertUnauthenticated(given().auth().oauth2(Tokens.sign(judgeClaims(), foreign.getPrivateKey(),
                TestOidcProvider.DEV_KEY_ID)));
    }

    @Test
    public void shouldAcceptTokenSignedWithARotatedKeyWithoutRestart() throws JoseException {
        RsaJsonWebKey rotated = RsaJwkGenerator.generateJwk(2048);
        rotated.setKeyId("rotated-" + UUID.randomUUID());
        String token = Tokens.sign(judgeClaims(), rotated.getPrivateKey(), rotated.getKeyId());
        // Not published yet: refused.
        assertUnauthenticated(given().auth().oauth2(token));

        TestOidcProvider.publish(Tokens.issuer(), rotated);

        given().auth().oauth2(token).get(protectedPath()).then().statusCode(200);
        // Tokens signed with the earlier key stay valid while the provider still publishes it.
        given().auth().oauth2(Tokens.token("judge.chen", "judge", COURT)).get(protectedPath()).then()
                .statusCode(200);
    }

    @Test
    public void shouldRejectGarbageToken() {
        assertUnauthenticated(given().auth().oauth2("not.a.jwt"));
    }

    @Test
    public void shouldAnswer403ProblemForTokenWithoutCourt() {
        Map<String, Object> claims = judgeClaims();
        claims.remove("court");
        String body = given().auth().oauth2(Tokens.sign(claims)).get(protectedPath()).then()
                .statusCode(403)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo("/problems/missing-court-claim"))
                .body("status", equalTo(403))
                .extract().asString();
        assertNoInternals(body);
    }

    /** The claims of a valid judge token of {@link #COURT}, to be spoiled one at a time. */
    private static Map<String, Object> judgeClaims() {
        Map<String, Object> claims = Tokens.standardClaims();
        claims.put("sub", "judge.chen");
        claims.put("upn", "judge.chen");
        claims.put("groups", List.of("judge"));
        claims.put("court", COURT);
        return claims;
    }

    protected void assertUnauthenticated(RequestSpecification request) {
        String body = request.get(protectedPath()).then()
                .statusCode(401)
                .contentType(PROBLEM_JSON)
                .header("WWW-Authenticate", startsWith("Bearer"))
                .body("type", equalTo("/problems/unauthenticated"))
                .extract().asString();
        assertNoInternals(body);
    }

    protected static void check(String token, Function<RequestSpecification, Response> request, int status) {
        Response response = request.apply(given().auth().oauth2(token));
        response.then().statusCode(status).contentType(PROBLEM_JSON).body("status", equalTo(status));
        assertNoInternals(response.asString());
    }

    protected static void assertNoInternals(String body) {
        assertThat(INTERNALS.matcher(body).find())
                .withFailMessage("Error body exposes implementation details: %s", body)
                .isFalse();
    }
}
