package com.orderkeep.catalog;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A product as the API shows it, with its SKUs' live availability and its public status history. A product of a
 * suspended shop (its merchant's account is disabled) cannot be ordered, whatever its status.
 */
public record ProductView(String productId, String merchantId, String shopName, boolean shopSuspended, String title,
		String category, String description, ProductStatus status, List<SkuView> skus, List<StatusChange> statusHistory) {

	/** {@code groupSize} and {@code groupPriceFen} are set when the SKU offers group buy (拼团), else null. */
	public record SkuView(String skuId, String spec, long priceFen, long available, @Nullable Integer groupSize,
			@Nullable Long groupPriceFen) {
	}

	public record StatusChange(Instant at, ProductStatus status, @Nullable String reasonCode, @Nullable String note) {
	}
}
