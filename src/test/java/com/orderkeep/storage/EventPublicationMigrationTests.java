package com.orderkeep.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;

import com.orderkeep.account.internal.UsernameKeys;
import com.orderkeep.catalog.internal.ShopNameKeys;
import com.orderkeep.support.EmbeddedStoreUrl;
import com.orderkeep.support.TestDatabase;

/**
 * The event publication registry holds a placement batch's event, however many orders it carries: on a database
 * where Spring Modulith created the registry's table with its own script (on the embedded store, 4,000 characters of
 * serialized event), the migration keeps the publications there and makes room for long ones.
 */
class EventPublicationMigrationTests {

	private static final String LONG_EVENT = "{\"orders\":[" + "{\"orderId\":\"x\"},".repeat(20_000) + "{}]}";

	@Test
	void takesLongEventsOnATableModulithCreated() {
		DataSource dataSource = freshDatabase();
		String vendor = vendor(dataSource);
		migrate(dataSource, vendor, "11");
		new ResourceDatabasePopulator(new ClassPathResource(
				"org/springframework/modulith/events/jdbc/schemas/v2/schema-" + vendor + ".sql")).execute(dataSource);
		JdbcClient jdbc = JdbcClient.create(dataSource);
		UUID before = publish(jdbc, "{\"orderId\":\"short\"}");

		migrate(dataSource, vendor, "latest");
		UUID after = publish(jdbc, LONG_EVENT);

		assertThat(serialized(jdbc, before)).isEqualTo("{\"orderId\":\"short\"}");
		assertThat(serialized(jdbc, after)).isEqualTo(LONG_EVENT);
	}

	@Test
	void takesLongEventsOnAFreshDatabase() {
		DataSource dataSource = freshDatabase();
		migrate(dataSource, vendor(dataSource), "latest");
		JdbcClient jdbc = JdbcClient.create(dataSource);

		assertThat(serialized(jdbc, publish(jdbc, LONG_EVENT))).isEqualTo(LONG_EVENT);
	}

	private static UUID publish(JdbcClient jdbc, String serializedEvent) {
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				INSERT INTO event_publication (id, listener_id, event_type, serialized_event, publication_date, status)
				VALUES (:id, 'test.listener', 'com.orderkeep.ordering.OrdersPlaced', :event, :at, 'PUBLISHED')
				""").param("id", id).param("event", serializedEvent)
			.param("at", OffsetDateTime.of(2026, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC)).update();
		return id;
	}

	private static String serialized(JdbcClient jdbc, UUID id) {
		return jdbc.sql("SELECT serialized_event FROM event_publication WHERE id = :id").param("id", id)
			.query(String.class).single();
	}

	private static DataSource freshDatabase() {
		Map<String, String> properties = TestDatabase.properties("events");
		String url = properties.getOrDefault("spring.datasource.url",
				EmbeddedStoreUrl.of(Path.of(properties.get("orderkeep.data-dir"))));
		return new DriverManagerDataSource(url, properties.getOrDefault("spring.datasource.username", "SA"), "");
	}

	/** The vendor folder of the migrations, as Spring Boot names it for {@code {vendor}}. */
	private static String vendor(DataSource dataSource) {
		String url = ((DriverManagerDataSource) dataSource).getUrl();
		return url != null && url.startsWith("jdbc:postgresql") ? "postgresql" : "hsqldb";
	}

	private static void migrate(DataSource dataSource, String vendor, String target) {
		Flyway.configure().dataSource(dataSource).locations("classpath:db/migration", "classpath:db/vendor/" + vendor)
			.javaMigrations(new UsernameKeys(), new ShopNameKeys()).target(target).load().migrate();
	}
}
