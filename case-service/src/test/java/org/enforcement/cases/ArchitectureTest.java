package org.enforcement.cases;

import org.enforcement.testing.architecture.ArchitectureRules;
import org.enforcement.testing.architecture.ClassSizeRatchet;
import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;

/**
 * The ratchet of issue 17 for case-service: the rules its production classes keep, checked with plain ArchUnit. The
 * package cycles of today are frozen in src/test/resources/archunit_store (see archunit.properties there); the
 * files of 250 lines or more of today are listed in src/test/resources/class-size-allowance.txt. Both may only
 * shrink; the root README says how to rewrite them deliberately.
 */
class ArchitectureTest {

    private static final String ROOT = "org.enforcement.cases";
    private static final JavaClasses SERVICE = ArchitectureRules.productionClasses(ROOT);

    @Test
    void featurePackagesGainNoCycle() {
        ArchitectureRules.noCyclesBetweenFeaturePackages(ROOT).check(SERVICE);
    }

    @Test
    void resourcesAreNotUsedByOtherClasses() {
        ArchitectureRules.resourcesAreNotUsedByOtherClasses().check(SERVICE);
    }

    @Test
    void productionCodeDoesNotDependOnTestCode() {
        ArchitectureRules.noProductionClassDependsOnTestCode(ROOT).check(SERVICE);
    }

    @Test
    void commonsDoesNotDependOnServices() {
        ArchitectureRules.commonsDoesNotDependOnServices()
                .check(ArchitectureRules.productionClasses("org.enforcement.commons"));
    }

    @Test
    void timeComesFromTheInjectedClock() {
        ArchitectureRules.timeComesFromTheClock().check(SERVICE);
        // commons too: SystemClock produces the clock; the calendar constraint validator still reads the system one
        ArchitectureRules.timeComesFromTheClock("org.enforcement.commons.time.SystemClock",
                "org.enforcement.commons.calendar.InBusinessCalendarValidator")
                .check(ArchitectureRules.productionClasses("org.enforcement.commons"));
    }

    @Test
    void noSourceFileGrowsPastTheClassSizeRatchet() {
        ClassSizeRatchet.check();
    }
}
