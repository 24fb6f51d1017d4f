package org.enforcement.deploycheck;

import org.enforcement.testing.architecture.ClassSizeRatchet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The class-size ratchet (issue 17) for the modules that have no service ArchitectureTest of their own: each main
 * source file stays under {@value ClassSizeRatchet#LIMIT} lines unless the module's
 * {@value ClassSizeRatchet#ALLOWANCE} lists it (none does today), and a listed one only shrinks.
 */
class ModuleSizeTest {

    @ParameterizedTest
    @ValueSource(strings = {"domain-rules", "event-types", "commons", "clients", "demo", "test-support"})
    void noMainSourceGrowsPastTheRatchet(String module) {
        ClassSizeRatchet.check(Repo.root().resolve(module));
    }
}
