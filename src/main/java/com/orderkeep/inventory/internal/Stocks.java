package com.orderkeep.inventory.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import com.orderkeep.inventory.StockManagement.StockLevel;
import com.orderkeep.shared.Ids;
import com.orderkeep.shared.SqlTime;

/**
 * The stock table. Every decrement is conditional, so {@code available} cannot go below zero whatever runs at once.
 */
@Repository
class Stocks {

	private static final String OPEN = """
			INSERT INTO stock (sku_id, merchant_id, available, stocked_total) VALUES (:sku, :merchant, :n, :n)
			""";
	private static final String TAKE = """
			UPDATE stock SET available = available - :n WHERE sku_id = :sku AND available >= :n
			""";
	private static final String GIVE_BACK = "UPDATE stock SET available = available + :n WHERE sku_id = :sku";
	private static final String ADD = """
			UPDATE stock SET available = available + :n, stocked_total = stocked_total + :n WHERE sku_id = :sku
			""";
	private static final String SET_IF_UNCHANGED = """
			UPDATE stock SET available = :target, stocked_total = stocked_total + :delta
			WHERE sku_id = :sku AND available = :expected
			""";
	private static final String LEVEL = "SELECT available, stocked_total FROM stock WHERE sku_id = :sku";
	private static final String ADJUSTMENT = """
			INSERT INTO stock_adjustment (id, sku_id, occurred_at, delta, reason) VALUES (:id, :sku, :at, :delta, :reason)
			""";

	private final JdbcClient jdbc;
	private final ShownStock shown;

	Stocks(JdbcClient jdbc, ShownStock shown) {
		this.jdbc = jdbc;
		this.shown = shown;
	}

	void open(String skuId, String merchantId, long quantity) {
		shown.changes(skuId);
		jdbc.sql(OPEN).param("sku", skuId).param("merchant", merchantId).param("n", quantity).update();
	}

	Optional<String> merchantOf(String skuId) {
		return jdbc.sql("SELECT merchant_id FROM stock WHERE sku_id = :sku").param("sku", skuId).query(String.class)
			.optional();
	}

	boolean take(String skuId, long quantity) {
		shown.changes(skuId);
		return jdbc.sql(TAKE).param("sku", skuId).param("n", quantity).update() == 1;
	}

	void giveBack(String skuId, long quantity) {
		shown.changes(skuId);
		jdbc.sql(GIVE_BACK).param("sku", skuId).param("n", quantity).update();
	}

	boolean add(String skuId, long quantity) {
		shown.changes(skuId);
		return jdbc.sql(ADD).param("sku", skuId).param("n", quantity).update() == 1;
	}

	boolean setIfUnchanged(String skuId, long expected, long target) {
		shown.changes(skuId);
		return jdbc.sql(SET_IF_UNCHANGED).param("sku", skuId).param("expected", expected).param("target", target)
			.param("delta", target - expected).update() == 1;
	}

	Optional<StockLevel> level(String skuId) {
		return jdbc.sql(LEVEL).param("sku", skuId)
			.query((rs, n) -> new StockLevel(rs.getLong("available"), rs.getLong("stocked_total")))
			.optional();
	}

	/** The SKUs' stock as product pages show it: read within the last second, or this node's last change. */
	Map<String, Long> shown(Collection<String> skuIds) {
		return shown.of(skuIds, this::available);
	}

	Map<String, Long> available(Collection<String> skuIds) {
		Map<String, Long> result = new HashMap<>();
		if (skuIds.isEmpty()) {
			return result;
		}
		jdbc.sql("SELECT sku_id, available FROM stock WHERE sku_id IN (:skus)").param("skus", skuIds)
			.query(rs -> {
				result.put(rs.getString("sku_id"), rs.getLong("available"));
			});
		return result;
	}

	void recordAdjustment(String skuId, long delta, String reason, Instant at) {
		jdbc.sql(ADJUSTMENT).param("id", Ids.next()).param("sku", skuId).param("at", SqlTime.of(at)).param("delta", delta)
			.param("reason", reason).update();
	}
}
