package org.enforcement.cases;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.enforcement.cases.support.TestDatabase;
import org.enforcement.testing.RateLimitCheck;

/** The per-caller rate limit (see {@link RateLimitCheck}), lowered for the test; case-service has no public endpoint. */
@QuarkusTest
@QuarkusTestResource(TestDatabase.class)
@TestProfile(RateLimitTest.LowLimits.class)
class RateLimitTest extends RateLimitCheck {

    public static class LowLimits implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return lowLimits();
        }
    }

    @Override
    protected String callerPath() {
        return "/api/cases";
    }
}
