package org.enforcement.cases.edge;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.enforcement.cases.support.TestDatabase;
import org.enforcement.testing.TokenLifetimeCheck;

/** Undated, future-dated and long-lived tokens are 401 at case-service (see {@link TokenLifetimeCheck}). */
@QuarkusTest
@QuarkusTestResource(TestDatabase.class)
class TokenLifetimeTest extends TokenLifetimeCheck {

    @Override
    protected String readablePath() {
        return "/api/cases";
    }

    @Override
    protected String role() {
        return "clerk";
    }
}
