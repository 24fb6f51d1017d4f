package org.enforcement.cases.edge;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.enforcement.cases.support.TestDatabase;
import org.enforcement.testing.Court;
import org.enforcement.testing.Tokens;
import org.junit.jupiter.api.Test;

/**
 * VerifiedTokens keeps the tokens whose claims TokenClaims found clean (issue 18), never the ones it refused: the
 * same token with a NUL in a claim is refused on every request, while a clean token keeps working before and after
 * it, answered from the cache.
 */
@QuarkusTest
@QuarkusTestResource(TestDatabase.class)
class TokenClaimsTest {

    @Test
    void shouldRefuseATokenWithAControlCharacterEveryTimeItComes() {
        Court court = Court.fresh();
        String clean = court.judge();
        String dirty = Tokens.token("judge\u0000chen", "judge", court.code());
        for (int i = 0; i < 3; i++) {
            given().auth().oauth2(clean).get("/api/cases").then().statusCode(200);
            given().auth().oauth2(dirty).get("/api/cases").then().statusCode(401)
                    .body("type", equalTo("/problems/unauthenticated"));
        }
    }
}
