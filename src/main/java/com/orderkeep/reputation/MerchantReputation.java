package com.orderkeep.reputation;

import java.time.Instant;
import java.util.Collection;
import java.util.Map;

import com.orderkeep.shared.Caller;

/**
 * Merchants' reputations, and buyers' reviews of their completed orders.
 */
public interface MerchantReputation {

	/** The merchant's reputation now; {@code NOT_FOUND} for an unknown merchant. */
	Reputation reputation(String merchantId);

	/** The reputations of several merchants at once, for ranking; unknown ids are left out. */
	Map<String, Reputation> reputations(Collection<String> merchantIds);

	/**
	 * The buyer reviews a completed order of theirs, once, within the review window after completion; the
	 * merchant's rating reflects it at once.
	 */
	Review review(String orderId, Caller buyer, NewReview review);

	record NewReview(int description, int service, int logistics, String text) {
	}

	record Review(String reviewId, String orderId, String merchantId, int description, int service, int logistics,
			String text, Instant at) {
	}
}
