package com.orderkeep.shared.storage;

import java.sql.DatabaseMetaData;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.flywaydb.core.Flyway;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.stereotype.Component;

/**
 * Makes an embedded HSQLDB store sync its log at every commit and use MVCC, and refuses to start when it cannot confirm
 * both. HSQLDB applies {@code hsqldb.write_delay}, {@code hsqldb.tx} and the other database properties of the JDBC URL
 * only when it creates a database ({@code org.hsqldb.persist.Logger#open}); an existing database keeps what its
 * {@code .script} file says, so a data folder created with any other URL would silently stay non-durable. Runs
 * before the migrations, which rely on PostgreSQL syntax. An in-memory store can never be durable and is refused.
 */
@Component
class EmbeddedStoreSettings implements FlywayMigrationStrategy {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedStoreSettings.class);

	private static final List<Setting> REQUIRED = List.of(
			new Setting("hsqldb.write_delay", "false", "SET FILES WRITE DELAY FALSE"),
			new Setting("hsqldb.tx", "MVCC", "SET DATABASE TRANSACTION CONTROL MVCC"),
			new Setting("hsqldb.tx_level", "READ_COMMITTED", "SET DATABASE DEFAULT ISOLATION LEVEL READ COMMITTED"),
			new Setting("sql.syntax_pgs", "true", "SET DATABASE SQL SYNTAX PGS TRUE"));

	/**
	 * How much of the store HSQLDB keeps in memory. Every insert walks its tables' indexes through the row cache, and
	 * with HSQLDB's defaults (50,000 rows, 10 MB) a hot SKU's orders outgrew it within a minute, after which a third of
	 * the writer's time went to reading index rows back from the data file. Applied by HSQLDB at its next start.
	 */
	private static final List<Setting> CACHE = List.of(
			new Setting("hsqldb.cache_rows", "1000000", "SET FILES CACHE ROWS 1000000"),
			new Setting("hsqldb.cache_size", "262144", "SET FILES CACHE SIZE 262144"));

	private static final String CURRENT_SETTINGS = """
			SELECT property_name, property_value
			FROM information_schema.system_properties
			WHERE property_name IN ('hsqldb.write_delay', 'hsqldb.tx', 'hsqldb.tx_level', 'sql.syntax_pgs',
			    'hsqldb.cache_rows', 'hsqldb.cache_size')
			""";

	private final DataSource dataSource;

	EmbeddedStoreSettings(DataSource dataSource) {
		this.dataSource = dataSource;
	}

	@Override
	public void migrate(Flyway flyway) {
		try {
			ensureDurable();
		}
		catch (MetaDataAccessException e) {
			throw new IllegalStateException("Cannot read the database's settings", e);
		}
		flyway.migrate();
	}

	void ensureDurable() throws MetaDataAccessException {
		String url = JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getURL);
		if (url == null || !url.startsWith("jdbc:hsqldb:")) {
			return;
		}
		if (url.startsWith("jdbc:hsqldb:mem:")) {
			throw new IllegalStateException("An in-memory HSQLDB loses every order when the process stops; "
					+ "use a file store (the default) or PostgreSQL");
		}
		JdbcClient jdbc = JdbcClient.create(dataSource);
		Map<String, String> found = currentSettings(jdbc);
		for (Setting setting : CACHE) {
			if (!setting.isMetBy(found)) {
				jdbc.sql(setting.statement()).update();
			}
		}
		for (Setting setting : REQUIRED) {
			if (!setting.isMetBy(found)) {
				log.warn("Embedded store has {}={}, running '{}'", setting.property(), found.get(setting.property()),
						setting.statement());
				jdbc.sql(setting.statement()).update();
			}
		}
		Map<String, String> confirmed = currentSettings(jdbc);
		List<String> unmet = REQUIRED.stream()
			.filter(setting -> !setting.isMetBy(confirmed))
			.map(setting -> setting.property() + "=" + confirmed.get(setting.property()) + " (needs " + setting.value() + ")")
			.toList();
		if (!unmet.isEmpty()) {
			throw new IllegalStateException("The embedded store cannot be confirmed durable at commit, so orderkeep will "
					+ "not start: " + String.join(", ", unmet));
		}
		log.info("Embedded store syncs its log at every commit (write delay 0) and uses MVCC");
	}

	private static Map<String, String> currentSettings(JdbcClient jdbc) {
		Map<String, String> settings = new HashMap<>();
		jdbc.sql(CURRENT_SETTINGS).query(rs -> {
			settings.put(rs.getString(1), rs.getString(2));
		});
		return settings;
	}

	private record Setting(String property, String value, String statement) {

		boolean isMetBy(Map<String, String> settings) {
			return value.equalsIgnoreCase(settings.get(property));
		}
	}
}
