package com.orderkeep.catalog;

import java.time.Instant;
import java.util.List;

import org.jmolecules.event.types.DomainEvent;
import org.jspecify.annotations.Nullable;

/**
 * A delisted product is on sale again, its SKUs at the prices given; {@code delistedFor} is the reason of the
 * delisting it ends.
 */
public record ProductRelisted(String productId, String merchantId, @Nullable DelistReason delistedFor,
		List<SkuPrice> skus, Instant occurredAt) implements DomainEvent {

	public record SkuPrice(String skuId, long priceFen) {
	}
}
