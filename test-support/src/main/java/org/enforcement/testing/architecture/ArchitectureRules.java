package org.enforcement.testing.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.library.freeze.FreezingArchRule;

/**
 * The architecture rules every service keeps (issue 17), written once. Each service's {@code ArchitectureTest}
 * imports its production classes with {@link #productionClasses} and checks these rules against them.
 *
 * <p>{@link #noCyclesBetweenFeaturePackages} is frozen: the cycles that exist today are recorded in the service's
 * {@code src/test/resources/archunit_store} (see its {@code archunit.properties}). A new cycle fails; a cycle that is
 * gone fails too until its entry leaves the store, so the store only ever shrinks on purpose.
 */
public final class ArchitectureRules {

    /** The JAX-RS annotation that makes a class a resource, by name: test-support does not need JAX-RS itself. */
    static final String PATH_ANNOTATION = "jakarta.ws.rs.Path";

    /** The service packages commons must not know. */
    static final List<String> SERVICE_PACKAGES =
            List.of("org.enforcement.cases..", "org.enforcement.operations..", "org.enforcement.stats..");

    /** Test libraries and the shared test code; production code names none of them. */
    static final List<String> TEST_PACKAGES = List.of("org.enforcement.testing..", "org.junit..", "org.assertj..",
            "io.restassured..", "io.quarkus.test..", "org.mockito..", "org.wiremock..", "com.github.tomakehurst..",
            "com.tngtech.archunit..");

    private ArchitectureRules() {
    }

    /** The production classes (no test classes) under the given packages, from the module or its dependencies. */
    public static JavaClasses productionClasses(String... packages) {
        return new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(packages);
    }

    /**
     * No cycles between the feature packages {@code rootPackage.(*)..}, frozen: the violations recorded in the store
     * are tolerated, any other fails. A cycle is one violation, known by its packages (see
     * {@link CycleViolationMatcher}), whatever dependencies make it.
     */
    public static ArchRule noCyclesBetweenFeaturePackages(String rootPackage) {
        return FreezingArchRule.freeze(slices().matching(rootPackage + ".(*)..").namingSlices("$1")
                .should().beFreeOfCycles()
                .as("feature packages of " + rootPackage + " should be free of cycles"))
                .associateViolationLinesVia(new CycleViolationMatcher());
    }

    /**
     * A JAX-RS resource class (a class annotated {@code @Path}, not a REST client interface) is the edge of the
     * service: nothing else in the service calls it or refers to it; the work it does lives in classes it calls.
     * Frozen like the cycles: stats-service breaks it today (its public views call CampaignResource.organiser);
     * those dependencies are recorded in its store, any other fails.
     */
    public static ArchRule resourcesAreNotUsedByOtherClasses() {
        return FreezingArchRule.freeze(resourcesAreNotUsedByOtherClassesUnfrozen());
    }

    static ArchRule resourcesAreNotUsedByOtherClassesUnfrozen() {
        return classes().should(new ArchCondition<>("not depend on JAX-RS resource classes (@Path) other than themselves") {
            @Override
            public void check(JavaClass origin, ConditionEvents events) {
                for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
                    JavaClass target = dependency.getTargetClass();
                    if (isResource(target) && !sameTopLevelClass(origin, target)) {
                        events.add(SimpleConditionEvent.violated(origin, dependency.getDescription()));
                    }
                }
            }
        }).allowEmptyShould(true);
    }

    /** The frameworks a domain policy does without: web, persistence, transactions, CDI, Quarkus, Vert.x. */
    static final List<String> FRAMEWORK_PACKAGES = List.of("jakarta.ws.rs", "jakarta.persistence",
            "jakarta.transaction", "jakarta.enterprise", "jakarta.inject", "io.quarkus", "org.hibernate", "io.vertx");

    /**
     * Domain policies are pure Java: a class named after a rule ({@code *Policy}, {@code *Rules}, {@code Ledger})
     * decides from the values it is given and depends on no web, persistence, CDI or Quarkus type, so it reads and
     * tests like the rule it names (plain JUnit, no database).
     */
    public static ArchRule policiesArePureJava() {
        return classes().that().haveSimpleNameEndingWith("Policy").or().haveSimpleNameEndingWith("Rules")
                .or().haveSimpleNameEndingWith("Ledger")
                .should(new ArchCondition<>("depend on no framework (" + String.join(", ", FRAMEWORK_PACKAGES) + ")") {
                    @Override
                    public void check(JavaClass origin, ConditionEvents events) {
                        for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
                            String name = dependency.getTargetClass().getName();
                            if (FRAMEWORK_PACKAGES.stream().anyMatch(p -> name.startsWith(p + "."))) {
                                events.add(SimpleConditionEvent.violated(origin, dependency.getDescription()));
                            }
                        }
                    }
                }).allowEmptyShould(true);
    }

    /** What a resource never touches: persistence and transactions belong to the use cases it calls. */
    static final List<String> PERSISTENCE_PACKAGES = List.of("jakarta.persistence", "jakarta.transaction",
            "io.quarkus.hibernate", "org.hibernate", "io.agroal", "javax.sql", "java.sql");

    /**
     * Resources only call use cases: a JAX-RS resource (a class annotated {@code @Path}) translates HTTP into a call
     * of a service or use case and its answer back. It opens no transaction, holds no {@code EntityManager}, calls no
     * repository and no entity (JPA {@code @Entity}) directly: what it may do with the data is the use case's rule.
     */
    public static ArchRule resourcesOnlyCallUseCases() {
        return classes().should(new ArchCondition<>("if a JAX-RS resource (@Path), only call use cases: no "
                + "transaction, persistence, repository or entity") {
            @Override
            public void check(JavaClass origin, ConditionEvents events) {
                if (!isResource(topLevelClass(origin))) {
                    return;
                }
                for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
                    JavaClass target = dependency.getTargetClass();
                    if (isPersistence(target)) {
                        events.add(SimpleConditionEvent.violated(origin, dependency.getDescription()));
                    }
                }
            }
        }).allowEmptyShould(true);
    }

    static boolean isPersistence(JavaClass target) {
        String name = target.getName();
        return PERSISTENCE_PACKAGES.stream().anyMatch(p -> name.startsWith(p + "."))
                || target.isAnnotatedWith(ENTITY_ANNOTATION)
                || target.isAssignableTo(PANACHE_REPOSITORY);
    }

    static final String ENTITY_ANNOTATION = "jakarta.persistence.Entity";
    static final String PANACHE_REPOSITORY = "io.quarkus.hibernate.orm.panache.PanacheRepositoryBase";

    /**
     * No production class of the service depends on its test classes, on the shared test code or on a test library.
     * The service's test classes are found by importing its test output ({@code rootPackage}, tests only).
     */
    public static ArchRule noProductionClassDependsOnTestCode(String rootPackage) {
        Set<String> testClassNames = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.ONLY_INCLUDE_TESTS).importPackages(rootPackage)
                .stream().map(JavaClass::getName).collect(Collectors.toSet());
        return classes().should(new ArchCondition<>("not depend on test code (the service's tests, "
                + String.join(", ", TEST_PACKAGES) + ")") {
            @Override
            public void check(JavaClass origin, ConditionEvents events) {
                for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
                    JavaClass target = dependency.getTargetClass();
                    if (testClassNames.contains(target.getName()) || isInTestPackage(target)) {
                        events.add(SimpleConditionEvent.violated(origin, dependency.getDescription()));
                    }
                }
            }
        });
    }

    /** Commons is shared by all services and knows none of them. Check against the imported commons classes. */
    public static ArchRule commonsDoesNotDependOnServices() {
        return noClasses().that().resideInAPackage("org.enforcement.commons..")
                .should().dependOnClassesThat().resideInAnyPackage(SERVICE_PACKAGES.toArray(String[]::new));
    }

    /** The java.time types whose now() reads the system clock unless given a Clock. */
    static final Set<String> TIME_TYPES = Set.of("java.time.Instant", "java.time.LocalDate", "java.time.LocalDateTime",
            "java.time.LocalTime", "java.time.ZonedDateTime", "java.time.OffsetDateTime", "java.time.Year",
            "java.time.YearMonth");

    /**
     * Every "now" and "today" comes from the injected {@link java.time.Clock} (commons {@code SystemClock}), so a test
     * can set the day: no class calls {@code Instant.now()}, {@code LocalDate.now(zone)} and the like, or takes the
     * system clock itself ({@code Clock.systemUTC()}), except those named in {@code allowed} (with a reason at the
     * call site). {@code LocalDate.now(clock)} is how a bean reads today.
     */
    public static ArchRule timeComesFromTheClock(String... allowed) {
        Set<String> exceptions = Set.of(allowed);
        return classes().should(new ArchCondition<>("read the time only from the injected Clock") {
            @Override
            public void check(JavaClass origin, ConditionEvents events) {
                if (exceptions.contains(topLevelName(origin))) {
                    return;
                }
                for (JavaMethodCall call : origin.getMethodCallsFromSelf()) {
                    String owner = call.getTargetOwner().getName();
                    String name = call.getName();
                    boolean systemTime = TIME_TYPES.contains(owner) && name.equals("now")
                            && !call.getTarget().getRawParameterTypes().stream()
                                    .anyMatch(t -> t.getName().equals("java.time.Clock"));
                    boolean systemClock = owner.equals("java.time.Clock") && name.startsWith("system");
                    if (systemTime || systemClock) {
                        events.add(SimpleConditionEvent.violated(origin, call.getDescription()));
                    }
                }
            }
        }).allowEmptyShould(true);
    }

    static boolean isResource(JavaClass javaClass) {
        return !javaClass.isInterface() && javaClass.isAnnotatedWith(PATH_ANNOTATION);
    }

    static boolean sameTopLevelClass(JavaClass a, JavaClass b) {
        return topLevelName(a).equals(topLevelName(b));
    }

    private static JavaClass topLevelClass(JavaClass javaClass) {
        JavaClass top = javaClass;
        while (top.getEnclosingClass().isPresent()) {
            top = top.getEnclosingClass().get();
        }
        return top;
    }

    private static String topLevelName(JavaClass javaClass) {
        String name = javaClass.getName();
        int nested = name.indexOf('$');
        return nested < 0 ? name : name.substring(0, nested);
    }

    private static boolean isInTestPackage(JavaClass target) {
        String name = target.getName();
        return TEST_PACKAGES.stream().map(p -> p.substring(0, p.length() - 2))
                .anyMatch(p -> name.startsWith(p + "."));
    }
}
