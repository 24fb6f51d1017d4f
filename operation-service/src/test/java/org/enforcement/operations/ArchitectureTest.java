package org.enforcement.operations;

import org.enforcement.testing.architecture.ServiceArchitectureTest;

/** The architecture ratchet of issue 17 for operation-service (the rules: ServiceArchitectureTest, in test-support). */
class ArchitectureTest extends ServiceArchitectureTest {

    ArchitectureTest() {
        super("org.enforcement.operations");
    }
}
