package org.enforcement.stats.edge;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.enforcement.stats.support.FeedStubs;
import org.enforcement.stats.support.TestDatabase;
import org.enforcement.testing.TokenLifetimeCheck;

/** Undated, future-dated and long-lived tokens are 401 at stats-service (see {@link TokenLifetimeCheck}). */
@QuarkusTest
@QuarkusTestResource(TestDatabase.class)
@QuarkusTestResource(FeedStubs.class)
class TokenLifetimeTest extends TokenLifetimeCheck {

    @Override
    protected String readablePath() {
        return "/api/reports/press-summary";
    }

    @Override
    protected String role() {
        return "director";
    }
}
