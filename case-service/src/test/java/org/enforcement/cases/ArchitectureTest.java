package org.enforcement.cases;

import org.enforcement.testing.architecture.ServiceArchitectureTest;

/** The architecture ratchet of issue 17 for case-service (the rules: ServiceArchitectureTest, in test-support). */
class ArchitectureTest extends ServiceArchitectureTest {

    ArchitectureTest() {
        super("org.enforcement.cases");
    }
}
