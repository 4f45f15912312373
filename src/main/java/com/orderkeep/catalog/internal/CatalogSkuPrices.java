package com.orderkeep.catalog.internal;

import java.util.OptionalLong;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import com.orderkeep.inventory.SkuPrices;

/**
 * Tells inventory the SKU prices the catalog keeps.
 */
@Component
@Transactional(readOnly = true)
class CatalogSkuPrices implements SkuPrices {

	private final Products products;

	CatalogSkuPrices(Products products) {
		this.products = products;
	}

	@Override
	public OptionalLong currentPriceFen(String skuId) {
		return products.skuForSale(skuId).map(sku -> OptionalLong.of(sku.priceFen())).orElseGet(OptionalLong::empty);
	}
}
