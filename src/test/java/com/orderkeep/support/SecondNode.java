package com.orderkeep.support;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;

import com.orderkeep.OrderkeepApplication;

/**
 * A second node of the application a test runs: the same jar's application in the same JVM, on the same database and
 * data folder, with its own clock set to the first node's, so work that must happen once happens once across both.
 */
public final class SecondNode {

	private SecondNode() {
	}

	/** Starts a node beside the one whose environment and clock are given; close it when done. */
	public static ConfigurableApplicationContext start(Environment first, MutableClock clock) {
		Map<String, String> properties = new LinkedHashMap<>();
		properties.put("server.port", "0");
		properties.put("orderkeep.data-dir", first.getRequiredProperty("orderkeep.data-dir"));
		properties.put("spring.datasource.url", first.getRequiredProperty("spring.datasource.url"));
		String username = first.getProperty("spring.datasource.username");
		if (username != null) {
			properties.put("spring.datasource.username", username);
		}
		properties.put("orderkeep.admin-password", first.getRequiredProperty("orderkeep.admin-password"));
		properties.put("orderkeep.rate-limit.enabled", "false");
		properties.put("orderkeep.auth.bcrypt-strength", "4");
		// Arguments, not the builder's default properties, which application.properties would override.
		ConfigurableApplicationContext node = new SpringApplicationBuilder(OrderkeepApplication.class,
				TestClockConfiguration.class)
			.run(TestDatabase.arguments(properties).toArray(String[]::new));
		MutableClock clockOfNode = node.getBean(MutableClock.class);
		clockOfNode.advance(Duration.between(clockOfNode.instant(), clock.instant()));
		return node;
	}

	public static int portOf(ConfigurableApplicationContext node) {
		return ((WebServerApplicationContext) node).getWebServer().getPort();
	}
}
