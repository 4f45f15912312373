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
	ProductView.SkuView reprice(String merchantId, String skuId, long priceFen);

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

	record NewSku(String spec, long priceFen, long stock) {
	}

	record SkuChange(String skuId, @Nullable Long priceFen, @Nullable Long stock) {
	}
}
