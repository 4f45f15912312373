package com.orderkeep.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;

/**
 * The whole application on a random port, over the run's database, with a clock the test moves. All tests that use
 * it share one application context, so the suite starts the application once per database. Passwords are hashed with
 * the cheapest BCrypt cost, since tests sign up hundreds of buyers; rate limits are off, as for a load test.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "orderkeep.admin-password=admin-test-password", "orderkeep.rate-limit.enabled=false",
				"orderkeep.auth.bcrypt-strength=4" })
@ContextConfiguration(initializers = TestDatabaseInitializer.class)
@Import(TestClockConfiguration.class)
public @interface OrderkeepHttpTest {
}
