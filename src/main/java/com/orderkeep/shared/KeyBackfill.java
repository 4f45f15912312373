package com.orderkeep.shared;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;

/**
 * A migration that fills a new unique key column from an existing column, computed in Java because the rule (such as
 * NFKC) is not one both databases can compute in SQL. Rows are keyed oldest first; a row whose key an older row
 * already holds gets its key with {@code :id} appended, so it stays unique and the older row keeps the name. The
 * column becomes NOT NULL at the end.
 */
public abstract class KeyBackfill implements JavaMigration {

	private final MigrationVersion version;
	private final String description;
	private final String table;
	private final String source;
	private final String key;
	private final UnaryOperator<String> rule;

	protected KeyBackfill(String version, String description, String table, String source, String key,
			UnaryOperator<String> rule) {
		this.version = MigrationVersion.fromVersion(version);
		this.description = description;
		this.table = table;
		this.source = source;
		this.key = key;
		this.rule = rule;
	}

	@Override
	public void migrate(Context context) throws SQLException {
		Connection connection = context.getConnection();
		List<String[]> rows = new ArrayList<>();
		try (Statement select = connection.createStatement();
				ResultSet rs = select.executeQuery("SELECT id, " + source + " FROM " + table + " WHERE " + key
						+ " IS NULL ORDER BY created_at, id")) {
			while (rs.next()) {
				rows.add(new String[] { rs.getString(1), rs.getString(2) });
			}
		}
		try (PreparedStatement taken = connection.prepareStatement("SELECT COUNT(*) FROM " + table + " WHERE " + key + " = ?");
				PreparedStatement set = connection.prepareStatement("UPDATE " + table + " SET " + key + " = ? WHERE id = ?")) {
			for (String[] row : rows) {
				String value = rule.apply(row[1]);
				taken.setString(1, value);
				try (ResultSet rs = taken.executeQuery()) {
					rs.next();
					if (rs.getLong(1) > 0) {
						value = value + ":" + row[0];
					}
				}
				set.setString(1, value);
				set.setString(2, row[0]);
				set.executeUpdate();
			}
		}
		try (Statement alter = connection.createStatement()) {
			alter.execute("ALTER TABLE " + table + " ALTER COLUMN " + key + " SET NOT NULL");
		}
	}

	@Override
	public MigrationVersion getVersion() {
		return version;
	}

	@Override
	public String getDescription() {
		return description;
	}

	@Override
	public Integer getChecksum() {
		return null;
	}

	@Override
	public boolean canExecuteInTransaction() {
		return true;
	}
}
