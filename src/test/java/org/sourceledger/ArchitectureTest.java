package org.sourceledger;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaCall.Predicates.target;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleNameEndingWith;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.nameMatching;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaFieldAccess;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.EvaluationResult;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.Path;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The package rules of docs/architecture.md, Code layout, held against the main classes. Each rule is built for a
 * root package, so that {@link #eachRuleCanFail()} can show it reporting the deliberate violations under
 * {@code archfixture}: a rule that could never fail would prove nothing.
 */
class ArchitectureTest {

    private static final String ROOT = "org.sourceledger";
    private static final String FIXTURES = "org.sourceledger.archfixture";

    private static JavaClasses main;

    @BeforeAll
    static void importMainClasses() {
        main = new ClassFileImporter()
                .withImportOption(new ImportOption.DoNotIncludeTests())
                .importPackages(ROOT);
    }

    static Stream<Arguments> rules() {
        Rules rules = new Rules(ROOT);
        return Stream.of(
                arguments("packages form no cycles", rules.noCycles()),
                arguments("no feature uses another feature's repository", rules.noForeignRepositories()),
                arguments("no feature touches another feature's entity fields", rules.noForeignEntityFields()),
                arguments("features exchange no entities", rules.noForeignEntities()),
                arguments("common and embedded know no feature", rules.infrastructureKnowsNoFeature()),
                arguments("resources are thin", rules.thinResources()),
                arguments("only verification takes the provenance lock", rules.onlyVerificationLocksTheGraph()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void mainClassesKeepTheRule(String name, ArchRule rule) {
        rule.check(main);
    }

    /**
     * The fixtures break every rule once. Rules about features' own entities, repositories and resources are
     * evaluated with the project's root, where {@code archfixture} is one more feature reaching into claim; the
     * others with the fixtures' root, where {@code archfixture.left}, {@code .right}, {@code .common},
     * {@code .snoop} and {@code .verification} stand for packages of their own.
     */
    @Test
    void eachRuleCanFail() {
        JavaClasses fixtures = new ClassFileImporter().importPackages(FIXTURES);
        Rules project = new Rules(ROOT);
        Rules fixtureRoot = new Rules(FIXTURES);
        assertReports(fixtureRoot.noCycles(), fixtures, "Cycle detected", "left", "right");
        assertReports(project.noForeignRepositories(), fixtures, "ClaimRepository");
        assertReports(project.noForeignEntityFields(), fixtures, "Claim.statement");
        assertReports(project.noForeignEntities(), fixtures, "org.sourceledger.claim.Claim");
        assertReports(fixtureRoot.infrastructureKnowsNoFeature(), fixtures, "CommonHelper", "SnoopService");
        assertReports(project.thinResources(), fixtures, "FatResource", "EntityManager");
        assertReports(fixtureRoot.onlyVerificationLocksTheGraph(), fixtures, "lockGraphShared");
    }

    private static void assertReports(ArchRule rule, JavaClasses classes, String... expected) {
        EvaluationResult result = rule.evaluate(classes);
        String report = result.getFailureReport().toString();
        assertTrue(result.hasViolation(), "expected a violation of: " + rule.getDescription());
        for (String fragment : expected) {
            assertTrue(report.contains(fragment), "expected '" + fragment + "' in " + report);
        }
    }

    /** The rules for one root package, whose direct subpackages are the features, apart from common and embedded. */
    static final class Rules {

        /** Shared mechanisms and infrastructure, not features: they may be used by all, and use no feature. */
        private static final Set<String> INFRASTRUCTURE = Set.of("common", "embedded");

        private final String root;

        Rules(String root) {
            this.root = root;
        }

        ArchRule noCycles() {
            return slices().matching(root + ".(*)..").should().beFreeOfCycles();
        }

        ArchRule noForeignRepositories() {
            return classes()
                    .should(dependOnlyOnOwn("repositories", this::isRepository))
                    .because("features call each other's services, never their repositories");
        }

        ArchRule noForeignEntityFields() {
            return classes()
                    .should(new ArchCondition<JavaClass>("access no field of another feature's entity") {
                        @Override
                        public void check(JavaClass item, ConditionEvents events) {
                            for (JavaFieldAccess access : item.getFieldAccessesFromSelf()) {
                                JavaClass owner = access.getTargetOwner();
                                if (isPersistent(owner) && foreign(item, owner)) {
                                    events.add(SimpleConditionEvent.violated(access, access.getDescription()));
                                }
                            }
                        }
                    })
                    .because("an entity's columns are its feature's to read and write");
        }

        ArchRule noForeignEntities() {
            return classes()
                    .should(dependOnlyOnOwn("entities", type -> type.isAnnotatedWith(Entity.class)))
                    .because("features exchange ids, records and service calls, not entities");
        }

        ArchRule infrastructureKnowsNoFeature() {
            String[] infrastructure =
                    INFRASTRUCTURE.stream().map(p -> root + "." + p + "..").toArray(String[]::new);
            return noClasses()
                    .that()
                    .resideInAnyPackage(infrastructure)
                    .should()
                    .dependOnClassesThat(resideInAPackage(root + "..").and(not(resideInAnyPackage(infrastructure))))
                    .because("common and embedded are shared by every feature, so they can know none");
        }

        ArchRule thinResources() {
            return noClasses()
                    .that()
                    .areAnnotatedWith(Path.class)
                    .should()
                    .dependOnClassesThat(simpleNameEndingWith("Repository")
                            .or(assignableTo(PanacheRepositoryBase.class))
                            .or(assignableTo(EntityManager.class)))
                    .because("a resource maps the request, calls a service and builds the response");
        }

        ArchRule onlyVerificationLocksTheGraph() {
            return noClasses()
                    .that()
                    .resideOutsideOfPackage(root + ".verification..")
                    .should()
                    .callMethodWhere(target(nameMatching("lockGraph(Shared|Exclusive)")))
                    .because("verification owns the provenance locking protocol (docs/architecture.md)");
        }

        private ArchCondition<JavaClass> dependOnlyOnOwn(String what, java.util.function.Predicate<JavaClass> kind) {
            return new ArchCondition<>("depend on no " + what + " of another feature") {
                @Override
                public void check(JavaClass item, ConditionEvents events) {
                    for (Dependency dependency : item.getDirectDependenciesFromSelf()) {
                        JavaClass target = dependency.getTargetClass().getBaseComponentType();
                        if (kind.test(target) && foreign(item, target)) {
                            events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                        }
                    }
                }
            };
        }

        private boolean isRepository(JavaClass type) {
            return type.getSimpleName().endsWith("Repository") || type.isAssignableTo(PanacheRepositoryBase.class);
        }

        private static boolean isPersistent(JavaClass type) {
            return type.isAnnotatedWith(Entity.class) || type.isAnnotatedWith(Embeddable.class);
        }

        /** Whether {@code target} belongs to a feature other than {@code origin}'s. */
        private boolean foreign(JavaClass origin, JavaClass target) {
            String feature = featureOf(target);
            return feature != null && !feature.equals(featureOf(origin));
        }

        /** The feature a class belongs to: the root's subpackage it lives in; null outside the root or for common. */
        private String featureOf(JavaClass type) {
            String name = type.getPackageName();
            if (!name.startsWith(root + ".")) {
                return null;
            }
            String rest = name.substring(root.length() + 1);
            String feature = rest.contains(".") ? rest.substring(0, rest.indexOf('.')) : rest;
            return INFRASTRUCTURE.contains(feature) ? null : feature;
        }
    }
}
