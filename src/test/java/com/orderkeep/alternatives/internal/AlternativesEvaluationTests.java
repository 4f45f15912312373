package com.orderkeep.alternatives.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The offline evaluation on a catalog small enough for every build; {@code bench/alternatives-eval.sh} runs it at
 * 100,000 listings. {@code -Dorderkeep.eval.listings=N} and {@code -Dorderkeep.eval.queries=N} set the size here too.
 */
class AlternativesEvaluationTests {

	@Test
	void findsTheSameKindAndRefusesItsLookAlikes() {
		int listings = Integer.getInteger("orderkeep.eval.listings", 10_000);
		int queries = Integer.getInteger("orderkeep.eval.queries", 1_000);
		AlternativesEvaluation.Result result = AlternativesEvaluation.run(listings, queries, 20_261_203L);
		System.out.println("alternatives evaluation: " + result.report());
		assertThat(result.precisionAt3()).as(result.report()).isGreaterThanOrEqualTo(0.95);
		assertThat(result.ndcgAt5()).as(result.report()).isGreaterThanOrEqualTo(0.90);
	}
}
