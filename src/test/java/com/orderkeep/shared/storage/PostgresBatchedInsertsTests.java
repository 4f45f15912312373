package com.orderkeep.shared.storage;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.zaxxer.hikari.HikariDataSource;

class PostgresBatchedInsertsTests {

	private final PostgresBatchedInserts settings = new PostgresBatchedInserts();

	@Test
	void rewritesBatchedInsertsOnPostgres() {
		HikariDataSource pool = pool("jdbc:postgresql://127.0.0.1:5432/orderkeep");

		settings.postProcessBeforeInitialization(pool, "dataSource");

		assertThat(pool.getDataSourceProperties()).containsEntry("reWriteBatchedInserts", "true");
	}

	@Test
	void leavesTheEmbeddedStoreAlone() {
		HikariDataSource pool = pool("jdbc:hsqldb:file:data/db/orderkeep");

		settings.postProcessBeforeInitialization(pool, "dataSource");

		assertThat(pool.getDataSourceProperties()).isEmpty();
	}

	private static HikariDataSource pool(String url) {
		HikariDataSource pool = new HikariDataSource();
		pool.setJdbcUrl(url);
		return pool;
	}
}
