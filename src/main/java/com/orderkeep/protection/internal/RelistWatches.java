package com.orderkeep.protection.internal;

import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import com.orderkeep.shared.SqlTime;

/**
 * The relist_watch table: paid orders cancelled for a price adjustment, watched for 15 days in case their SKU comes
 * back dearer, which is the bad faith the platform compensates and flags.
 */
@Repository
class RelistWatches {

	record Watch(String orderId, String buyerId, String merchantId, String skuId, long unitPriceFen, int quantity,
			long paidFen) {
	}

	private static final String INSERT = """
			INSERT INTO relist_watch (order_id, buyer_id, merchant_id, sku_id, unit_price_fen, quantity, paid_fen,
			    cancelled_at, watch_until)
			SELECT :orderId, :buyerId, :merchantId, :skuId, :unitPrice, :quantity, :paidFen, :cancelledAt, :until
			FROM (VALUES (0)) AS one (x) WHERE NOT EXISTS (SELECT 1 FROM relist_watch WHERE order_id = :orderId)
			""";
	private static final String EXCEEDED_BY = """
			SELECT order_id, buyer_id, merchant_id, sku_id, unit_price_fen, quantity, paid_fen FROM relist_watch
			WHERE sku_id = :skuId AND caught_at IS NULL AND watch_until >= :at AND cancelled_at <= :at
			  AND unit_price_fen < :priceFen
			""";
	private static final String CATCH = """
			UPDATE relist_watch SET caught_at = :at WHERE order_id = :orderId AND caught_at IS NULL
			""";

	private final JdbcClient jdbc;

	RelistWatches(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void watch(Watch watch, Instant cancelledAt, Instant until) {
		jdbc.sql(INSERT).param("orderId", watch.orderId()).param("buyerId", watch.buyerId())
			.param("merchantId", watch.merchantId()).param("skuId", watch.skuId())
			.param("unitPrice", watch.unitPriceFen()).param("quantity", watch.quantity())
			.param("paidFen", watch.paidFen()).param("cancelledAt", SqlTime.of(cancelledAt))
			.param("until", SqlTime.of(until)).update();
	}

	/** The watched orders of the SKU that a price of {@code priceFen} at {@code at} exceeds. */
	List<Watch> exceededBy(String skuId, long priceFen, Instant at) {
		return jdbc.sql(EXCEEDED_BY).param("skuId", skuId).param("priceFen", priceFen).param("at", SqlTime.of(at))
			.query((rs, n) -> new Watch(rs.getString("order_id"), rs.getString("buyer_id"), rs.getString("merchant_id"),
					rs.getString("sku_id"), rs.getLong("unit_price_fen"), rs.getInt("quantity"), rs.getLong("paid_fen")))
			.list();
	}

	/** Answers whether this transaction is the one that caught the order's watch. */
	boolean catchOnce(String orderId, Instant at) {
		return jdbc.sql(CATCH).param("orderId", orderId).param("at", SqlTime.of(at)).update() > 0;
	}
}
