import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where orderkeep spends its CPU during a benchmark, from a JFR recording made with {@code settings=profile}.
 *
 * <pre>java bench/JfrHotMethods.java RECORDING.jfr [FROM_EPOCH_MS TO_EPOCH_MS]</pre>
 *
 * The optional window keeps only events of one wrk run, so that start-up and seeding (BCrypt for every buyer) do
 * not drown the order path. Prints the hottest top frames, the share of samples per library group, the time threads
 * spent parked, waiting or blocked and where, the busiest threads, and the CPU and GC figures of the window.
 */
public class JfrHotMethods {

	/** Library groups: a name, then the package prefixes that belong to it. */
	private static final Map<String, List<String>> GROUPS = new LinkedHashMap<>();
	static {
		GROUPS.put("org.postgresql", List.of("org.postgresql."));
		GROUPS.put("org.hsqldb", List.of("org.hsqldb."));
		GROUPS.put("com.zaxxer.hikari", List.of("com.zaxxer.hikari."));
		GROUPS.put("jackson", List.of("tools.jackson.", "com.fasterxml.jackson."));
		GROUPS.put("spring security", List.of("org.springframework.security."));
		GROUPS.put("tomcat/coyote", List.of("org.apache.tomcat.", "org.apache.coyote.", "org.apache.catalina."));
		GROUPS.put("com.orderkeep", List.of("com.orderkeep."));
		GROUPS.put("io.micrometer", List.of("io.micrometer."));
		GROUPS.put("java.util.zip", List.of("java.util.zip."));
		GROUPS.put("logging", List.of("ch.qos.logback.", "org.apache.logging.", "org.slf4j."));
	}

	private static final int TOP = 25;

	public static void main(String[] args) throws IOException {
		if (args.length != 1 && args.length != 3) {
			System.err.println("usage: java bench/JfrHotMethods.java RECORDING.jfr [FROM_EPOCH_MS TO_EPOCH_MS]");
			System.exit(2);
		}
		Instant from = args.length == 3 ? Instant.ofEpochMilli(Long.parseLong(args[1])) : Instant.MIN;
		Instant to = args.length == 3 ? Instant.ofEpochMilli(Long.parseLong(args[2])) : Instant.MAX;

		int samples = 0;
		int truncated = 0;
		Map<String, Integer> topFrames = new HashMap<>();
		Map<String, Integer> inStack = new HashMap<>();
		Map<String, Integer> innermost = new HashMap<>();
		Map<String, Integer> inclusive = new HashMap<>();
		Map<String, Integer> threads = new HashMap<>();
		Map<String, long[]> waits = new LinkedHashMap<>(); // event type -> {count, total ns}
		Map<String, Long> waitSites = new HashMap<>(); // "type  site" -> total ns
		double jvmCpu = 0, machineCpu = 0;
		int cpuEvents = 0;
		long gcPauseNs = 0;
		int gcs = 0;

		try (RecordingFile recording = new RecordingFile(Path.of(args[0]))) {
			while (recording.hasMoreEvents()) {
				RecordedEvent event = recording.readEvent();
				if (event.getStartTime().isBefore(from) || event.getStartTime().isAfter(to)) {
					continue;
				}
				switch (event.getEventType().getName()) {
					case "jdk.ExecutionSample" -> {
						RecordedStackTrace stack = event.getStackTrace();
						if (stack == null || stack.getFrames().isEmpty()) {
							continue;
						}
						samples++;
						truncated += stack.isTruncated() ? 1 : 0;
						topFrames.merge(method(stack.getFrames().get(0)), 1, Integer::sum);
						var thread = event.getThread("sampledThread");
						// Pool threads differ only by number: http-nio-18080-exec-12 counts as http-nio-N-exec-N.
						threads.merge(thread == null ? "?" : String.valueOf(thread.getJavaName()).replaceAll("\\d+", "N"), 1,
								Integer::sum);
						String first = null;
						java.util.Set<String> seen = new java.util.HashSet<>();
						for (RecordedFrame frame : stack.getFrames()) {
							String group = group(frame);
							if (group != null) {
								seen.add(group);
								first = first == null ? group : first;
							}
						}
						seen.forEach(g -> inStack.merge(g, 1, Integer::sum));
						stack.getFrames().stream().filter(JfrHotMethods::telling).map(JfrHotMethods::method).distinct()
							.forEach(m -> inclusive.merge(m, 1, Integer::sum));
						innermost.merge(first == null ? "(none: JDK or other)" : first, 1, Integer::sum);
					}
					case "jdk.ThreadPark", "jdk.JavaMonitorWait", "jdk.JavaMonitorEnter" -> {
						String type = event.getEventType().getName();
						long ns = event.getDuration().toNanos();
						long[] total = waits.computeIfAbsent(type, t -> new long[2]);
						total[0]++;
						total[1] += ns;
						waitSites.merge(String.format("%-20s %s", type.substring(4), site(event.getStackTrace())), ns, Long::sum);
					}
					case "jdk.CPULoad" -> {
						jvmCpu += event.getFloat("jvmUser") + event.getFloat("jvmSystem");
						machineCpu += event.getFloat("machineTotal");
						cpuEvents++;
					}
					case "jdk.GarbageCollection" -> {
						gcs++;
						gcPauseNs += event.getDuration("sumOfPauses").toNanos();
					}
					default -> {
					}
				}
			}
		}

		System.out.printf("JFR %s%s%n", args[0], args.length == 3 ? " window " + from + " .. " + to : " (whole recording)");
		System.out.printf("execution samples: %d (%d with truncated stacks)%n", samples, truncated);
		if (samples == 0) {
			return;
		}
		System.out.printf("%nTop %d top frames of jdk.ExecutionSample:%n", TOP);
		final int total = samples;
		topFrames.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(TOP)
			.forEach(e -> System.out.printf("  %5.1f%%  %6d  %s%n", 100.0 * e.getValue() / total, e.getValue(), e.getKey()));

		System.out.printf("%nShare of samples by group: 'in stack' = any frame of the group on the stack (inclusive);%n"
				+ "'innermost' = the group nearest the top of the stack (where the CPU went, by library).%n");
		System.out.printf("  %-22s %9s %10s%n", "group", "in stack", "innermost");
		GROUPS.keySet().forEach(g -> System.out.printf("  %-22s %8.1f%% %9.1f%%%n", g,
				100.0 * inStack.getOrDefault(g, 0) / total, 100.0 * innermost.getOrDefault(g, 0) / total));
		System.out.printf("  %-22s %9s %9.1f%%%n", "(none: JDK or other)", "",
				100.0 * innermost.getOrDefault("(none: JDK or other)", 0) / total);

		System.out.printf("%nTop %d methods by inclusive share (any frame of the method on the stack; orderkeep, Spring,%n"
				+ "the drivers and Micrometer only, since Tomcat's and the JDK's frames are on every request's stack):%n", 6 * TOP);
		inclusive.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(6 * TOP)
			.forEach(e -> System.out.printf("  %5.1f%%  %6d  %s%n", 100.0 * e.getValue() / total, e.getValue(), e.getKey()));

		System.out.printf("%nShare of samples by thread:%n");
		threads.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(6)
			.forEach(e -> System.out.printf("  %5.1f%%  %s%n", 100.0 * e.getValue() / total, e.getKey()));

		System.out.printf("%nWaiting (events over the profile settings' threshold; idle pool threads included):%n");
		waits.forEach((type, t) -> System.out.printf("  %-20s %7d events, %9.1f s in total%n", type.substring(4), t[0], t[1] / 1e9));
		waitSites.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(8)
			.forEach(e -> System.out.printf("  %9.1f s  %s%n", e.getValue() / 1e9, e.getKey()));

		if (cpuEvents > 0) {
			System.out.printf("%nCPU (mean of jdk.CPULoad): this JVM %.0f%%, whole machine %.0f%% (of all cores)%n",
					100 * jvmCpu / cpuEvents, 100 * machineCpu / cpuEvents);
		}
		System.out.printf("GC: %d collections, %.0f ms of pauses%n", gcs, gcPauseNs / 1e6);
	}

	private static String method(RecordedFrame frame) {
		return frame.getMethod().getType().getName() + "." + frame.getMethod().getName();
	}

	/** Frames that say what a request is doing: orderkeep's, Spring's, the database drivers' and Micrometer's. */
	private static boolean telling(RecordedFrame frame) {
		String type = frame.getMethod().getType().getName();
		return Stream.of("com.orderkeep.", "org.springframework.", "org.hsqldb.", "org.postgresql.", "io.micrometer.",
				"com.zaxxer.hikari.", "tools.jackson.").anyMatch(type::startsWith)
				&& !type.startsWith("org.springframework.cglib.") && !type.contains("$$");
	}

	private static String group(RecordedFrame frame) {
		String type = frame.getMethod().getType().getName();
		for (Map.Entry<String, List<String>> g : GROUPS.entrySet()) {
			for (String prefix : g.getValue()) {
				if (type.startsWith(prefix)) {
					return g.getKey();
				}
			}
		}
		return null;
	}

	/** The first frame outside the JDK's locking and concurrency code: who waited, not how. */
	private static String site(RecordedStackTrace stack) {
		if (stack == null) {
			return "?";
		}
		for (RecordedFrame frame : stack.getFrames()) {
			String type = frame.getMethod().getType().getName();
			if (!type.startsWith("java.") && !type.startsWith("jdk.") && !type.startsWith("sun.")) {
				return method(frame);
			}
		}
		return stack.getFrames().isEmpty() ? "?" : method(stack.getFrames().get(0));
	}
}
