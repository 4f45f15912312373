package com.orderkeep.catalog.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import org.junit.jupiter.api.Test;

import com.orderkeep.catalog.ProductStatus;

/**
 * A product's listing is read from the database once a second at most, and at once again after this node changed
 * the product or its shop.
 */
class RecentCatalogTests {

	final RecentCatalog recent = new RecentCatalog();
	final AtomicInteger reads = new AtomicInteger();
	final Function<String, Optional<RecentCatalog.Listing>> database = productId -> {
		reads.incrementAndGet();
		return Optional.of(new RecentCatalog.Listing(new Products.ProductRow(productId, "merchant-1", "店", false, "保温杯",
				"家居", "", ProductStatus.LISTED), List.of(new Products.SkuRow("sku-1", "白色", 3990, null)), List.of()));
	};

	@Test
	void readsAListingOnceWithinTheSecond() {
		recent.listing("product-1", database);
		recent.listing("product-1", database);
		recent.listing("product-1", database);

		assertThat(reads).hasValue(1);
	}

	@Test
	void readsAgainAtOnceAfterThisNodeChangedTheProduct() {
		recent.listing("product-1", database);
		recent.forgetProduct("product-1");
		recent.listing("product-1", database);

		assertThat(reads).hasValue(2);
	}

	@Test
	void readsAgainAtOnceAfterThisNodeSuspendedOrReinstatedTheShop() {
		recent.listing("product-1", database);
		recent.forgetMerchant("merchant-1");
		recent.listing("product-1", database);

		assertThat(reads).hasValue(2);
	}

	@Test
	void keepsOtherProductsWhenOneChanges() {
		recent.listing("product-1", database);
		recent.listing("product-2", database);
		recent.forgetProduct("product-1");
		recent.listing("product-2", database);

		assertThat(reads).hasValue(2);
	}
}
