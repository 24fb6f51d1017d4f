package org.enforcement.operations;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.enforcement.operations.support.CaseServiceStub;
import org.enforcement.operations.support.TestDatabase;
import org.enforcement.testing.OpenApiContractCheck;

/** operation-service's contract: src/main/openapi/openapi.yaml must match /q/openapi (see {@link OpenApiContractCheck}). */
@QuarkusTest
@QuarkusTestResource(TestDatabase.class)
@QuarkusTestResource(CaseServiceStub.class)
class OpenApiContractTest extends OpenApiContractCheck {
}
