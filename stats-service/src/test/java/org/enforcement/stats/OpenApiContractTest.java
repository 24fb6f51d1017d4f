package org.enforcement.stats;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.enforcement.stats.support.FeedStubs;
import org.enforcement.stats.support.TestDatabase;
import org.enforcement.testing.OpenApiContractCheck;

/** stats-service's contract: src/main/openapi/openapi.yaml must match /q/openapi (see {@link OpenApiContractCheck}). */
@QuarkusTest
@QuarkusTestResource(TestDatabase.class)
@QuarkusTestResource(FeedStubs.class)
class OpenApiContractTest extends OpenApiContractCheck {
}
