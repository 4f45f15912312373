package com.orderkeep.reputation.internal;

import java.time.Clock;
import java.time.Instant;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import com.orderkeep.reputation.Reputation;

/**
 * Scores a merchant from its reviews and facts of the window, read afresh from the database, so every node gives
 * the same score at the same time.
 */
@Component
@Transactional(readOnly = true)
class ReputationScores {

	/** What the platform's mean rating starts from before it has reviews of its own. */
	private static final double PRIOR_MEAN = 4.5;

	private final ReputationRecords records;
	private final ReputationProperties properties;
	private final Clock clock;

	ReputationScores(ReputationRecords records, ReputationProperties properties, Clock clock) {
		this.records = records;
		this.properties = properties;
		this.clock = clock;
	}

	ReputationScore.PlatformMean platformMean() {
		return records.platformMean(PRIOR_MEAN);
	}

	Reputation score(String merchantId) {
		return score(merchantId, platformMean());
	}

	Reputation score(String merchantId, ReputationScore.PlatformMean mean) {
		Instant now = clock.instant();
		Instant from = windowStart();
		return ReputationScore.score(merchantId, records.reviewsSince(merchantId, from, now),
				records.factsSince(merchantId, from, now), mean, properties.parameters());
	}

	Instant windowStart() {
		return clock.instant().minus(properties.window());
	}
}
