package org.enforcement.operations.edge;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.enforcement.operations.support.CaseServiceStub;
import org.enforcement.operations.support.TestDatabase;
import org.enforcement.testing.UnknownCourtCheck;

/** A token's court must be registered as written; * is for service accounts (see {@link UnknownCourtCheck}). */
@QuarkusTest
@QuarkusTestResource(TestDatabase.class)
@QuarkusTestResource(CaseServiceStub.class)
class UnknownCourtTest extends UnknownCourtCheck {

    @Override
    protected String readablePath() {
        return "/api/operations";
    }

    @Override
    protected String role() {
        return "judge";
    }
}
