package com.orderkeep.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

import com.orderkeep.support.EmbeddedStoreUrl;

/**
 * Durable commits per second of the embedded candidates on the same disk: one writer, each operation one committed
 * transaction of {@code rowsPerCommit} order-shaped rows (1 = an order on its own, 100 = one batch of the batching
 * writer). {@code hsqldb-delayed} (write delay 500 ms, no sync at commit) is the same-run baseline that shows what the
 * sync costs. Run with {@code mvn -Pbench test-compile exec:exec}; see docs/BENCHMARKS.md.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class EmbeddedStoreBenchmark {

	private static final String CREATE_TABLE = """
			CREATE TABLE bench_order (
			  id BIGINT PRIMARY KEY,
			  buyer_id BIGINT NOT NULL,
			  sku_id BIGINT NOT NULL,
			  quantity INT NOT NULL,
			  amount_fen BIGINT NOT NULL,
			  status VARCHAR(20) NOT NULL,
			  created_at BIGINT NOT NULL
			)
			""";

	private static final String INSERT = """
			INSERT INTO bench_order (id, buyer_id, sku_id, quantity, amount_fen, status, created_at)
			VALUES (?, ?, ?, ?, ?, ?, ?)
			""";

	@Param({ "hsqldb", "hsqldb-delayed", "sqlite", "h2", "h2-write-delay-0" })
	public String engine;

	@Param({ "1", "100" })
	public int rowsPerCommit;

	private Path dataDir;

	private Connection connection;

	private PreparedStatement insert;

	private long nextId;

	@Setup(Level.Trial)
	public void open() throws SQLException, IOException {
		Path base = Path.of("target", "bench-data").toAbsolutePath();
		Files.createDirectories(base);
		dataDir = Files.createTempDirectory(base, engine + "-");
		connection = switch (engine) {
			case "hsqldb" -> DriverManager.getConnection(EmbeddedStoreUrl.of(dataDir), "SA", "");
			case "hsqldb-delayed" -> DriverManager.getConnection(
					EmbeddedStoreUrl.with(EmbeddedStoreUrl.of(dataDir), "hsqldb.write_delay", "true"), "SA", "");
			case "sqlite" -> sqlite(dataDir.resolve("bench.db"));
			case "h2" -> DriverManager.getConnection("jdbc:h2:file:" + dataDir.resolve("bench"), "sa", "");
			case "h2-write-delay-0" -> DriverManager.getConnection(
					"jdbc:h2:file:" + dataDir.resolve("bench") + ";WRITE_DELAY=0", "sa", "");
			default -> throw new IllegalArgumentException(engine);
		};
		try (Statement statement = connection.createStatement()) {
			statement.execute(CREATE_TABLE);
		}
		connection.setAutoCommit(false);
		insert = connection.prepareStatement(INSERT);
	}

	@Benchmark
	public int commit() throws SQLException {
		for (int i = 0; i < rowsPerCommit; i++) {
			long id = nextId++;
			insert.setLong(1, id);
			insert.setLong(2, id % 10_000);
			insert.setLong(3, id % 97);
			insert.setInt(4, 1);
			insert.setLong(5, 9_900);
			insert.setString(6, "PLACED");
			insert.setLong(7, id);
			insert.addBatch();
		}
		int[] counts = insert.executeBatch();
		connection.commit();
		return counts.length;
	}

	@TearDown(Level.Trial)
	public void close() throws SQLException, IOException {
		insert.close();
		if (engine.startsWith("hsqldb")) {
			try (Statement statement = connection.createStatement()) {
				statement.execute("SHUTDOWN");
			}
		}
		connection.close();
		try (Stream<Path> files = Files.walk(dataDir)) {
			for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(file);
			}
		}
	}

	/** WAL with synchronous=FULL: every commit syncs the write-ahead log. Confirmed by reading the pragmas back. */
	private static Connection sqlite(Path file) throws SQLException {
		Connection sqlite = DriverManager.getConnection("jdbc:sqlite:" + file);
		try (Statement statement = sqlite.createStatement()) {
			statement.execute("PRAGMA journal_mode=WAL");
			statement.execute("PRAGMA synchronous=FULL");
			try (ResultSet mode = statement.executeQuery("PRAGMA journal_mode")) {
				mode.next();
				require("journal_mode", mode.getString(1), "wal");
			}
			try (ResultSet sync = statement.executeQuery("PRAGMA synchronous")) {
				sync.next();
				require("synchronous", sync.getString(1), "2");
			}
		}
		return sqlite;
	}

	private static void require(String pragma, String actual, String expected) {
		if (!expected.equalsIgnoreCase(actual)) {
			throw new IllegalStateException("SQLite " + pragma + " is " + actual + ", not " + expected);
		}
	}
}
