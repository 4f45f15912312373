package com.orderkeep.support;

import java.util.HashMap;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Points a test's application context at the run's database (see {@link TestDatabase}).
 */
public class TestDatabaseInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		var properties = new HashMap<String, Object>(TestDatabase.properties("spring"));
		context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("orderkeep-test-database", properties));
	}
}
