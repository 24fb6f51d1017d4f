package org.enforcement.stats;

import org.enforcement.testing.architecture.ServiceArchitectureTest;

/** The architecture ratchet of issue 17 for stats-service (the rules: ServiceArchitectureTest, in test-support). */
class ArchitectureTest extends ServiceArchitectureTest {

    ArchitectureTest() {
        super("org.enforcement.stats");
    }
}
