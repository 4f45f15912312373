package com.orderkeep.reputation.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the platform scores merchants.
 *
 * @param window how far back reviews and fulfilment count
 * @param halfLife the age at which a review or a fact counts half
 * @param threshold the score below which a merchant may not start flash sales and buyers are warned before paying
 * @param reviewWindow how long after completion the buyer may review an order
 * @param priorReviews how many reviews at the platform's mean a merchant's own ratings are blended with
 * @param priorOrders how many orders at the platform's usual rates a merchant's own rates are blended with
 */
@ConfigurationProperties("orderkeep.reputation")
record ReputationProperties(@DefaultValue("90d") Duration window, @DefaultValue("30d") Duration halfLife,
		@DefaultValue("60") int threshold, @DefaultValue("15d") Duration reviewWindow,
		@DefaultValue("10") double priorReviews, @DefaultValue("20") double priorOrders) {

	ReputationScore.Parameters parameters() {
		return new ReputationScore.Parameters(halfLife.toMinutes() / 1440.0, (int) window.toDays(), priorReviews,
				priorOrders, threshold);
	}
}
