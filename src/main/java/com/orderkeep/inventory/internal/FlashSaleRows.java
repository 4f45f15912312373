package com.orderkeep.inventory.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import com.orderkeep.inventory.FlashSaleView;
import com.orderkeep.shared.SqlTime;

/**
 * The flash_sale and flash_sale_purchase tables. Every change of a sale's counters is a conditional update, so no
 * interleaving of nodes can take more than the sale holds or let a buyer past the limit.
 */
@Repository
class FlashSaleRows {

	static final String OPEN = "OPEN";
	static final String CLOSED = "CLOSED";

	private static final String INSERT = """
			INSERT INTO flash_sale (id, sku_id, merchant_id, price_fen, initial_stock, stock, sold, available,
			    per_buyer_limit, starts_at, ends_at, status, created_at)
			VALUES (:id, :sku, :merchant, :price, :stock, :stock, 0, :stock, :limit, :startsAt, :endsAt, 'OPEN', :at)
			""";
	private static final String SELECT = """
			SELECT id, sku_id, merchant_id, price_fen, initial_stock, stock, sold, available, per_buyer_limit, starts_at,
			    ends_at, status FROM flash_sale WHERE id = :id
			""";
	private static final String OF_SKU = """
			SELECT id, sku_id, merchant_id, price_fen, initial_stock, stock, sold, available, per_buyer_limit, starts_at,
			    ends_at, status FROM flash_sale WHERE sku_id = :sku ORDER BY starts_at, id
			""";
	private static final String OF_MERCHANT = """
			SELECT id, sku_id, merchant_id, price_fen, initial_stock, stock, sold, available, per_buyer_limit, starts_at,
			    ends_at, status FROM flash_sale WHERE merchant_id = :merchant ORDER BY created_at DESC, id LIMIT :limit
			""";
	private static final String TAKE = """
			UPDATE flash_sale SET available = available - :n, sold = sold + :n
			WHERE id = :id AND status = 'OPEN' AND available >= :n AND starts_at <= :at AND ends_at > :at
			""";
	private static final String GIVE_BACK_TO_SALE = """
			UPDATE flash_sale SET available = available + :n, sold = sold - :n WHERE id = :id AND status = 'OPEN'
			""";
	private static final String GIVE_UP_SOLD = """
			UPDATE flash_sale SET stock = stock - :n, sold = sold - :n WHERE id = :id AND status = 'CLOSED'
			""";
	private static final String CLOSE = """
			UPDATE flash_sale SET status = 'CLOSED', stock = sold, available = 0, closed_at = :at
			WHERE id = :id AND status = 'OPEN' AND available = :unsold
			""";
	private static final String ENDED = """
			SELECT id FROM flash_sale WHERE status = 'OPEN' AND ends_at <= :now ORDER BY ends_at LIMIT 100
			""";
	/** One primary-key lookup per buyer; an IN list would walk every purchase of the sale. */
	private static final String PURCHASES = """
			SELECT p.buyer_id, p.quantity FROM (VALUES :buyers) AS b (buyer_id)
			JOIN flash_sale_purchase p ON p.sale_id = :sale AND p.buyer_id = b.buyer_id
			""";
	private static final String ADD_PURCHASE = """
			UPDATE flash_sale_purchase SET quantity = quantity + :n
			WHERE sale_id = :sale AND buyer_id = :buyer AND quantity + :n <= :limit
			""";
	private static final String NEW_PURCHASE = """
			INSERT INTO flash_sale_purchase (sale_id, buyer_id, quantity) VALUES (:sale, :buyer, :n)
			""";
	private static final String RETURN_PURCHASE = """
			UPDATE flash_sale_purchase SET quantity = quantity - :n WHERE sale_id = :sale AND buyer_id = :buyer AND quantity >= :n
			""";

	private final JdbcClient jdbc;
	private final NamedParameterJdbcTemplate batch;

	FlashSaleRows(JdbcClient jdbc, NamedParameterJdbcTemplate batch) {
		this.jdbc = jdbc;
		this.batch = batch;
	}

	void insert(String id, String merchantId, com.orderkeep.inventory.FlashSaleManagement.NewFlashSale sale, Instant at) {
		jdbc.sql(INSERT).param("id", id).param("sku", sale.skuId()).param("merchant", merchantId)
			.param("price", sale.priceFen()).param("stock", sale.stock()).param("limit", sale.perBuyerLimit())
			.param("startsAt", SqlTime.of(sale.startsAt())).param("endsAt", SqlTime.of(sale.endsAt()))
			.param("at", SqlTime.of(at)).update();
	}

	Optional<FlashSaleView> find(String id) {
		return jdbc.sql(SELECT).param("id", id).query(FlashSaleRows::map).optional();
	}

	List<FlashSaleView> ofSku(String skuId) {
		return jdbc.sql(OF_SKU).param("sku", skuId).query(FlashSaleRows::map).list();
	}

	List<FlashSaleView> ofMerchant(String merchantId, int limit) {
		return jdbc.sql(OF_MERCHANT).param("merchant", merchantId).param("limit", limit).query(FlashSaleRows::map).list();
	}

	boolean take(String id, long quantity, Instant at) {
		return jdbc.sql(TAKE).param("id", id).param("n", quantity).param("at", SqlTime.of(at)).update() == 1;
	}

	boolean giveBackToSale(String id, long quantity) {
		return jdbc.sql(GIVE_BACK_TO_SALE).param("id", id).param("n", quantity).update() == 1;
	}

	boolean giveUpSold(String id, long quantity) {
		return jdbc.sql(GIVE_UP_SOLD).param("id", id).param("n", quantity).update() == 1;
	}

	boolean close(String id, long unsold, Instant at) {
		return jdbc.sql(CLOSE).param("id", id).param("unsold", unsold).param("at", SqlTime.of(at)).update() == 1;
	}

	List<String> ended(Instant now) {
		return jdbc.sql(ENDED).param("now", SqlTime.of(now)).query(String.class).list();
	}

	Map<String, Integer> purchases(String saleId, Collection<String> buyerIds) {
		Map<String, Integer> bought = new HashMap<>();
		if (buyerIds.isEmpty()) {
			return bought;
		}
		jdbc.sql(PURCHASES).param("sale", saleId)
			.param("buyers", buyerIds.stream().map(buyer -> new Object[] { buyer }).toList())
			.query(rs -> {
				bought.put(rs.getString("buyer_id"), rs.getInt("quantity"));
			});
		return bought;
	}

	/** Adds to buyers' counts where each stays within the limit; returns, per buyer, whether it did. */
	int[] addPurchases(String saleId, Map<String, Integer> added, int limit) {
		return batch.batchUpdate(ADD_PURCHASE, added.entrySet().stream()
			.map(e -> new MapSqlParameterSource().addValue("sale", saleId).addValue("buyer", e.getKey())
				.addValue("n", e.getValue()).addValue("limit", limit))
			.toArray(SqlParameterSource[]::new));
	}

	void newPurchases(String saleId, Map<String, Integer> added) {
		batch.batchUpdate(NEW_PURCHASE, added.entrySet().stream()
			.map(e -> new MapSqlParameterSource().addValue("sale", saleId).addValue("buyer", e.getKey())
				.addValue("n", e.getValue()))
			.toArray(SqlParameterSource[]::new));
	}

	void returnPurchase(String saleId, String buyerId, int quantity) {
		jdbc.sql(RETURN_PURCHASE).param("sale", saleId).param("buyer", buyerId).param("n", quantity).update();
	}

	private static FlashSaleView map(ResultSet rs, int row) throws SQLException {
		return new FlashSaleView(rs.getString("id"), rs.getString("sku_id"), rs.getString("merchant_id"),
				rs.getLong("price_fen"), rs.getLong("initial_stock"), rs.getLong("stock"), rs.getLong("sold"),
				rs.getLong("available"), rs.getInt("per_buyer_limit"), SqlTime.read(rs, "starts_at"),
				SqlTime.read(rs, "ends_at"), rs.getString("status"));
	}
}
