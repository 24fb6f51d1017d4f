package org.enforcement.cases.edge;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.enforcement.cases.support.TestDatabase;
import org.enforcement.testing.UnknownCourtCheck;

/** A token's court must be registered as written; * is for service accounts (see {@link UnknownCourtCheck}). */
@QuarkusTest
@QuarkusTestResource(TestDatabase.class)
class UnknownCourtTest extends UnknownCourtCheck {

    @Override
    protected String readablePath() {
        return "/api/cases";
    }

    @Override
    protected String role() {
        return "clerk";
    }
}
