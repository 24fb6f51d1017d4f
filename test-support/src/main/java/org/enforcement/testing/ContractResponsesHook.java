package org.enforcement.testing;

import io.quarkus.test.junit.callback.QuarkusTestBeforeEachCallback;
import io.quarkus.test.junit.callback.QuarkusTestMethodContext;
import io.restassured.RestAssured;

/**
 * Puts {@link ContractResponses} in front of every REST Assured request of every {@code @QuarkusTest} (found by
 * Quarkus through META-INF/services), once per class loader: tests need not remember to check their answers.
 */
public class ContractResponsesHook implements QuarkusTestBeforeEachCallback {

    private static boolean installed;

    @Override
    public synchronized void beforeEach(QuarkusTestMethodContext context) {
        if (installed) {
            return;
        }
        installed = true;
        ContractResponses check = ContractResponses.forThisModule();
        if (check != null) {
            RestAssured.filters(check);
        }
    }
}
