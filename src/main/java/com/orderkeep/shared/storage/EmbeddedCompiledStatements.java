package com.orderkeep.shared.storage;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.sql.DataSource;

import org.hsqldb.jdbc.JDBCDataSource;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.stereotype.Component;

import com.zaxxer.hikari.HikariDataSource;

/**
 * Keeps the embedded store's statements compiled. HSQLDB compiles a statement when it is prepared and forgets it when
 * the last open {@link PreparedStatement} of that SQL on its session is closed; every query prepares and closes its
 * statement, so the store compiled every query on every use, a third of the CPU of a product read. Each pooled
 * connection therefore keeps one statement of each SQL it has prepared (the most recent {@value #PINNED_PER_CONNECTION})
 * open for its whole life, and preparing that SQL again finds it compiled. A schema change makes HSQLDB compile again
 * on the next use, as before. PostgreSQL's driver keeps its own statement cache per connection.
 */
@Component
class EmbeddedCompiledStatements implements BeanPostProcessor {

	static final int PINNED_PER_CONNECTION = 256;

	@Override
	public Object postProcessBeforeInitialization(Object bean, String beanName) {
		if (bean instanceof HikariDataSource pool && pool.getJdbcUrl() != null
				&& pool.getJdbcUrl().startsWith("jdbc:hsqldb:") && pool.getDataSource() == null) {
			JDBCDataSource store = new JDBCDataSource();
			store.setUrl(pool.getJdbcUrl());
			store.setUser(pool.getUsername() == null ? "SA" : pool.getUsername());
			store.setPassword(pool.getPassword() == null ? "" : pool.getPassword());
			pool.setDataSource(pinning(store));
		}
		return bean;
	}

	static DataSource pinning(DataSource store) {
		return new DelegatingDataSource(store) {

			@Override
			public Connection getConnection() throws SQLException {
				return pinning(super.getConnection());
			}

			@Override
			public Connection getConnection(String username, String password) throws SQLException {
				return pinning(super.getConnection(username, password));
			}
		};
	}

	private static Connection pinning(Connection connection) {
		return (Connection) Proxy.newProxyInstance(EmbeddedCompiledStatements.class.getClassLoader(),
				new Class<?>[] { Connection.class }, new Pins(connection));
	}

	/** A connection that keeps a statement of each SQL it prepares open until it closes. */
	private static final class Pins implements InvocationHandler {

		private final Connection connection;
		private final Map<String, PreparedStatement> pinned = new LinkedHashMap<>(64, 0.75f, true) {

			@Override
			protected boolean removeEldestEntry(Map.Entry<String, PreparedStatement> eldest) {
				if (size() <= PINNED_PER_CONNECTION) {
					return false;
				}
				closeQuietly(eldest.getValue());
				return true;
			}
		};

		Pins(Connection connection) {
			this.connection = connection;
		}

		@Override
		public @Nullable Object invoke(Object proxy, Method method, Object @Nullable [] args) throws Throwable {
			try {
				if (method.getName().equals("prepareStatement") && args != null) {
					pin(method, args);
				}
				else if (method.getName().equals("close")) {
					pinned.values().forEach(Pins::closeQuietly);
					pinned.clear();
				}
				return method.invoke(connection, args);
			}
			catch (InvocationTargetException e) {
				throw e.getCause();
			}
		}

		private void pin(Method prepare, Object[] args) throws ReflectiveOperationException {
			String key = prepare.getName() + Arrays.deepToString(args);
			if (!pinned.containsKey(key)) {
				pinned.put(key, (PreparedStatement) prepare.invoke(connection, args));
			}
		}

		private static void closeQuietly(PreparedStatement statement) {
			try {
				statement.close();
			}
			catch (SQLException ignored) {
				// The connection is closing or broken: HSQLDB frees its statements with it.
			}
		}
	}
}
