package org.enforcement.stats;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.enforcement.stats.support.FeedStubs;
import org.enforcement.stats.support.TestDatabase;
import org.enforcement.testing.PublicRateLimitCheck;

/** Rate limits per caller and, on the public pages, per address (see {@link PublicRateLimitCheck}), lowered. */
@QuarkusTest
@QuarkusTestResource(TestDatabase.class)
@QuarkusTestResource(FeedStubs.class)
@TestProfile(RateLimitTest.LowLimits.class)
class RateLimitTest extends PublicRateLimitCheck {

    public static class LowLimits implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return lowLimits();
        }
    }

    @Override
    protected String callerPath() {
        return "/api/metrics";
    }

    @Override
    protected String publicPath() {
        return "/public/dashboard";
    }
}
