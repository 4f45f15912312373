package com.orderkeep.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The database a test run uses: embedded HSQLDB in a fresh folder (the default), or PostgreSQL on 127.0.0.1:5432
 * when the system property {@code orderkeep.test.database} is {@code postgres}. Each JVM starts from empty
 * databases, so runs never see each other's rows.
 */
public final class TestDatabase {

	public static final String POSTGRES_HOST = "jdbc:postgresql://127.0.0.1:5432/";
	public static final String POSTGRES_USER = "postgres";

	private static final Map<String, Boolean> created = new java.util.concurrent.ConcurrentHashMap<>();

	private TestDatabase() {
	}

	public static boolean isPostgres() {
		return "postgres".equalsIgnoreCase(System.getProperty("orderkeep.test.database", "embedded"));
	}

	/**
	 * Spring properties that point the application at a fresh database. {@code name} tells databases apart on
	 * PostgreSQL (each name is recreated empty once per JVM); on the embedded store each call gets a new folder.
	 */
	public static Map<String, String> properties(String name) {
		Map<String, String> properties = new LinkedHashMap<>();
		Path dataDir = newDataDir(name);
		properties.put("orderkeep.data-dir", dataDir.toString());
		if (isPostgres()) {
			String database = "orderkeep_" + name + "_" + ProcessHandle.current().pid();
			created.computeIfAbsent(database, TestDatabase::recreate);
			properties.put("spring.datasource.url", POSTGRES_HOST + database);
			properties.put("spring.datasource.username", POSTGRES_USER);
		}
		return properties;
	}

	/** The same properties as command-line arguments, for starting {@code target/orderkeep.jar}. */
	public static java.util.List<String> arguments(Map<String, String> properties) {
		return properties.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toList();
	}

	public static Path newDataDir(String name) {
		try {
			Path base = Path.of("target", "test-data");
			Files.createDirectories(base);
			return Files.createTempDirectory(base.toAbsolutePath(), name + "-");
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static boolean recreate(String database) {
		execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
		execute("CREATE DATABASE " + database);
		Runtime.getRuntime().addShutdownHook(new Thread(() -> {
			try {
				execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
			}
			catch (IllegalStateException leftForTheNextRun) {
				// a database that outlives its run is only disk space
			}
		}));
		return true;
	}

	private static void execute(String sql) {
		try (Connection c = DriverManager.getConnection(POSTGRES_HOST + "postgres", POSTGRES_USER, "");
				Statement s = c.createStatement()) {
			s.execute(sql);
		}
		catch (SQLException e) {
			throw new IllegalStateException("PostgreSQL at " + POSTGRES_HOST + " is needed for this run", e);
		}
	}
}
