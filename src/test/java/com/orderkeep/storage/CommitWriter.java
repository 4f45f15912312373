package com.orderkeep.storage;

import java.io.PrintStream;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A child JVM for {@link EmbeddedStoreDurabilityTests}: opens the store, commits {@code count} one-row transactions and
 * prints {@code ACK n} after each commit returns, as the application acknowledges an order. With {@code hold} it then
 * waits to be killed; otherwise it exits without shutting the database down, as a crash would.
 */
final class CommitWriter {

	static final String CREATE_TABLE = """
			CREATE TABLE IF NOT EXISTS acknowledged_order (id BIGINT PRIMARY KEY, note VARCHAR(40) NOT NULL)
			""";

	static final String INSERT = "INSERT INTO acknowledged_order (id, note) VALUES (?, ?)";

	private CommitWriter() {
	}

	public static void main(String[] args) throws SQLException, InterruptedException {
		String url = args[0];
		int count = Integer.parseInt(args[1]);
		boolean hold = args.length > 2 && args[2].equals("hold");
		PrintStream out = System.out;
		try (Connection connection = DriverManager.getConnection(url, "SA", "")) {
			try (Statement ddl = connection.createStatement()) {
				ddl.execute(CREATE_TABLE);
			}
			out.println("READY");
			PreparedStatement insert = connection.prepareStatement(INSERT);
			for (int id = 0; id < count; id++) {
				insert.setLong(1, id);
				insert.setString(2, "order " + id);
				insert.executeUpdate();
				out.println("ACK " + id);
			}
			out.flush();
			if (hold) {
				Thread.sleep(Long.MAX_VALUE);
			}
		}
		Runtime.getRuntime().halt(0);
	}
}
