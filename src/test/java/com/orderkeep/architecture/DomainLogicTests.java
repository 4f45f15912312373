package com.orderkeep.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import org.junit.jupiter.api.Test;

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

	@Test
	void nothingReadsTheSystemClockDirectly() {
		noClasses().should().callMethod(java.time.Instant.class, "now")
			.orShould().callMethod(java.time.LocalDateTime.class, "now")
			.orShould().callMethod(java.lang.System.class, "currentTimeMillis")
			.check(classes);
	}
}
