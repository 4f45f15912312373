package com.orderkeep.catalog;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import com.orderkeep.shared.Actor;

/**
 * Shops, products and SKUs, and listing them for sale.
 */
public interface CatalogManagement {

	/** The fewest and the most buyers a group may need. */
	int MIN_GROUP_SIZE = 2;

	int MAX_GROUP_SIZE = 10;

	/** The highest price a SKU can have: ¥10,000,000. */
	long MAX_PRICE_FEN = 1_000_000_000L;

	/** Opens a shop with a merchant account to run it. */
	Shop openShop(String username, String password, String shopName);

	/** Lists a new product with its SKUs and their initial stock. */
	ProductView createProduct(String merchantId, NewProduct product);

	ProductView product(String productId);

	/** The merchant's own products in every status, newest first, at most {@code limit}. */
	List<ProductView> productsOf(String merchantId, int limit);

	/** Listed products whose title, category or shop matches the text, newest first. */
	List<ProductView> search(String text, int limit);

	/** Takes the merchant's product off sale; {@link ProductDelisted} follows. */
	ProductView delist(String merchantId, String productId, DelistReason reason, String note, Actor actor);

	/** Puts the merchant's delisted product back on sale, with new prices or stock where given. */
	ProductView relist(String merchantId, String productId, List<SkuChange> changes, Actor actor);

	ProductView.SkuView restock(String merchantId, String skuId, long quantity);

	/** Changes the price of the merchant's SKU; {@link SkuRepriced} follows when the price is a new one. */
	default ProductView.SkuView reprice(String merchantId, String skuId, long priceFen) {
		return changeSku(merchantId, skuId, new SkuTerms(priceFen, null, null));
	}

	/**
	 * Changes the price or the group-buy terms of the merchant's SKU, each where given; {@link SkuRepriced} follows
	 * when the price is a new one. A group price must stay below the price, and group size and price go together.
	 */
	ProductView.SkuView changeSku(String merchantId, String skuId, SkuTerms terms);

	/**
	 * The platform takes a product off sale for a violation, listed or delisted; its merchant cannot relist it.
	 * {@link ProductBanned} follows.
	 */
	ProductView ban(String productId, String violation, Actor platform);

	/** Every price each SKU of the product has had, each SKU's oldest first; the current one has no end. */
	List<PricePeriod> priceHistory(String productId);

	/** The SKU as an order would freeze it, if it exists. */
	Optional<SkuForSale> skuForSale(String skuId);

	/**
	 * The SKU as read at most a second ago, for refusing unknown or delisted SKUs before any lock; what an order
	 * freezes is read again, fresh, in the order's transaction.
	 */
	Optional<SkuForSale> recentSkuForSale(String skuId);

	/** The name of the merchant's shop, if the merchant exists. */
	Optional<String> shopName(String merchantId);

	record PricePeriod(String skuId, long priceFen, Instant from, @Nullable Instant to) {
	}

	record Shop(String merchantId, String userId) {
	}

	record NewProduct(String title, String category, String description, List<NewSku> skus) {
	}

	/** A new SKU; {@code groupSize} and {@code groupPriceFen} together offer group buy, or are both null. */
	record NewSku(String spec, long priceFen, long stock, @Nullable Integer groupSize, @Nullable Long groupPriceFen) {

		public NewSku(String spec, long priceFen, long stock) {
			this(spec, priceFen, stock, null, null);
		}
	}

	/** What a merchant changes of a SKU: each field where given. */
	record SkuTerms(@Nullable Long priceFen, @Nullable Integer groupSize, @Nullable Long groupPriceFen) {
	}

	record SkuChange(String skuId, @Nullable Long priceFen, @Nullable Long stock) {
	}
}
