package org.enforcement.testing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.restassured.response.ValidatableResponse;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The court a token acts for (commons Caller.court()): its {@code court} claim must be a JSON string naming a
 * registered court exactly as written; {@code *} only on a service account's token. Anything else is 403
 * problem+json {@code unknown-court}, a token without the claim stays {@code missing-court-claim}. A service runs
 * these with a {@code @QuarkusTest} subclass that names a GET endpoint.
 */
public abstract class UnknownCourtCheck {

    /** A GET endpoint that answers 200 to {@link #role()} of a registered court. */
    protected abstract String readablePath();

    /** A role that may read {@link #readablePath()}. */
    protected abstract String role();

    @Test
    public void shouldReadAsARegisteredCourt() {
        read(Tokens.token("user.a", role(), "苏0804")).statusCode(200);
        read(Court.fresh().as("user.a", role())).statusCode(200);
    }

    @Test
    public void shouldRefuseACourtThatIsNotRegisteredAsWritten() {
        for (String court : List.of("%", "' OR 1=1--", "苏9999", " 苏0804", "苏0804 ", "苏０８０４", "测x1")) {
            assertUnknown(read(Tokens.token("user.a", role(), court)), court);
        }
    }

    @Test
    public void shouldRefuseACourtClaimThatIsNotAString() {
        assertUnknown(read(Tokens.withCourtClaim("user.a", role(), 804)), "804");
        assertUnknown(read(Tokens.withCourtClaim("user.a", role(), List.of("苏0804"))), "[苏0804]");
    }

    @Test
    public void shouldRefuseEveryCourtToAPerson() {
        assertUnknown(read(Tokens.token("user.a", role(), "*")), "*");
    }

    @Test
    public void shouldKeepMissingCourtClaimApart() {
        read(Tokens.withCourtClaim("user.a", role(), null)).statusCode(403)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/missing-court-claim"));
    }

    private ValidatableResponse read(String token) {
        return given().auth().oauth2(token).get(readablePath()).then();
    }

    private static void assertUnknown(ValidatableResponse response, String court) {
        response.statusCode(403)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/unknown-court"));
    }
}
