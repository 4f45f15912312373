package com.orderkeep.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The packaged service, {@code target/orderkeep.jar}, running as a separate process on a free port, as an operator
 * runs it: it can be killed with SIGKILL and started again on the same data. Its console goes to
 * {@code target/<name>-<database>-<n>.log}.
 */
public final class RunningService {

	private static final Path JAR = Path.of(System.getProperty("orderkeep.jar", "target/orderkeep.jar"));
	private static final Duration STARTUP_TIMEOUT = Duration.ofSeconds(120);

	/** Every process started; {@link #killAll()} ends whatever is still alive. */
	private static final List<Process> started = new CopyOnWriteArrayList<>();
	private static final AtomicInteger starts = new AtomicInteger();

	private final Process process;
	private final int port;

	private RunningService(Process process, int port) {
		this.process = process;
		this.port = port;
	}

	/**
	 * Starts the service on the database's properties (see {@link TestDatabase}) with the given options; unless they
	 * say otherwise, the admin password is the tests' and rate limits are off.
	 */
	public static RunningService start(String name, Map<String, String> database, String... arguments)
			throws IOException, InterruptedException {
		assertThat(JAR).as("the packaged service (mvn package)").exists();
		int port = freePort();
		List<String> command = new ArrayList<>();
		command.add(ProcessHandle.current().info().command()
			.orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
		// C1 only and the serial collector: a quicker start on a small machine.
		command.addAll(List.of("-Xmx512m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC"));
		command.addAll(List.of("-jar", JAR.toString(), "--server.port=" + port));
		command.addAll(TestDatabase.arguments(database));
		List<String> given = List.of(arguments);
		for (String fallback : List.of("--orderkeep.admin-password=admin-test-password", "--orderkeep.rate-limit.enabled=false")) {
			String option = fallback.substring(0, fallback.indexOf('=') + 1);
			if (given.stream().noneMatch(argument -> argument.startsWith(option))) {
				command.add(fallback);
			}
		}
		command.addAll(given);
		Path log = Path.of("target", name + "-" + (TestDatabase.isPostgres() ? "postgres" : "embedded") + "-"
				+ starts.incrementAndGet() + ".log");
		Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
		started.add(process);
		RunningService service = new RunningService(process, port);
		long begin = System.nanoTime();
		service.awaitHealthy(log);
		System.out.printf("%s: started %s, healthy after %d ms%n", name, log, (System.nanoTime() - begin) / 1_000_000);
		return service;
	}

	public static void killAll() {
		started.forEach(Process::destroyForcibly);
	}

	public Api api() {
		return Api.onPort(port);
	}

	public boolean isAlive() {
		return process.isAlive();
	}

	/** SIGKILL: no shutdown hook, no graceful close, nothing flushed that was not already. */
	public void kill9() throws InterruptedException {
		process.destroyForcibly();
		assertThat(process.waitFor(30, TimeUnit.SECONDS)).as("killed process gone").isTrue();
	}

	public void stop() throws InterruptedException {
		if (process.isAlive()) {
			process.destroy();
			if (!process.waitFor(30, TimeUnit.SECONDS)) {
				process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
			}
		}
	}

	private void awaitHealthy(Path log) throws InterruptedException {
		long deadline = System.nanoTime() + STARTUP_TIMEOUT.toNanos();
		while (System.nanoTime() < deadline) {
			if (!process.isAlive()) {
				throw new AssertionError("orderkeep exited with " + process.exitValue() + " while starting; " + tail(log));
			}
			try {
				if (api().get("/actuator/health", null).status() == 200) {
					return;
				}
			}
			catch (UncheckedIOException notListeningYet) {
				// keep polling
			}
			Thread.sleep(250);
		}
		process.destroyForcibly();
		throw new AssertionError("orderkeep was not healthy within " + STARTUP_TIMEOUT + "; " + tail(log));
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	private static String tail(Path log) {
		try {
			List<String> lines = Files.readAllLines(log);
			return "last lines of " + log + ":\n" + String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
		}
		catch (IOException e) {
			return "no log at " + log;
		}
	}
}
