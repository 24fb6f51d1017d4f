package org.enforcement.bench;

import org.enforcement.testing.architecture.ClassSizeRatchet;
import org.junit.jupiter.api.Test;

/** The class-size ratchet (issue 17) for this module, as deploy-check's ModuleSizeTest does for the others. */
class BenchSizeTest {

    @Test
    void noMainSourceGrowsPastTheRatchet() {
        ClassSizeRatchet.check(Settings.repositoryRoot().resolve("bench"));
    }
}
