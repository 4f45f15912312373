package com.orderkeep.support;

import java.util.List;
import java.util.UUID;

import com.orderkeep.catalog.CatalogManagement;

/**
 * A SKU on sale for a module test, in a shop of its own so that tests sharing a database never meet.
 */
public final class CatalogFixture {

	private CatalogFixture() {
	}

	/** Opens a shop with one product of one SKU, listed at {@code priceFen} with {@code stock} units; its id. */
	public static String skuOnSale(CatalogManagement catalog, String title, String category, String spec, long priceFen,
			long stock) {
		String unique = UUID.randomUUID().toString();
		CatalogManagement.Shop shop = catalog.openShop("shop-" + unique, "secret-123", "店 " + unique);
		return catalog.createProduct(shop.merchantId(), new CatalogManagement.NewProduct(title, category, "",
				List.of(new CatalogManagement.NewSku(spec, priceFen, stock)))).skus().get(0).skuId();
	}
}
