package com.orderkeep.inventory;

import java.time.Instant;

/**
 * A flash sale as the API shows it. {@code stock} is what the sale holds now: {@code sold + available}; when the sale
 * ends, what is unsold goes back to the SKU and {@code stock} shrinks to {@code sold}.
 */
public record FlashSaleView(String flashSaleId, String skuId, String merchantId, long priceFen, long initialStock,
		long stock, long sold, long available, int perBuyerLimit, Instant startsAt, Instant endsAt, String status) {
}
