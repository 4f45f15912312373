package com.orderkeep.alternatives.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.orderkeep.alternatives.internal.AlternativeRanking.Candidate;
import com.orderkeep.alternatives.internal.AlternativeRanking.Ranked;

class AlternativeRankingTests {

	@Test
	void offersWhatCostsNoMoreThanThePricePaidFirst() {
		List<Ranked> ranked = AlternativeRanking.rank(List.of(
				new Candidate("dear", 1.0, 12_000, 50, 95, 4.9, true, false, false),
				new Candidate("cheap", 0.7, 9_000, 50, 80, 4.6, false, false, false)), 10_000);
		assertThat(ranked).extracting(r -> r.candidate().productId()).containsExactly("cheap", "dear");
		assertThat(ranked.get(0).why()).extracting(w -> w.code()).contains("LOWER_PRICE");
	}

	@Test
	void aShopThatCancelsPaidOrdersRanksBelowOneThatShipsAtEqualRatings() {
		List<Ranked> ranked = AlternativeRanking.rank(List.of(
				new Candidate("cancels", 0.9, 9_000, 50, 55, 4.8, false, false, true),
				new Candidate("ships", 0.9, 9_000, 50, 92, 4.8, true, false, false)), 10_000);
		assertThat(ranked).extracting(r -> r.candidate().productId()).containsExactly("ships", "cancels");
		assertThat(ranked.get(0).why()).extracting(w -> w.code())
			.contains("SAME_ITEM_LOWER_PRICE", "HIGHLY_RATED_SHOP", "TRUSTED_SHOP", "SHIPS_RELIABLY", "IN_STOCK");
		assertThat(ranked.get(1).why()).extracting(w -> w.code()).contains("SHOP_WARNING");
	}

	@Test
	void aShopInDebtOrFlaggedRanksDownAndNothingOutOfStockIsOffered() {
		List<Ranked> ranked = AlternativeRanking.rank(List.of(
				new Candidate("troubled", 1.0, 8_000, 50, 90, 4.9, true, true, false),
				new Candidate("plain", 0.8, 9_000, 5, 75, 4.5, false, false, false),
				new Candidate("empty", 1.0, 7_000, 0, 99, 5.0, true, false, false)), 10_000);
		assertThat(ranked).extracting(r -> r.candidate().productId()).containsExactly("plain", "troubled");
	}

	@Test
	void betterRatedShopsComeFirstAmongEqualOffers() {
		List<Ranked> ranked = AlternativeRanking.rank(List.of(
				new Candidate("ok", 0.9, 10_000, 20, 80, 4.2, false, false, false),
				new Candidate("loved", 0.9, 10_000, 20, 80, 4.9, false, false, false)), 10_000);
		assertThat(ranked).extracting(r -> r.candidate().productId()).containsExactly("loved", "ok");
		assertThat(ranked.get(0).why()).extracting(w -> w.code()).contains("SAME_PRICE", "HIGHLY_RATED_SHOP");
	}
}
