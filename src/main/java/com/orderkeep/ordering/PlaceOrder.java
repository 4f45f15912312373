package com.orderkeep.ordering;

import org.jspecify.annotations.Nullable;

/**
 * A buyer's request to order a quantity of a SKU, under an idempotency key.
 */
public record PlaceOrder(String buyerId, String idempotencyKey, String skuId, int quantity, @Nullable String flashSaleId,
		@Nullable String groupId, boolean startGroup) {

	/** Whether the order starts a group ({@code startGroup}) or joins one ({@code groupId}, which wins when both are given). */
	public boolean inGroup() {
		return startGroup || groupId != null;
	}

	/** What a repeat under the same key must match to be the same request. */
	public String fingerprint() {
		return skuId + "|" + quantity + "|" + flashSaleId + "|" + groupId + "|" + startGroup;
	}
}
