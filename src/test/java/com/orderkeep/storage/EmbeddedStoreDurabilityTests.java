package com.orderkeep.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.lang.ProcessBuilder.Redirect;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import com.orderkeep.support.EmbeddedStoreUrl;
import com.orderkeep.support.TestDatabase;

/**
 * Proves, from HSQLDB itself and from the system calls it makes, that the embedded store opened with the application's
 * URL syncs its log at every commit, and that a killed process loses no acknowledged commit. See docs/DURABILITY.md.
 */
class EmbeddedStoreDurabilityTests {

	private static final int COMMITS = 50;

	private static final String SETTINGS = """
			SELECT property_name, property_value
			FROM information_schema.system_properties
			WHERE property_name IN ('hsqldb.write_delay', 'hsqldb.write_delay_millis', 'hsqldb.tx', 'hsqldb.tx_level')
			""";

	/** A sync of the store's log file, as {@code strace -y} prints it; an interrupted call still starts this way. */
	private static final Pattern LOG_SYNC = Pattern.compile("\\b(fsync|fdatasync)\\(\\d+<[^>]*/orderkeep\\.log>");

	@Test
	void newStoreSyncsAtEveryCommitAndUsesMvcc() throws SQLException {
		String url = EmbeddedStoreUrl.of(TestDatabase.newDataDir("durability"));

		assertThat(settingsOf(url)).containsEntry("hsqldb.write_delay", "false")
			.containsEntry("hsqldb.write_delay_millis", "0")
			.containsEntry("hsqldb.tx", "MVCC")
			.containsEntry("hsqldb.tx_level", "READ_COMMITTED");
	}

	@Test
	void reopenedStoreKeepsSyncingAtEveryCommit() throws SQLException {
		String url = EmbeddedStoreUrl.of(TestDatabase.newDataDir("durability"));
		settingsOf(url);

		assertThat(settingsOf(url)).containsEntry("hsqldb.write_delay", "false")
			.containsEntry("hsqldb.write_delay_millis", "0")
			.containsEntry("hsqldb.tx", "MVCC")
			.containsEntry("hsqldb.tx_level", "READ_COMMITTED");
	}

	/** Why {@code EmbeddedStoreSettings} exists: the URL's settings count only when the database is created. */
	@Test
	void urlSettingsDoNotChangeAnExistingStore() throws SQLException {
		Path dataDir = TestDatabase.newDataDir("durability");
		String url = EmbeddedStoreUrl.of(dataDir);
		settingsOf(url.substring(0, url.indexOf(';')));

		assertThat(settingsOf(url)).containsEntry("hsqldb.write_delay", "true")
			.containsEntry("hsqldb.write_delay_millis", "500")
			.containsEntry("hsqldb.tx", "LOCKS");
	}

	@Test
	void syncsTheLogAtEveryCommit() throws Exception {
		Path dataDir = TestDatabase.newDataDir("durability");

		assertThat(logSyncsDuring(dataDir, EmbeddedStoreUrl.of(dataDir), COMMITS)).as("fsync/fdatasync calls on orderkeep.log for %d commits", COMMITS)
			.isGreaterThanOrEqualTo(COMMITS);
	}

	/** The contrast that shows the count above measures the setting, and that the proof can fail. */
	@Test
	void syncsFarLessWithAWriteDelay() throws Exception {
		Path dataDir = TestDatabase.newDataDir("durability");
		String url = EmbeddedStoreUrl.with(EmbeddedStoreUrl.of(dataDir), "hsqldb.write_delay", "true");

		assertThat(logSyncsDuring(dataDir, url, COMMITS)).as("fsync/fdatasync calls on orderkeep.log for %d commits", COMMITS)
			.isLessThan(COMMITS / 2);
	}

	@Test
	void killedProcessLosesNoAcknowledgedCommit() throws Exception {
		Path dataDir = TestDatabase.newDataDir("durability");
		String url = EmbeddedStoreUrl.of(dataDir);
		int acknowledged = 300;
		Process writer = new ProcessBuilder(childJvm(url, 100_000, "hold")).redirectError(Redirect.INHERIT).start();
		try (BufferedReader out = new BufferedReader(
				new InputStreamReader(writer.getInputStream(), StandardCharsets.UTF_8))) {
			String lastAck = "ACK " + (acknowledged - 1);
			String line;
			while ((line = out.readLine()) != null && !line.equals(lastAck)) {
				assertThat(line).as("child output").matches("READY|ACK \\d+");
			}
			assertThat(line).as("child stopped before acknowledging %d commits", acknowledged).isEqualTo(lastAck);
			writer.destroyForcibly();
		}
		finally {
			writer.destroyForcibly();
		}
		assertThat(writer.waitFor(30, TimeUnit.SECONDS)).isTrue();
		assertThat(dataDir.resolve("db/orderkeep.lck")).as("a killed process leaves its lock file").exists();

		long started = System.nanoTime();
		try (Connection connection = openWaitingForStaleLock(url, Duration.ofSeconds(40));
				Statement statement = connection.createStatement()) {
			Duration waited = Duration.ofNanos(System.nanoTime() - started);
			System.out.println("Reopened the store of a process killed with SIGKILL after " + waited.toMillis() + " ms");
			try (ResultSet rows = statement.executeQuery(
					"SELECT COUNT(*) FROM acknowledged_order WHERE id < " + acknowledged)) {
				rows.next();
				assertThat(rows.getLong(1)).as("acknowledged rows after kill -9").isEqualTo(acknowledged);
			}
			try (ResultSet rows = statement.executeQuery("SELECT COUNT(*), MAX(id) FROM acknowledged_order")) {
				rows.next();
				assertThat(rows.getLong(1)).as("rows form an unbroken run from 0").isEqualTo(rows.getLong(2) + 1);
			}
			statement.execute("SHUTDOWN");
		}
	}

	private static Map<String, String> settingsOf(String url) throws SQLException {
		Map<String, String> settings = new HashMap<>();
		try (Connection connection = DriverManager.getConnection(url, "SA", "");
				Statement statement = connection.createStatement()) {
			try (ResultSet rows = statement.executeQuery(SETTINGS)) {
				while (rows.next()) {
					settings.put(rows.getString(1), rows.getString(2));
				}
			}
			statement.execute("SHUTDOWN");
		}
		return settings;
	}

	/** Runs {@link CommitWriter} under strace and counts the syncs of the store's log file. */
	private static long logSyncsDuring(Path dataDir, String url, int commits) throws Exception {
		String strace = strace();
		Path trace = dataDir.resolve("strace.txt");
		List<String> command = new ArrayList<>(
				List.of(strace, "-f", "-y", "-qq", "-e", "trace=fsync,fdatasync,msync", "-o", trace.toString()));
		command.addAll(childJvm(url, commits, "exit"));
		Path output = dataDir.resolve("commit-writer.txt");
		Process writer = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile()).start();
		boolean finished = writer.waitFor(2, TimeUnit.MINUTES);
		if (!finished) {
			writer.destroyForcibly();
		}
		assertThat(finished).as("child JVM under strace finished").isTrue();
		String childOutput = Files.readString(output);
		assertThat(writer.exitValue()).as("child JVM exit code; its output:%n%s", childOutput).isZero();
		assertThat(childOutput).as("child acknowledged every commit").contains("ACK " + (commits - 1));
		try (Stream<String> lines = Files.lines(trace)) {
			long syncs = lines.filter(line -> LOG_SYNC.matcher(line).find()).count();
			System.out.println(commits + " commits synced orderkeep.log " + syncs + " times with " + url);
			return syncs;
		}
	}

	private static List<String> childJvm(String url, int commits, String mode) {
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		return List.of(java, "-Xshare:auto", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
				CommitWriter.class.getName(), url, String.valueOf(commits), mode);
	}

	/** strace is part of the proof: without it the test fails rather than skips. */
	private static String strace() {
		for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin").split(File.pathSeparator)) {
			Path candidate = Path.of(dir, "strace");
			if (Files.isExecutable(candidate)) {
				return candidate.toString();
			}
		}
		return fail("strace is not installed, so the sync-at-commit proof cannot run. Install it (Debian: "
				+ "apt-get install -y strace); .ci/run does.");
	}

	/**
	 * A killed HSQLDB leaves {@code orderkeep.lck} behind with a heartbeat written every 10 s; a new process may take
	 * the lock once the heartbeat is older than 10.1 s. Retries like the connection pool's initialization timeout does.
	 */
	private static Connection openWaitingForStaleLock(String url, Duration patience)
			throws SQLException, InterruptedException {
		long deadline = System.nanoTime() + patience.toNanos();
		while (true) {
			try {
				return DriverManager.getConnection(url, "SA", "");
			}
			catch (SQLException e) {
				if (System.nanoTime() > deadline || !String.valueOf(e.getMessage()).contains("lock")) {
					throw e;
				}
				Thread.sleep(500);
			}
		}
	}
}
