package com.orderkeep.reputation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.orderkeep.reputation.Reputation;
import com.orderkeep.reputation.internal.ReputationScore.DayFact;
import com.orderkeep.reputation.internal.ReputationScore.PlatformMean;
import com.orderkeep.reputation.internal.ReputationScore.ReviewFact;

class ReputationScoreTests {

	private static final ReputationScore.Parameters PARAMETERS = new ReputationScore.Parameters(30, 90, 10, 20, 60);
	private static final PlatformMean MEAN = new PlatformMean(4.6, 4.6, 4.6);

	@Test
	void threeFiveStarReviewsDoNotBeatThreeHundredOfFourPointEight() {
		List<ReviewFact> few = Collections.nCopies(3, new ReviewFact(1, 5, 5, 5));
		List<ReviewFact> many = new ArrayList<>();
		for (int i = 0; i < 300; i++) {
			// 4.8 on average: four fives and a four in every five reviews
			int stars = i % 5 == 0 ? 4 : 5;
			many.add(new ReviewFact(1, stars, stars, stars));
		}
		assertThat(ReputationScore.rating(many, MEAN, PARAMETERS)).isGreaterThan(ReputationScore.rating(few, MEAN, PARAMETERS));
		assertThat(ReputationScore.rating(few, MEAN, PARAMETERS)).isLessThan(4.75);
	}

	@Test
	void aMerchantWhoCancelsPaidOrdersScoresBelowOneWhoShipsAtEqualRatings() {
		List<ReviewFact> reviews = Collections.nCopies(20, new ReviewFact(3, 5, 5, 4));
		Reputation ships = score(reviews, List.of(new DayFact(FactKind.PAID, 3, 40, 400_000)));
		Reputation cancels = score(reviews, List.of(new DayFact(FactKind.PAID, 3, 40, 400_000),
				new DayFact(FactKind.CANCELLED_AFTER_PAYMENT, 3, 6, 60_000)));
		assertThat(cancels.score()).isLessThan(ships.score());
		Reputation.Component cancelled = cancels.components().stream()
			.filter(c -> c.code().equals("CANCELLED_AFTER_PAYMENT")).findFirst().orElseThrow();
		assertThat(cancelled.count()).isEqualTo(6);
		assertThat(cancelled.outOf()).isEqualTo(40);
		assertThat(cancelled.detail().en()).contains("6 of 40 paid orders");
	}

	@Test
	void oldCancellationsWeighLessThanRecentOnes() {
		List<DayFact> recent = List.of(new DayFact(FactKind.PAID, 80, 30, 0), new DayFact(FactKind.PAID, 2, 30, 0),
				new DayFact(FactKind.CANCELLED_AFTER_PAYMENT, 2, 8, 0));
		List<DayFact> old = List.of(new DayFact(FactKind.PAID, 80, 30, 0), new DayFact(FactKind.PAID, 2, 30, 0),
				new DayFact(FactKind.CANCELLED_AFTER_PAYMENT, 80, 8, 0));
		assertThat(score(List.of(), old).score()).isGreaterThan(score(List.of(), recent).score());
		assertThat(ReputationScore.decay(30, PARAMETERS)).isEqualTo(0.5);
	}

	@Test
	void aNewMerchantStartsAboveTheThresholdAndAPoorOneFallsBelowIt() {
		Reputation fresh = score(List.of(), List.of());
		assertThat(fresh.score()).isGreaterThanOrEqualTo(PARAMETERS.threshold());
		assertThat(fresh.belowThreshold()).isFalse();
		Reputation poor = score(Collections.nCopies(30, new ReviewFact(1, 1, 2, 1)),
				List.of(new DayFact(FactKind.PAID, 1, 50, 0), new DayFact(FactKind.CANCELLED_AFTER_PAYMENT, 1, 15, 0),
						new DayFact(FactKind.LATE_SHIPMENT, 1, 20, 0)));
		assertThat(poor.belowThreshold()).isTrue();
		assertThat(poor.grade()).isEqualTo("D");
	}

	@Test
	void weightsAddUpToTheWholeScore() {
		Reputation fresh = score(List.of(), List.of());
		assertThat(fresh.components().stream().mapToDouble(Reputation.Component::weight).sum()).isCloseTo(1.0,
				org.assertj.core.data.Offset.offset(1e-9));
	}

	private static Reputation score(List<ReviewFact> reviews, List<DayFact> facts) {
		return ReputationScore.score("m", reviews, facts, MEAN, PARAMETERS);
	}
}
