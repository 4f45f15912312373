package com.orderkeep.shared.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

import javax.sql.DataSource;

import org.hsqldb.jdbc.JDBCDataSource;
import org.hsqldb.jdbc.JDBCPreparedStatement;
import org.junit.jupiter.api.Test;

import com.zaxxer.hikari.HikariDataSource;

/**
 * The embedded store compiles a statement once per connection, not once per use: preparing the same SQL again gets
 * the statement HSQLDB compiled before, while what each statement does stays the same.
 */
class EmbeddedCompiledStatementsTests {

	final DataSource store = EmbeddedCompiledStatements.pinning(memoryStore());

	@Test
	void preparingTheSameSqlAgainFindsItCompiled() throws SQLException {
		try (Connection connection = store.getConnection()) {
			create(connection);
			long first = compiledId(connection, "SELECT v FROM t WHERE id = ?");
			long second = compiledId(connection, "SELECT v FROM t WHERE id = ?");

			assertThat(second).isEqualTo(first);
		}
	}

	@Test
	void withoutPinningHsqldbCompilesEachUseAgain() throws SQLException {
		try (Connection connection = memoryStore().getConnection()) {
			create(connection);
			long first = compiledId(connection, "SELECT v FROM t WHERE id = ?");
			long second = compiledId(connection, "SELECT v FROM t WHERE id = ?");

			assertThat(second).isNotEqualTo(first);
		}
	}

	@Test
	void statementsStillDoWhatTheySay() throws SQLException {
		try (Connection connection = store.getConnection()) {
			create(connection);
			for (int i = 0; i < 3; i++) {
				try (PreparedStatement insert = connection.prepareStatement("INSERT INTO t (id, v) VALUES (?, ?)")) {
					insert.setInt(1, i);
					insert.setString(2, "v" + i);
					assertThat(insert.executeUpdate()).isEqualTo(1);
				}
			}
			try (PreparedStatement count = connection.prepareStatement("SELECT COUNT(*) FROM t");
					var rs = count.executeQuery()) {
				rs.next();
				assertThat(rs.getInt(1)).isEqualTo(3);
			}
		}
	}

	@Test
	void keepsTheRecentStatementsWhenOverItsLimit() throws SQLException {
		try (Connection connection = store.getConnection()) {
			create(connection);
			for (int i = 0; i <= EmbeddedCompiledStatements.PINNED_PER_CONNECTION; i++) {
				compiledId(connection, "SELECT v FROM t WHERE id = " + i);
			}
			String eldest = "SELECT v FROM t WHERE id = 0";
			String recent = "SELECT v FROM t WHERE id = " + EmbeddedCompiledStatements.PINNED_PER_CONNECTION;

			assertThat(compiledId(connection, recent)).isEqualTo(compiledId(connection, recent));
			assertThat(compiledId(connection, eldest)).as("given back when over the limit, kept again after")
				.isEqualTo(compiledId(connection, eldest));
		}
	}

	@Test
	void theApplicationsPoolConnectsThroughIt() {
		try (HikariDataSource pool = new HikariDataSource()) {
			pool.setJdbcUrl("jdbc:hsqldb:mem:" + UUID.randomUUID());
			new EmbeddedCompiledStatements().postProcessBeforeInitialization(pool, "dataSource");

			assertThat(pool.getDataSource()).isNotNull();
		}
	}

	private static long compiledId(Connection connection, String sql) throws SQLException {
		try (PreparedStatement statement = connection.prepareStatement(sql)) {
			return statement.unwrap(JDBCPreparedStatement.class).getStatementID();
		}
	}

	private static void create(Connection connection) throws SQLException {
		try (Statement statement = connection.createStatement()) {
			statement.execute("CREATE TABLE t (id INT PRIMARY KEY, v VARCHAR(10))");
		}
	}

	private static DataSource memoryStore() {
		JDBCDataSource store = new JDBCDataSource();
		store.setUrl("jdbc:hsqldb:mem:" + UUID.randomUUID());
		store.setUser("SA");
		store.setPassword("");
		return store;
	}
}
