package com.orderkeep.catalog;

import org.jspecify.annotations.Nullable;

/**
 * What an order freezes of a SKU at placement: the product as the buyer saw it, and whether it may be sold.
 */
public record SkuForSale(String productId, String skuId, String merchantId, String shopName, String title, String spec,
		String category, long priceFen, ProductStatus status, boolean shopSuspended, @Nullable GroupBuy groupBuy) {

	/** What a group of this SKU needs: {@code size} buyers, each paying {@code priceFen} a unit. */
	public record GroupBuy(int size, long priceFen) {
	}

	/** Whether it may be ordered: listed, by a shop that is not suspended. */
	public boolean listed() {
		return status == ProductStatus.LISTED && !shopSuspended;
	}
}
