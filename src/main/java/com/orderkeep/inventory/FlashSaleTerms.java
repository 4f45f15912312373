package com.orderkeep.inventory;

import java.time.Instant;

/**
 * What a flash sale offers, fixed when it is created: safe to keep in memory.
 */
public record FlashSaleTerms(String flashSaleId, String skuId, String merchantId, long priceFen, int perBuyerLimit,
		Instant startsAt, Instant endsAt) {

	public boolean openAt(Instant at) {
		return !at.isBefore(startsAt) && at.isBefore(endsAt);
	}
}
