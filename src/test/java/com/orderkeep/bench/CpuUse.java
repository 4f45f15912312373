package com.orderkeep.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.HashMap;
import java.util.Map;

/**
 * A snapshot of where this JVM's CPU time went: each kind of Java thread (numbers in names folded), the process as
 * a whole, and the JIT compilers' and the garbage collector's own counters, which have no Java thread. The
 * difference of two snapshots says where one iteration's time went.
 */
record CpuUse(long wallNanos, long processNanos, Map<String, Long> threadNanos, long jitMillis, long gcMillis) {

	static CpuUse now() {
		ThreadMXBean threads = ManagementFactory.getThreadMXBean();
		Map<String, Long> byKind = new HashMap<>();
		for (long id : threads.getAllThreadIds()) {
			ThreadInfo info = threads.getThreadInfo(id);
			long cpu = threads.getThreadCpuTime(id);
			if (info != null && cpu > 0) {
				byKind.merge(info.getThreadName().replaceAll("\\d+", "N"), cpu, Long::sum);
			}
		}
		long process = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
			.getProcessCpuTime();
		long gc = ManagementFactory.getGarbageCollectorMXBeans().stream()
			.mapToLong(collector -> Math.max(0, collector.getCollectionTime()))
			.sum();
		return new CpuUse(System.nanoTime(), process, byKind, ManagementFactory.getCompilationMXBean().getTotalCompilationTime(), gc);
	}

	/** What was spent between {@code earlier} and this snapshot, as one line. */
	String since(CpuUse earlier) {
		double seconds = (wallNanos - earlier.wallNanos) / 1e9;
		Map<String, Long> spent = new HashMap<>();
		threadNanos.forEach((kind, nanos) -> spent.put(kind, nanos - earlier.threadNanos.getOrDefault(kind, 0L)));
		long javaThreads = spent.values().stream().mapToLong(Long::longValue).sum();
		long process = processNanos - earlier.processNanos;
		StringBuilder line = new StringBuilder(String.format("CPU of the JVM: %.2f cores", process / 1e9 / seconds));
		spent.entrySet().stream()
			.sorted(Map.Entry.<String, Long>comparingByValue().reversed())
			.limit(3)
			.forEach(e -> line.append(String.format("; %s %.2f", e.getKey(), e.getValue() / 1e9 / seconds)));
		line.append(String.format("; GC and JIT threads %.2f (JIT compiling %.1f s, GC %.1f s)",
				(process - javaThreads) / 1e9 / seconds, (jitMillis - earlier.jitMillis) / 1e3,
				(gcMillis - earlier.gcMillis) / 1e3));
		return line.toString();
	}
}
