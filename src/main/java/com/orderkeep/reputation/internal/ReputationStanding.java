package com.orderkeep.reputation.internal;

import java.util.Optional;

import org.springframework.stereotype.Component;

import com.orderkeep.inventory.FlashSaleStanding;
import com.orderkeep.reputation.Reputation;
import com.orderkeep.shared.LocalizedText;

/**
 * A merchant whose reputation is below the platform's threshold may not start flash sales; this rule stands beside
 * protection's (a merchant in debt may not either), and the flash sale asks every such rule.
 */
@Component
class ReputationStanding implements FlashSaleStanding {

	private final ReputationScores scores;

	ReputationStanding(ReputationScores scores) {
		this.scores = scores;
	}

	@Override
	public Optional<LocalizedText> refusal(String merchantId) {
		Reputation standing = scores.score(merchantId);
		if (!standing.belowThreshold()) {
			return Optional.empty();
		}
		return Optional.of(new LocalizedText("店铺信誉分 " + standing.score() + " 低于平台标准，暂不能开设抢购",
				"The shop's reputation score " + standing.score() + " is below the platform's standard: no flash sales for now"));
	}
}
