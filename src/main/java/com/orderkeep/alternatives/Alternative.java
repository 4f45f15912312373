package com.orderkeep.alternatives;

import java.util.List;

import com.orderkeep.shared.LocalizedText;

/**
 * A product of the same kind from another merchant, listed and in stock, with its cheapest SKU in stock, its shop's
 * reputation and rating, and why it is offered, in the buyer's words.
 */
public record Alternative(String productId, String skuId, String title, long priceFen, String shopName, String merchantId,
		int merchantReputation, String grade, double rating, List<Why> why) {

	/** One reason, with a stable code. */
	public record Why(String code, LocalizedText message) {
	}
}
