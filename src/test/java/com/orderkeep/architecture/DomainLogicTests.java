package com.orderkeep.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.lang.conditions.ArchPredicates.are;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import org.junit.jupiter.api.Test;
import org.springframework.stereotype.Component;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * The state machines and business rules are plain Java: no Spring, no SQL, no clock of their own.
 */
class DomainLogicTests {

	private final JavaClasses classes = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("com.orderkeep");

	@Test
	void orderStateMachineHasNoFrameworkOrStorage() {
		noClasses().that().haveNameMatching("com\\.orderkeep\\.ordering\\.internal\\.Order(Change)?(\\$.*)?")
			.should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "java.sql..", "javax.sql..")
			.check(classes);
	}

	/**
	 * Inside every module, what is not wired into the framework is the module's rules: state machines, refusals,
	 * algorithms such as taking stock for a batch. Those are plain Java, so a module built later is covered as soon
	 * as it exists.
	 */
	@Test
	void rulesInsideModulesHaveNoFrameworkOrStorage() {
		noClasses().that().resideInAPackage("com.orderkeep.(*).internal..")
			.and(are(not(WIRED_INTO_THE_FRAMEWORK)))
			.should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "java.sql..", "javax.sql..")
			.check(classes);
	}

	/**
	 * Beans, configuration properties and adapters (a class that implements or extends one of the framework's types),
	 * and the classes nested in them: these exist to connect the rules to Spring and the database.
	 */
	private static final DescribedPredicate<JavaClass> WIRED_INTO_THE_FRAMEWORK = DescribedPredicate
		.describe("wired into the framework", DomainLogicTests::wiredIntoTheFramework);

	private static boolean wiredIntoTheFramework(JavaClass type) {
		boolean wired = type.getAnnotations().stream()
			.anyMatch(a -> a.getRawType().getPackageName().startsWith("org.springframework"))
				|| type.isMetaAnnotatedWith(Component.class)
				|| type.getAllRawInterfaces().stream().anyMatch(DomainLogicTests::framework)
				|| type.getAllRawSuperclasses().stream().anyMatch(DomainLogicTests::framework);
		return wired || type.getEnclosingClass().map(DomainLogicTests::wiredIntoTheFramework).orElse(false);
	}

	private static boolean framework(JavaClass type) {
		return type.getPackageName().startsWith("org.springframework") || type.getPackageName().startsWith("org.flywaydb");
	}

	@Test
	void nothingReadsTheSystemClockDirectly() {
		noClasses().should().callMethod(java.time.Instant.class, "now")
			.orShould().callMethod(java.time.LocalDateTime.class, "now")
			.orShould().callMethod(java.lang.System.class, "currentTimeMillis")
			.check(classes);
	}
}
