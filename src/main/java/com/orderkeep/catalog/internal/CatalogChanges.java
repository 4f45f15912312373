package com.orderkeep.catalog.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import com.orderkeep.catalog.CatalogFeed;
import com.orderkeep.catalog.CatalogFeed.CatalogChange;
import com.orderkeep.catalog.CatalogFeed.Listing;
import com.orderkeep.catalog.CatalogFeed.SkuListing;
import com.orderkeep.shared.SqlTime;

/**
 * The catalog_change feed, and products read in pages for whoever follows it.
 */
@Repository
class CatalogChanges {

	private static final String TAKE_POSITION = """
			UPDATE catalog_change_head SET last_position = last_position + 1 WHERE id = 1
			""";
	private static final String HEAD = "SELECT last_position FROM catalog_change_head WHERE id = 1";
	private static final String INSERT = """
			INSERT INTO catalog_change (position, product_id, merchant_id, kind, occurred_at)
			VALUES (:position, :product, :merchant, :kind, :at)
			""";
	private static final String AFTER = """
			SELECT position, product_id, merchant_id, kind, occurred_at FROM catalog_change
			WHERE position > :position ORDER BY position LIMIT :limit
			""";
	private static final String PAGE = """
			SELECT p.id, p.merchant_id, m.shop_name, p.title, p.category, p.description, p.status, m.suspended
			FROM product p JOIN merchant m ON m.id = p.merchant_id
			WHERE p.id > :after ORDER BY p.id LIMIT :limit
			""";
	private static final String PRODUCTS = """
			SELECT p.id, p.merchant_id, m.shop_name, p.title, p.category, p.description, p.status, m.suspended
			FROM product p JOIN merchant m ON m.id = p.merchant_id WHERE p.id IN (:ids)
			""";
	private static final String SKUS = """
			SELECT product_id, id, spec, price_fen FROM sku WHERE product_id IN (:ids) ORDER BY product_id, position
			""";
	private static final String OF_MERCHANT = "SELECT id FROM product WHERE merchant_id = :merchant";

	private final JdbcClient jdbc;

	CatalogChanges(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Appends a change; the head's row stays locked until the caller's transaction ends, so call this last in a
	 * change's transaction.
	 */
	void append(@Nullable String productId, String merchantId, String kind, Instant at) {
		jdbc.sql(TAKE_POSITION).update();
		long position = head();
		jdbc.sql(INSERT).param("position", position).param("product", productId).param("merchant", merchantId)
			.param("kind", kind).param("at", SqlTime.of(at)).update();
	}

	long head() {
		return jdbc.sql(HEAD).query(Long.class).single();
	}

	List<CatalogChange> after(long position, int limit) {
		return jdbc.sql(AFTER).param("position", position).param("limit", limit)
			.query((rs, n) -> new CatalogChange(rs.getLong("position"), rs.getString("product_id"),
					rs.getString("merchant_id"), rs.getString("kind"), SqlTime.read(rs, "occurred_at")))
			.list();
	}

	List<Listing> products(String afterId, int limit) {
		return withSkus(jdbc.sql(PAGE).param("after", afterId).param("limit", limit).query(CatalogChanges::row).list());
	}

	List<Listing> listings(Collection<String> productIds) {
		if (productIds.isEmpty()) {
			return List.of();
		}
		return withSkus(jdbc.sql(PRODUCTS).param("ids", List.copyOf(productIds)).query(CatalogChanges::row).list());
	}

	List<String> productIdsOf(String merchantId) {
		return jdbc.sql(OF_MERCHANT).param("merchant", merchantId).query(String.class).list();
	}

	private List<Listing> withSkus(List<Listing> products) {
		if (products.isEmpty()) {
			return products;
		}
		Map<String, List<SkuListing>> skus = new LinkedHashMap<>();
		jdbc.sql(SKUS).param("ids", products.stream().map(Listing::productId).toList())
			.query(rs -> {
				skus.computeIfAbsent(rs.getString("product_id"), id -> new ArrayList<>())
					.add(new SkuListing(rs.getString("id"), rs.getString("spec"), rs.getLong("price_fen")));
			});
		return products.stream()
			.map(p -> new Listing(p.productId(), p.merchantId(), p.shopName(), p.title(), p.category(), p.description(),
					p.onSale(), List.copyOf(skus.getOrDefault(p.productId(), List.of()))))
			.toList();
	}

	private static Listing row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
		return new Listing(rs.getString("id"), rs.getString("merchant_id"), rs.getString("shop_name"),
				rs.getString("title"), rs.getString("category"), rs.getString("description"),
				"LISTED".equals(rs.getString("status")) && !rs.getBoolean("suspended"), List.of());
	}
}
