package org.enforcement.testing.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;

/**
 * The ratchet of issue 17, the same for every service: its {@code ArchitectureTest} extends this class and names its
 * root package (and the classes allowed to read the system time). The package cycles of today are frozen in the
 * service's src/test/resources/archunit_store (see archunit.properties there); the files of 250 lines or more of
 * today are listed in src/test/resources/class-size-allowance.txt. Both may only shrink; the root README says how
 * to rewrite them deliberately.
 */
public abstract class ServiceArchitectureTest {

    /** Imported once per package and run: JUnit makes a new instance for every test method. */
    private static final Map<String, JavaClasses> IMPORTED = new ConcurrentHashMap<>();

    private final String root;
    private final String[] readsSystemTime;
    private final JavaClasses service;

    protected ServiceArchitectureTest(String root, String... readsSystemTime) {
        this.root = root;
        this.readsSystemTime = readsSystemTime;
        this.service = IMPORTED.computeIfAbsent(root, ArchitectureRules::productionClasses);
    }

    @Test
    void featurePackagesGainNoCycle() {
        ArchitectureRules.noCyclesBetweenFeaturePackages(root).check(service);
    }

    @Test
    void resourcesAreNotUsedByOtherClasses() {
        ArchitectureRules.resourcesAreNotUsedByOtherClasses().check(service);
    }

    @Test
    void resourcesOnlyCallUseCases() {
        ArchitectureRules.resourcesOnlyCallUseCases().check(service);
        ArchitectureRules.resourcesOnlyCallUseCases().check(commons());
    }

    @Test
    void domainPoliciesArePureJava() {
        ArchitectureRules.policiesArePureJava().check(service);
    }

    @Test
    void productionCodeDoesNotDependOnTestCode() {
        ArchitectureRules.noProductionClassDependsOnTestCode(root).check(service);
    }

    @Test
    void commonsDoesNotDependOnServices() {
        ArchitectureRules.commonsDoesNotDependOnServices().check(commons());
    }

    @Test
    void timeComesFromTheInjectedClock() {
        ArchitectureRules.timeComesFromTheClock(readsSystemTime).check(service);
        // commons too: SystemClock produces the clock; TokenLifetime judges tokens by the real time (why: there)
        ArchitectureRules.timeComesFromTheClock("org.enforcement.commons.time.SystemClock",
                "org.enforcement.commons.security.TokenLifetime").check(commons());
    }

    private static JavaClasses commons() {
        return IMPORTED.computeIfAbsent("org.enforcement.commons", ArchitectureRules::productionClasses);
    }

    @Test
    void noSourceFileGrowsPastTheClassSizeRatchet() {
        ClassSizeRatchet.check();
    }
}
