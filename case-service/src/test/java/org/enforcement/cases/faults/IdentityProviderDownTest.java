package org.enforcement.cases.faults;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.enforcement.cases.support.TestDatabase;
import org.enforcement.testing.Court;
import org.junit.jupiter.api.Test;

/**
 * The service started while its OIDC provider is unreachable: it starts (the provider is read on the first request),
 * and a bearer token it cannot verify yet is a 503 problem with Retry-After, not a 500 nor the token's fault.
 */
@QuarkusTest
@TestProfile(IdentityProviderDownTest.ProviderUnreachable.class)
@QuarkusTestResource(TestDatabase.class)
class IdentityProviderDownTest {

    public static class ProviderUnreachable implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            // Port 9 (discard): nothing listens there.
            return Map.of("quarkus.oidc.auth-server-url", "http://127.0.0.1:9/realms/enforcement");
        }
    }

    @Test
    void shouldAnswer503ProblemWhileTheProviderCannotBeReached() {
        given().auth().oauth2(Court.fresh().judge()).get("/api/cases").then()
                .statusCode(503)
                .contentType("application/problem+json")
                .header("Retry-After", "10")
                .body("type", equalTo("/problems/identity-provider-unavailable"));
        given().get("/api/cases").then().statusCode(401);
    }
}
