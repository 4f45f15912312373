package com.orderkeep.alternatives;

import java.util.List;

import com.orderkeep.shared.Caller;

/**
 * Finds where else to buy what a product or an order is.
 */
public interface AlternativeSearch {

	/** The most alternatives one request may ask for. */
	int MAX_LIMIT = 20;

	/** Alternatives to the product, best first; {@code NOT_FOUND} for an unknown product. */
	List<Alternative> forProduct(String productId, int limit);

	/**
	 * Alternatives to what the buyer ordered, best first, those at or below the price paid before the rest; another
	 * buyer's order is {@code NOT_FOUND}.
	 */
	List<Alternative> forOrder(String orderId, Caller buyer, int limit);
}
