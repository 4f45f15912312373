package com.orderkeep.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import com.orderkeep.account.internal.UsernameKeys;
import com.orderkeep.catalog.internal.ShopNameKeys;
import com.orderkeep.support.EmbeddedStoreUrl;
import com.orderkeep.support.TestDatabase;

/**
 * Accounts and shops that existed before names were compared by their normalised key get that key, and where two
 * existing names read the same, the older keeps the name.
 */
class NormalisedNamesMigrationTests {

	@Test
	void keysTheNamesOfExistingAccountsAndShops() {
		DataSource dataSource = freshDatabase();
		migrate(dataSource, "9");
		JdbcClient jdbc = JdbcClient.create(dataSource);
		user(jdbc, "u1", "Xiaoming", 1);
		user(jdbc, "u2", "ｘｉａｏｍｉｎｇ", 2);
		user(jdbc, "u3", "Ärger", 3);
		user(jdbc, "u4", "小明", 4);
		shop(jdbc, "m1", "  Fresh   Fruit ", 1);
		shop(jdbc, "m2", "fresh fruit", 2);
		shop(jdbc, "m3", "果园\u3000直供", 3);

		migrate(dataSource, "latest");

		assertThat(keys(jdbc, "SELECT id, username_key FROM users")).isEqualTo(Map.of("u1", "xiaoming",
				"u2", "xiaoming:u2", "u3", "ärger", "u4", "小明"));
		assertThat(keys(jdbc, "SELECT id, shop_name_key FROM merchant")).isEqualTo(Map.of("m1", "fresh fruit",
				"m2", "fresh fruit:m2", "m3", "果园 直供"));
		assertThat(jdbc.sql("SELECT COUNT(*) FROM users WHERE enabled = TRUE AND revision = 0").query(Long.class).single())
			.isEqualTo(4);
		assertThat(jdbc.sql("SELECT COUNT(*) FROM merchant WHERE suspended = FALSE").query(Long.class).single()).isEqualTo(3);
	}

	private static DataSource freshDatabase() {
		Map<String, String> properties = TestDatabase.properties("names");
		String url = properties.getOrDefault("spring.datasource.url",
				EmbeddedStoreUrl.of(java.nio.file.Path.of(properties.get("orderkeep.data-dir"))));
		return new DriverManagerDataSource(url, properties.getOrDefault("spring.datasource.username", "SA"), "");
	}

	private static void migrate(DataSource dataSource, String target) {
		Flyway.configure().dataSource(dataSource).locations("classpath:db/migration")
			.javaMigrations(new UsernameKeys(), new ShopNameKeys()).target(target).load().migrate();
	}

	private static void user(JdbcClient jdbc, String id, String username, int minute) {
		jdbc.sql("INSERT INTO users (id, username, password_hash, role, created_at) VALUES (:id, :name, 'x', 'BUYER', :at)")
			.param("id", id).param("name", username).param("at", at(minute)).update();
	}

	private static void shop(JdbcClient jdbc, String id, String name, int minute) {
		jdbc.sql("INSERT INTO merchant (id, shop_name, created_at) VALUES (:id, :name, :at)")
			.param("id", id).param("name", name).param("at", at(minute)).update();
	}

	private static java.time.OffsetDateTime at(int minute) {
		return Instant.parse("2025-01-01T00:00:00Z").plusSeconds(60L * minute).atOffset(ZoneOffset.UTC);
	}

	private static Map<String, String> keys(JdbcClient jdbc, String sql) {
		return jdbc.sql(sql).query((rs, n) -> Map.entry(rs.getString(1), rs.getString(2))).list().stream()
			.collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
	}
}
