package com.orderkeep.catalog;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The catalog's changes in the order they committed, on any node, for modules that keep a copy of what is on sale
 * (a search index): read {@link #head()}, copy {@link #products}, then follow {@link #changesAfter} from that head.
 */
public interface CatalogFeed {

	/** The position of the last change committed so far. */
	long head();

	/** Changes after the position, oldest first, at most {@code limit}. */
	List<CatalogChange> changesAfter(long position, int limit);

	/** Products in any status with ids above {@code afterId}, by id, at most {@code limit}. */
	List<Listing> products(String afterId, int limit);

	/** The products as they stand now, in any status; unknown ids are left out. */
	List<Listing> listings(Collection<String> productIds);

	/** The ids of all the merchant's products, in any status. */
	List<String> productIdsOf(String merchantId);

	/**
	 * One change: a product ({@code productId} set) or a whole shop (suspended or reinstated, {@code productId}
	 * null).
	 */
	record CatalogChange(long position, @Nullable String productId, String merchantId, String kind, Instant at) {
	}

	/** A product as a search index keeps it. */
	record Listing(String productId, String merchantId, String shopName, String title, String category,
			String description, boolean onSale, List<SkuListing> skus) {
	}

	record SkuListing(String skuId, String spec, long priceFen) {
	}
}
