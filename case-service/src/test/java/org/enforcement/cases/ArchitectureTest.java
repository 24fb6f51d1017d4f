package org.enforcement.cases;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.lang.ArchRule;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.enforcement.cases.casefiles.CaseRepository;
import org.enforcement.cases.casefiles.UseCase;
import org.enforcement.testing.architecture.ArchitectureRules;
import org.enforcement.testing.architecture.ServiceArchitectureTest;
import org.junit.jupiter.api.Test;

/** The architecture ratchet of issue 17 for case-service (the shared rules: ServiceArchitectureTest, in test-support). */
class ArchitectureTest extends ServiceArchitectureTest {

    private static final JavaClasses CASE_SERVICE = ArchitectureRules.productionClasses("org.enforcement.cases");

    ArchitectureTest() {
        super("org.enforcement.cases");
    }

    /**
     * The case lock serialises every change of a case's money and state: only use cases (named by action, annotated
     * {@link UseCase}) take it, so no service locks on its own or changes a case behind a use case's back.
     */
    @Test
    void onlyUseCasesTakeTheCaseLock() {
        ArchRule rule = noClasses().that().areNotAnnotatedWith(UseCase.class)
                .should().callMethod(CaseRepository.class, "lockInCourt", UUID.class, String.class)
                .orShould().callMethod(CaseRepository.class, "lockForCheck", UUID.class)
                .orShould().callMethod(CaseRepository.class, "payIn", UUID.class, String.class, BigDecimal.class,
                        LocalDate.class)
                .because("the case lock is taken by the use cases alone (issue 17)");
        rule.check(CASE_SERVICE);
    }
}
