package com.orderkeep.architecture;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import com.orderkeep.OrderkeepApplication;

/**
 * The modules talk only through each other's published API, with no cycles.
 */
class ModularityTests {

	private final ApplicationModules modules = ApplicationModules.of(OrderkeepApplication.class);

	@Test
	void modulesRespectTheirBoundaries() {
		modules.verify();
	}

	@Test
	void documentsTheModules() {
		new Documenter(modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml().writeModuleCanvases();
	}
}
