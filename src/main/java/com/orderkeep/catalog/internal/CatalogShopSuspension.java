package com.orderkeep.catalog.internal;

import java.time.Clock;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import com.orderkeep.account.ShopSuspension;

/**
 * Suspends and reinstates shops as the platform disables and enables their merchants' accounts. Other nodes may
 * still refuse or pass an order from their second-old copy of a SKU, and show its product's page as it was, but
 * every order's transaction reads the shop afresh, so none is taken from a suspended shop once the suspension has
 * committed.
 */
@Component
@Transactional
class CatalogShopSuspension implements ShopSuspension {

	private final Products products;
	private final RecentCatalog recent;
	private final CatalogChanges changes;
	private final Clock clock;

	CatalogShopSuspension(Products products, RecentCatalog recent, CatalogChanges changes, Clock clock) {
		this.products = products;
		this.recent = recent;
		this.changes = changes;
		this.clock = clock;
	}

	@Override
	public void suspend(String merchantId) {
		products.setSuspended(merchantId, true);
		changes.append(null, merchantId, "SUSPENDED", clock.instant());
		recent.forgetMerchant(merchantId);
	}

	@Override
	public void reinstate(String merchantId) {
		products.setSuspended(merchantId, false);
		changes.append(null, merchantId, "REINSTATED", clock.instant());
		recent.forgetMerchant(merchantId);
	}
}
