package org.enforcement.rules;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * The domain rules stay plain Java that any service or client can take (issue 17): no JAX-RS, no JPA, no Quarkus and
 * nothing of commons. (Not in test-support: that module depends on this one.)
 */
class PureJavaTest {

    private static final JavaClasses PRODUCTION = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.enforcement.rules");

    @Test
    void dependsOnNoFrameworkAndNotOnCommons() {
        noClasses().that().resideInAPackage("org.enforcement.rules..")
                .should().dependOnClassesThat().resideInAnyPackage("jakarta.ws.rs..", "jakarta.persistence..",
                        "io.quarkus..", "org.enforcement.commons..")
                .check(PRODUCTION);
    }
}
