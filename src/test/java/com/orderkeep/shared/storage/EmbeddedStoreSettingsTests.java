package com.orderkeep.shared.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import com.orderkeep.support.EmbeddedStoreUrl;
import com.orderkeep.support.TestDatabase;

class EmbeddedStoreSettingsTests {

	@Test
	void makesAStoreCreatedWithoutTheSettingsSyncAtEveryCommit() throws Exception {
		Path dataDir = TestDatabase.newDataDir("settings");
		String applicationUrl = EmbeddedStoreUrl.of(dataDir);
		String plainUrl = applicationUrl.substring(0, applicationUrl.indexOf(';'));
		assertThat(settingsOf(plainUrl)).containsEntry("hsqldb.write_delay", "true").containsEntry("hsqldb.tx", "LOCKS");

		new EmbeddedStoreSettings(dataSource(applicationUrl)).ensureDurable();
		settingsOf(plainUrl);

		assertThat(settingsOf(plainUrl)).as("after a restart").containsEntry("hsqldb.write_delay", "false")
			.containsEntry("hsqldb.write_delay_millis", "0")
			.containsEntry("hsqldb.tx", "MVCC")
			.containsEntry("hsqldb.tx_level", "READ_COMMITTED")
			.containsEntry("sql.syntax_pgs", "true")
			.containsEntry("hsqldb.cache_rows", "1000000")
			.containsEntry("hsqldb.cache_size", "262144");
	}

	@Test
	void leavesAStoreCreatedWithTheApplicationUrlAsItIs() throws Exception {
		String url = EmbeddedStoreUrl.of(TestDatabase.newDataDir("settings"));
		Map<String, String> before = settingsOf(url);

		new EmbeddedStoreSettings(dataSource(url)).ensureDurable();

		assertThat(settingsOf(url)).isEqualTo(before).containsEntry("hsqldb.write_delay", "false");
	}

	@Test
	void refusesAnInMemoryStoreThatCannotSurviveTheProcess() {
		assertThatThrownBy(() -> new EmbeddedStoreSettings(dataSource("jdbc:hsqldb:mem:orderkeep")).ensureDurable())
			.isInstanceOf(IllegalStateException.class).hasMessageContaining("in-memory");
	}

	private static Map<String, String> settingsOf(String url) {
		JdbcClient jdbc = JdbcClient.create(dataSource(url));
		Map<String, String> settings = new HashMap<>();
		jdbc.sql("SELECT property_name, property_value FROM information_schema.system_properties")
			.query(rs -> {
				settings.put(rs.getString(1), rs.getString(2));
			});
		jdbc.sql("SHUTDOWN").update();
		return settings;
	}

	private static DriverManagerDataSource dataSource(String url) {
		return new DriverManagerDataSource(url, "SA", "");
	}
}
