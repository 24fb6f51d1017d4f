package org.enforcement.cases;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.enforcement.cases.support.TestDatabase;
import org.enforcement.testing.OpenApiContractCheck;

/** case-service's contract: src/main/openapi/openapi.yaml must match /q/openapi (see {@link OpenApiContractCheck}). */
@QuarkusTest
@QuarkusTestResource(TestDatabase.class)
class OpenApiContractTest extends OpenApiContractCheck {
}
