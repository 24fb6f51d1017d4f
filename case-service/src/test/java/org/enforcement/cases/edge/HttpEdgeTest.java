package org.enforcement.cases.edge;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.enforcement.cases.support.TestDatabase;
import org.enforcement.testing.HttpEdgeCheck;
import org.enforcement.testing.Tokens;

/** The HTTP edge of case-service (see {@link HttpEdgeCheck}): bad URLs, headers and sizes answer 4xx problem+json. */
@QuarkusTest
@QuarkusTestResource(TestDatabase.class)
class HttpEdgeTest extends HttpEdgeCheck {

    @Override
    protected String negotiatingPath() {
        return "/api/cases";
    }

    @Override
    protected String pathWithSegment(String encodedSegment) {
        return "/api/cases/" + encodedSegment;
    }

    @Override
    protected String pathWithQuery(String encodedValue) {
        return "/api/cases?respondentName=" + encodedValue;
    }

    @Override
    protected String postPath() {
        return "/api/cases";
    }

    @Override
    protected String token() {
        return court.clerk();
    }

    @Override
    protected String token(String court, String subject) {
        return Tokens.token(subject, "clerk", court);
    }
}
