package org.enforcement.stats.edge;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.enforcement.stats.support.FeedStubs;
import org.enforcement.stats.support.TestDatabase;
import org.enforcement.testing.UnknownCourtCheck;

/** A token's court must be registered as written; * is for service accounts (see {@link UnknownCourtCheck}). */
@QuarkusTest
@QuarkusTestResource(TestDatabase.class)
@QuarkusTestResource(FeedStubs.class)
class UnknownCourtTest extends UnknownCourtCheck {

    @Override
    protected String readablePath() {
        return "/api/reports/press-summary";
    }

    @Override
    protected String role() {
        return "director";
    }
}
