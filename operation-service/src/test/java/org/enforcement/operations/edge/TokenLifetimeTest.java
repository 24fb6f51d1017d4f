package org.enforcement.operations.edge;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.enforcement.operations.support.CaseServiceStub;
import org.enforcement.operations.support.TestDatabase;
import org.enforcement.testing.TokenLifetimeCheck;

/** Undated, future-dated and long-lived tokens are 401 at operation-service (see {@link TokenLifetimeCheck}). */
@QuarkusTest
@QuarkusTestResource(TestDatabase.class)
@QuarkusTestResource(CaseServiceStub.class)
class TokenLifetimeTest extends TokenLifetimeCheck {

    @Override
    protected String readablePath() {
        return "/api/operations";
    }

    @Override
    protected String role() {
        return "judge";
    }
}
