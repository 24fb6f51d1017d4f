package org.enforcement.operations;

import static io.restassured.RestAssured.given;
import static org.enforcement.operations.support.OperationFixtures.huaiyinRaid;
import static org.enforcement.operations.support.OperationFixtures.planned;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.enforcement.operations.support.CaseServiceStub;
import org.enforcement.operations.support.TestDatabase;
import org.enforcement.testing.Court;
import org.enforcement.testing.PublicRateLimitCheck;
import org.junit.jupiter.api.Test;

/**
 * Rate limits per caller and per address (see {@link PublicRateLimitCheck}) and the dispatch solver's limit per
 * court, all lowered for the test.
 */
@QuarkusTest
@QuarkusTestResource(TestDatabase.class)
@QuarkusTestResource(CaseServiceStub.class)
@TestProfile(RateLimitTest.LowLimits.class)
class RateLimitTest extends PublicRateLimitCheck {

    static final int DISPATCH_PLANS = 2;

    public static class LowLimits implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            Map<String, String> config = new HashMap<>(lowLimits());
            config.put("enforcement.rate-limit.per-court.dispatch.requests", Integer.toString(DISPATCH_PLANS));
            config.put("enforcement.rate-limit.per-court.dispatch.period", "1m");
            return config;
        }
    }

    @Override
    protected String callerPath() {
        return "/api/operations";
    }

    @Override
    protected String publicPath() {
        return "/public/faq";
    }

    @Test
    void shouldLimitDispatchPlansPerCourtWhoeverAsks() {
        Court court = Court.fresh();
        Court other = Court.fresh();
        String operation = planned(court, huaiyinRaid());
        String otherOperation = planned(other, huaiyinRaid());
        // Every attempt counts, also one the solver refuses (409: no teams yet), each by an officer of its own.
        for (int i = 0; i < DISPATCH_PLANS; i++) {
            compute(freshOfficer(court), operation).then().statusCode(409)
                    .body("type", equalTo("/problems/no-teams"));
        }
        Response refused = compute(freshOfficer(court), operation);
        assertRateLimited(refused, 60);
        refused.then().body("detail", containsString("your court"));
        // Another court is not affected.
        compute(freshOfficer(other), otherOperation).then().statusCode(409);
    }

    private static Response compute(String token, String operation) {
        return given().auth().oauth2(token).post("/api/operations/" + operation + "/dispatch-plan");
    }

    private static String freshOfficer(Court court) {
        return court.as("officer." + ThreadLocalRandom.current().nextInt(1_000_000_000), "officer");
    }
}
