package com.orderkeep.alternatives.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which words of a category name a kind of goods, learnt from the listings themselves. Titles are stuffed with the
 * category's attributes (大容量, 316不锈钢), shop words (包邮, 爆款) and brands, and each of those turns up beside any
 * kind of the category; a word that names a kind (保温杯, 猫粮) instead keeps away from the words of the category's
 * other kinds: a listing is one kind of goods. So a word's weight is the share of the category's common words it
 * is seldom seen with (fewer than a quarter as often as chance would have it). Where a category has too few listings
 * to tell, every word weighs the same.
 */
final class KindWords {

	/** A word seen with another less often than this share of chance keeps away from it. */
	private static final double APART = 0.25;
	/** How often two words must be expected together before keeping apart says anything. */
	private static final double EVIDENCE = 3;
	/** A category's weights are learnt again once its listings changed by this share. */
	private static final double STALE = 0.05;

	private static final class Counts {
		int listings;
		int changesSinceLearnt;
		final Map<String, Integer> listingsWith = new HashMap<>();
		final Map<String, Map<String, Integer>> together = new HashMap<>();
	}

	private record Learnt(Map<String, Double> weights) {
	}

	private final Map<String, Counts> counts = new HashMap<>();
	private final Map<String, Learnt> learnt = new ConcurrentHashMap<>();

	synchronized void add(String category, Set<String> words) {
		change(category, words, 1);
	}

	synchronized void remove(String category, Set<String> words) {
		change(category, words, -1);
	}

	private void change(String category, Set<String> words, int by) {
		Counts c = counts.computeIfAbsent(category, k -> new Counts());
		c.listings += by;
		c.changesSinceLearnt++;
		List<String> list = List.copyOf(words);
		for (int i = 0; i < list.size(); i++) {
			c.listingsWith.merge(list.get(i), by, Integer::sum);
			Map<String, Integer> with = c.together.computeIfAbsent(list.get(i), k -> new HashMap<>());
			for (int j = 0; j < list.size(); j++) {
				if (i != j) {
					with.merge(list.get(j), by, Integer::sum);
				}
			}
		}
	}

	/** The weight of each word for the category, 0 (says nothing of the kind) to 1. */
	Map<String, Double> weights(String category) {
		Learnt known = learnt.get(category);
		if (known != null) {
			synchronized (this) {
				Counts c = counts.get(category);
				if (c == null || c.changesSinceLearnt <= Math.max(20, c.listings * STALE)) {
					return known.weights();
				}
			}
		}
		Learnt fresh = learn(category);
		learnt.put(category, fresh);
		return fresh.weights();
	}

	private synchronized Learnt learn(String category) {
		Counts c = counts.get(category);
		if (c == null || c.listings <= 0) {
			return new Learnt(Map.of());
		}
		c.changesSinceLearnt = 0;
		int n = c.listings;
		double common = Math.max(3, n * 0.01);
		List<String> commonWords = c.listingsWith.entrySet().stream()
			.filter(e -> e.getValue() >= common)
			.map(Map.Entry::getKey)
			.toList();
		Map<String, Double> weights = new HashMap<>();
		for (String word : commonWords) {
			int apart = 0;
			int judged = 0;
			double withWord = c.listingsWith.get(word);
			Map<String, Integer> together = c.together.getOrDefault(word, Map.of());
			for (String other : commonWords) {
				if (other.equals(word)) {
					continue;
				}
				double expected = withWord * c.listingsWith.get(other) / n;
				if (expected < EVIDENCE) {
					continue;
				}
				judged++;
				if (together.getOrDefault(other, 0) < APART * expected) {
					apart++;
				}
			}
			weights.put(word, judged == 0 ? 0 : (double) apart / judged);
		}
		return new Learnt(Map.copyOf(weights));
	}
}
