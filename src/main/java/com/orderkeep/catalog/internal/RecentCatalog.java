package com.orderkeep.catalog.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.Predicate;

import org.springframework.stereotype.Component;

import com.orderkeep.catalog.ProductView;
import com.orderkeep.catalog.SkuForSale;

/**
 * The catalog as read within the last second: SKUs, so a hot SKU's orders are checked without a query each, and
 * products' listings (everything a product page shows but the stock, which inventory keeps), so a hot product's page
 * costs no query of the catalog's. This node forgets a product's entries at once when it changes the product or its
 * shop; other nodes see the change within the second.
 */
@Component
class RecentCatalog {

	/** A product as its page shows it, but for the stock available, which inventory keeps ({@code StockManagement.shown}). */
	record Listing(Products.ProductRow product, List<Products.SkuRow> skus, List<ProductView.StatusChange> history) {

		List<String> skuIds() {
			return skus.stream().map(Products.SkuRow::id).toList();
		}
	}

	private final Recent<Optional<SkuForSale>> skus = new Recent<>();
	private final Recent<Optional<Listing>> listings = new Recent<>();

	Optional<SkuForSale> sku(String skuId, Function<String, Optional<SkuForSale>> read) {
		return skus.get(skuId, read);
	}

	Optional<Listing> listing(String productId, Function<String, Optional<Listing>> read) {
		return listings.get(productId, read);
	}

	void forgetProduct(String productId) {
		skus.forgetIf(sku -> sku.map(s -> s.productId().equals(productId)).orElse(false));
		listings.forgetIf(listing -> listing.map(l -> l.product().id().equals(productId)).orElse(false));
	}

	void forgetMerchant(String merchantId) {
		skus.forgetIf(sku -> sku.map(s -> s.merchantId().equals(merchantId)).orElse(false));
		listings.forgetIf(listing -> listing.map(l -> l.product().merchantId().equals(merchantId)).orElse(false));
	}

	/** Values by id, each kept for a second after it was read; at most 100,000 of them. */
	private static final class Recent<V> {

		private static final long TTL_NANOS = TimeUnit.SECONDS.toNanos(1);
		private static final int MOST = 100_000;

		private record Entry<V>(V value, long readAt) {
		}

		private final Map<String, Entry<V>> entries = new ConcurrentHashMap<>();

		V get(String id, Function<String, V> read) {
			long now = System.nanoTime();
			Entry<V> entry = entries.get(id);
			if (entry == null || now - entry.readAt() > TTL_NANOS) {
				entry = new Entry<>(read.apply(id), now);
				if (entries.size() > MOST) {
					entries.clear();
				}
				entries.put(id, entry);
			}
			return entry.value();
		}

		void forgetIf(Predicate<V> changed) {
			entries.values().removeIf(entry -> changed.test(entry.value()));
		}
	}
}
