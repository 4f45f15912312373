package com.orderkeep.catalog.internal;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import org.springframework.stereotype.Component;

import com.orderkeep.catalog.SkuForSale;

/**
 * SKUs as read within the last second, so a hot SKU's orders are checked without a query each. This node forgets a
 * product's SKUs at once when it changes them; other nodes see the change within the second.
 */
@Component
class RecentSkus {

	private static final long TTL_NANOS = TimeUnit.SECONDS.toNanos(1);

	private record Entry(Optional<SkuForSale> sku, long readAt) {
	}

	private final Map<String, Entry> entries = new ConcurrentHashMap<>();

	Optional<SkuForSale> get(String skuId, Function<String, Optional<SkuForSale>> read) {
		long now = System.nanoTime();
		Entry entry = entries.get(skuId);
		if (entry == null || now - entry.readAt() > TTL_NANOS) {
			entry = new Entry(read.apply(skuId), now);
			if (entries.size() > 100_000) {
				entries.clear();
			}
			entries.put(skuId, entry);
		}
		return entry.sku();
	}

	void forgetProduct(String productId) {
		entries.values().removeIf(e -> e.sku().map(s -> s.productId().equals(productId)).orElse(false));
	}

	void forgetMerchant(String merchantId) {
		entries.values().removeIf(e -> e.sku().map(s -> s.merchantId().equals(merchantId)).orElse(false));
	}
}
