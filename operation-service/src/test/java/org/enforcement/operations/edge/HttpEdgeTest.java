package org.enforcement.operations.edge;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.UUID;
import org.enforcement.operations.support.CaseServiceStub;
import org.enforcement.operations.support.TestDatabase;
import org.enforcement.testing.HttpEdgeCheck;
import org.enforcement.testing.Tokens;

/**
 * The HTTP edge of operation-service (see {@link HttpEdgeCheck}): bad URLs, headers and sizes answer 4xx
 * problem+json, on the negotiating target record and the public FAQ search alike.
 */
@QuarkusTest
@QuarkusTestResource(TestDatabase.class)
@QuarkusTestResource(CaseServiceStub.class)
class HttpEdgeTest extends HttpEdgeCheck {

    private final String record = "/api/operations/" + UUID.randomUUID() + "/targets/" + UUID.randomUUID() + "/record";

    @Override
    protected String negotiatingPath() {
        return record;
    }

    @Override
    protected String pathWithSegment(String encodedSegment) {
        return "/api/operations/" + encodedSegment + "/targets";
    }

    @Override
    protected String pathWithQuery(String encodedValue) {
        return "/public/faq?q=" + encodedValue;
    }

    @Override
    protected String postPath() {
        return "/api/operations";
    }

    @Override
    protected String token() {
        return court.judge();
    }

    @Override
    protected String token(String court, String subject) {
        return Tokens.token(subject, "judge", court);
    }
}
