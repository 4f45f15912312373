package com.orderkeep.alternatives.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The offline evaluation of the alternatives index: a generated catalog of labelled listings is indexed, sample
 * listings ask for their alternatives, and each answer is judged by its kind. precision@3 counts the same-kind
 * answers among the first three (a missing answer counts as wrong); nDCG@5 is binary-graded.
 */
final class AlternativesEvaluation {

	/** Latency is wall-clock time per query; CPU time per query is what it costs the thread, whatever else runs. */
	record Result(int listings, int queries, int kinds, double precisionAt3, double ndcgAt5, double p50Millis,
			double p99Millis, double cpuP50Millis, double cpuP99Millis, double indexSeconds) {

		String report() {
			return String.format(java.util.Locale.ROOT,
					"listings=%d kinds=%d queries=%d precision@3=%.4f nDCG@5=%.4f p50=%.2fms p99=%.2fms cpu-p50=%.2fms cpu-p99=%.2fms indexed in %.1fs",
					listings, kinds, queries, precisionAt3, ndcgAt5, p50Millis, p99Millis, cpuP50Millis, cpuP99Millis,
					indexSeconds);
		}
	}

	private AlternativesEvaluation() {
	}

	static Result run(int size, int queries, long seed) {
		List<GeneratedCatalog.Listing> listings = GeneratedCatalog.generate(size, Math.max(10, size / 50), seed);
		Map<String, GeneratedCatalog.Listing> byId = listings.stream()
			.collect(Collectors.toMap(GeneratedCatalog.Listing::productId, Function.identity()));
		try (ListingIndex index = new ListingIndex()) {
			long start = System.nanoTime();
			for (GeneratedCatalog.Listing listing : listings) {
				index.put(entry(listing));
			}
			index.refresh();
			double indexSeconds = (System.nanoTime() - start) / 1e9;
			Random random = new Random(seed + 1);
			List<GeneratedCatalog.Listing> sources = new ArrayList<>();
			for (int i = 0; i < queries; i++) {
				sources.add(listings.get(random.nextInt(listings.size())));
			}
			for (int i = 0; i < Math.min(200, queries); i++) {
				GeneratedCatalog.Listing warm = sources.get(i);
				index.similar(entry(warm), warm.merchantId(), 5);
			}
			double precision = 0;
			double ndcg = 0;
			long[] nanos = new long[sources.size()];
			long[] cpu = new long[sources.size()];
			java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
			for (int q = 0; q < sources.size(); q++) {
				GeneratedCatalog.Listing source = sources.get(q);
				long began = System.nanoTime();
				long cpuBegan = threads.getCurrentThreadCpuTime();
				List<ListingIndex.Hit> hits = index.similar(entry(source), source.merchantId(), 5);
				cpu[q] = threads.getCurrentThreadCpuTime() - cpuBegan;
				nanos[q] = System.nanoTime() - began;
				int relevantAt3 = 0;
				double dcg = 0;
				for (int r = 0; r < hits.size(); r++) {
					boolean relevant = byId.get(hits.get(r).productId()).kind().equals(source.kind());
					if (relevant && r < 3) {
						relevantAt3++;
					}
					if (relevant) {
						dcg += 1 / log2(r + 2);
					}
				}
				double ideal = 0;
				for (int r = 0; r < 5; r++) {
					ideal += 1 / log2(r + 2);
				}
				if (System.getProperty("orderkeep.eval.debug") != null && relevantAt3 < 3 && q < 400) {
					System.out.println("Q " + source.kind() + " | " + source.title() + " | " + index.titleWords(source.title()));
					for (ListingIndex.Hit h : hits) {
						GeneratedCatalog.Listing l = byId.get(h.productId());
						System.out.println("   " + String.format("%.2f", h.relevance()) + " " + l.kind() + " | " + l.title());
					}
				}
				precision += relevantAt3 / 3.0;
				ndcg += dcg / ideal;
			}
			Arrays.sort(nanos);
			Arrays.sort(cpu);
			return new Result(size, sources.size(), GeneratedCatalog.kinds(), precision / sources.size(),
					ndcg / sources.size(), nanos[nanos.length / 2] / 1e6, percentile99(nanos) / 1e6,
					cpu[cpu.length / 2] / 1e6, percentile99(cpu) / 1e6, indexSeconds);
		}
	}

	private static ListingIndex.Entry entry(GeneratedCatalog.Listing listing) {
		return new ListingIndex.Entry(listing.productId(), listing.merchantId(), listing.title(), listing.category(),
				listing.attributes(), true);
	}

	private static long percentile99(long[] sorted) {
		return sorted[(int) Math.min(sorted.length - 1, Math.ceil(sorted.length * 0.99) - 1)];
	}

	private static double log2(double x) {
		return Math.log(x) / Math.log(2);
	}
}
