package com.orderkeep.catalog;

import java.time.Instant;

import org.jmolecules.event.types.DomainEvent;

/**
 * A SKU's price changed, while listed or as its product was relisted; the change is a new row of its public price
 * history.
 */
public record SkuRepriced(String productId, String skuId, String merchantId, long previousPriceFen, long priceFen,
		Instant occurredAt) implements DomainEvent {
}
