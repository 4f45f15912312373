package com.orderkeep.catalog.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import com.orderkeep.catalog.ProductStatus;
import com.orderkeep.catalog.ProductView.StatusChange;
import com.orderkeep.catalog.SkuForSale;
import com.orderkeep.shared.Ids;
import com.orderkeep.shared.SqlTime;

/**
 * Shops, products, SKUs and the status and price history of each.
 */
@Repository
class Products {

	private static final String INSERT_MERCHANT = """
			INSERT INTO merchant (id, shop_name, shop_name_key, created_at) VALUES (:id, :name, :key, :at)
			""";
	private static final String SHOP_NAME_TAKEN = "SELECT COUNT(*) FROM merchant WHERE shop_name_key = :key";
	private static final String SET_SUSPENDED = "UPDATE merchant SET suspended = :suspended WHERE id = :id";
	private static final String INSERT_PRODUCT = """
			INSERT INTO product (id, merchant_id, title, category, description, status, created_at)
			VALUES (:id, :merchant, :title, :category, :description, :status, :at)
			""";
	private static final String INSERT_SKU = """
			INSERT INTO sku (id, product_id, position, spec, price_fen, group_size, group_price_fen)
			VALUES (:id, :product, :position, :spec, :price, :groupSize, :groupPrice)
			""";
	private static final String INSERT_STATUS_CHANGE = """
			INSERT INTO product_status_change (id, product_id, occurred_at, status, reason_code, note, actor, seq)
			SELECT :id, :product, :at, :status, :reason, :note, :actor, COALESCE(MAX(seq), 0) + 1
			FROM product_status_change WHERE product_id = :product
			""";
	private static final String INSERT_PRICE_CHANGE = """
			INSERT INTO sku_price_change (id, sku_id, occurred_at, price_fen, seq)
			SELECT :id, :sku, :at, :price, COALESCE(MAX(seq), 0) + 1 FROM sku_price_change WHERE sku_id = :sku
			""";
	private static final String PRICE_CHANGES = """
			SELECT c.sku_id, c.price_fen, c.occurred_at FROM sku_price_change c JOIN sku s ON s.id = c.sku_id
			WHERE s.product_id = :product ORDER BY s.position, c.seq, c.occurred_at
			""";
	private static final String PRODUCT = """
			SELECT p.id, p.merchant_id, m.shop_name, m.suspended, p.title, p.category, p.description, p.status
			FROM product p JOIN merchant m ON m.id = p.merchant_id WHERE p.id = :id
			""";
	private static final String SKUS = """
			SELECT id, spec, price_fen, group_size, group_price_fen FROM sku WHERE product_id = :product ORDER BY position
			""";
	private static final String HISTORY = """
			SELECT occurred_at, status, reason_code, note FROM product_status_change WHERE product_id = :product ORDER BY seq, occurred_at
			""";
	private static final String CHANGE_STATUS = """
			UPDATE product SET status = :to WHERE id = :id AND status = :from
			""";
	private static final String SKU_FOR_SALE = """
			SELECT s.id AS sku_id, s.spec, s.price_fen, s.group_size, s.group_price_fen, p.id AS product_id, p.merchant_id, p.title, p.category, p.status,
			       m.shop_name, m.suspended
			FROM sku s JOIN product p ON p.id = s.product_id JOIN merchant m ON m.id = p.merchant_id
			WHERE s.id = :sku
			""";
	private static final String SET_PRICE = "UPDATE sku SET price_fen = :price WHERE id = :sku";
	private static final String SET_GROUP_BUY = """
			UPDATE sku SET group_size = :groupSize, group_price_fen = :groupPrice WHERE id = :sku
			""";
	private static final String OF_MERCHANT = """
			SELECT id FROM product WHERE merchant_id = :merchant ORDER BY created_at DESC, id LIMIT :limit
			""";
	private static final String SEARCH = """
			SELECT p.id FROM product p JOIN merchant m ON m.id = p.merchant_id
			WHERE p.status = 'LISTED' AND m.suspended = FALSE
			  AND (LOWER(p.title) LIKE :text ESCAPE '\\' OR LOWER(p.category) LIKE :text ESCAPE '\\' OR LOWER(m.shop_name) LIKE :text ESCAPE '\\')
			ORDER BY p.created_at DESC, p.id
			LIMIT :limit
			""";

	private final JdbcClient jdbc;

	Products(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	record ProductRow(String id, String merchantId, String shopName, boolean shopSuspended, String title, String category,
			String description, ProductStatus status) {
	}

	record SkuRow(String id, String spec, long priceFen, SkuForSale.@Nullable GroupBuy groupBuy) {
	}

	void insertMerchant(String id, String shopName, String shopNameKey, Instant at) {
		jdbc.sql(INSERT_MERCHANT).param("id", id).param("name", shopName).param("key", shopNameKey)
			.param("at", SqlTime.of(at)).update();
	}

	boolean shopNameTaken(String shopNameKey) {
		return jdbc.sql(SHOP_NAME_TAKEN).param("key", shopNameKey).query(Long.class).single() > 0;
	}

	void setSuspended(String merchantId, boolean suspended) {
		jdbc.sql(SET_SUSPENDED).param("id", merchantId).param("suspended", suspended).update();
	}

	Optional<String> shopName(String merchantId) {
		return jdbc.sql("SELECT shop_name FROM merchant WHERE id = :id").param("id", merchantId).query(String.class)
			.optional();
	}

	boolean merchantExists(String merchantId) {
		return jdbc.sql("SELECT COUNT(*) FROM merchant WHERE id = :id").param("id", merchantId).query(Long.class).single() > 0;
	}

	void insertProduct(ProductRow product, Instant at) {
		jdbc.sql(INSERT_PRODUCT).param("id", product.id()).param("merchant", product.merchantId())
			.param("title", product.title()).param("category", product.category())
			.param("description", product.description()).param("status", product.status().name())
			.param("at", SqlTime.of(at)).update();
	}

	void insertSku(String productId, int position, SkuRow sku, Instant at) {
		jdbc.sql(INSERT_SKU).param("id", sku.id()).param("product", productId).param("position", position)
			.param("spec", sku.spec()).param("price", sku.priceFen())
			.param("groupSize", sku.groupBuy() == null ? null : sku.groupBuy().size())
			.param("groupPrice", sku.groupBuy() == null ? null : sku.groupBuy().priceFen()).update();
		recordPrice(sku.id(), sku.priceFen(), at);
	}

	void setPrice(String skuId, long priceFen, Instant at) {
		jdbc.sql(SET_PRICE).param("sku", skuId).param("price", priceFen).update();
		recordPrice(skuId, priceFen, at);
	}

	/** Offers group buy on these terms; the price must be above the group price already (the table checks). */
	void setGroupBuy(String skuId, SkuForSale.GroupBuy terms) {
		jdbc.sql(SET_GROUP_BUY).param("sku", skuId).param("groupSize", terms.size()).param("groupPrice", terms.priceFen())
			.update();
	}

	private static SkuForSale.@Nullable GroupBuy groupBuy(java.sql.ResultSet rs) throws java.sql.SQLException {
		int size = rs.getInt("group_size");
		return rs.wasNull() ? null : new SkuForSale.GroupBuy(size, rs.getLong("group_price_fen"));
	}

	private void recordPrice(String skuId, long priceFen, Instant at) {
		jdbc.sql(INSERT_PRICE_CHANGE).param("id", Ids.next()).param("sku", skuId).param("at", SqlTime.of(at))
			.param("price", priceFen).update();
	}

	/** A SKU's price on each change, each SKU's oldest first. */
	List<PriceChange> priceChanges(String productId) {
		return jdbc.sql(PRICE_CHANGES).param("product", productId)
			.query((rs, n) -> new PriceChange(rs.getString("sku_id"), rs.getLong("price_fen"), SqlTime.read(rs, "occurred_at")))
			.list();
	}

	record PriceChange(String skuId, long priceFen, Instant at) {
	}

	void recordStatus(String productId, ProductStatus status, @Nullable String reasonCode, @Nullable String note,
			String actor, Instant at) {
		jdbc.sql(INSERT_STATUS_CHANGE).param("id", Ids.next()).param("product", productId).param("at", SqlTime.of(at))
			.param("status", status.name()).param("reason", reasonCode).param("note", note).param("actor", actor)
			.update();
	}

	/** Moves a product from one status to another; false if it was no longer in the expected one. */
	boolean changeStatus(String productId, ProductStatus from, ProductStatus to) {
		return jdbc.sql(CHANGE_STATUS).param("id", productId).param("from", from.name()).param("to", to.name())
			.update() == 1;
	}

	Optional<ProductRow> product(String productId) {
		return jdbc.sql(PRODUCT).param("id", productId)
			.query((rs, n) -> new ProductRow(rs.getString("id"), rs.getString("merchant_id"), rs.getString("shop_name"),
					rs.getBoolean("suspended"), rs.getString("title"), rs.getString("category"), rs.getString("description"),
					ProductStatus.valueOf(rs.getString("status"))))
			.optional();
	}

	List<SkuRow> skus(String productId) {
		return jdbc.sql(SKUS).param("product", productId)
			.query((rs, n) -> new SkuRow(rs.getString("id"), rs.getString("spec"), rs.getLong("price_fen"), groupBuy(rs)))
			.list();
	}

	List<StatusChange> history(String productId) {
		return jdbc.sql(HISTORY).param("product", productId)
			.query((rs, n) -> new StatusChange(SqlTime.read(rs, "occurred_at"), ProductStatus.valueOf(rs.getString("status")),
					rs.getString("reason_code"), rs.getString("note")))
			.list();
	}

	Optional<SkuForSale> skuForSale(String skuId) {
		return jdbc.sql(SKU_FOR_SALE).param("sku", skuId)
			.query((rs, n) -> new SkuForSale(rs.getString("product_id"), rs.getString("sku_id"),
					rs.getString("merchant_id"), rs.getString("shop_name"), rs.getString("title"), rs.getString("spec"),
					rs.getString("category"), rs.getLong("price_fen"), ProductStatus.valueOf(rs.getString("status")),
					rs.getBoolean("suspended"), groupBuy(rs)))
			.optional();
	}

	List<String> search(String text, int limit) {
		String pattern = "%" + text.toLowerCase(java.util.Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
		return jdbc.sql(SEARCH).param("text", pattern).param("limit", limit).query(String.class).list();
	}

	/** The merchant's products in every status, newest first. */
	List<String> ofMerchant(String merchantId, int limit) {
		return jdbc.sql(OF_MERCHANT).param("merchant", merchantId).param("limit", limit).query(String.class).list();
	}
}
