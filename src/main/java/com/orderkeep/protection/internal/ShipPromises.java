package com.orderkeep.protection.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import com.orderkeep.shared.SqlTime;

/**
 * The ship_promise table: for every paid order, by when its merchant must ship, whether its product was delisted
 * meanwhile, and how the promise ended.
 */
@Repository
class ShipPromises {

	/** How a promise ended. */
	enum Outcome {
		SHIPPED, SHIPPED_LATE, CANCELLED_BY_MERCHANT, CANCELLED, BROKEN
	}

	/** What was bought, for the rules about its price. */
	record Purchase(String productId, String skuId, long unitPriceFen, int quantity) {
	}

	record Promise(String orderId, String buyerId, String merchantId, long paidFen, Instant paidAt, Instant shipBy,
			@Nullable String delistingReason, @Nullable Outcome outcome, Purchase purchase) {

		boolean open() {
			return outcome == null;
		}

		boolean delisted() {
			return delistingReason != null;
		}

		/** The order was cancelled, so nothing about its price is owed any more. */
		boolean cancelled() {
			return outcome == Outcome.CANCELLED || outcome == Outcome.CANCELLED_BY_MERCHANT || outcome == Outcome.BROKEN;
		}
	}

	private static final String INSERT = """
			INSERT INTO ship_promise (order_id, buyer_id, merchant_id, paid_fen, paid_at, ship_by, remind_at, product_id,
			    sku_id, unit_price_fen, quantity)
			SELECT :orderId, :buyerId, :merchantId, :paidFen, :paidAt, :shipBy, :remindAt, :productId, :skuId, :unitPrice,
			    :quantity FROM (VALUES (0)) AS one (x)
			WHERE NOT EXISTS (SELECT 1 FROM ship_promise WHERE order_id = :orderId)
			""";
	private static final String COLUMNS = """
			SELECT order_id, buyer_id, merchant_id, paid_fen, paid_at, ship_by, delisting_reason, outcome, product_id,
			    sku_id, unit_price_fen, quantity FROM ship_promise
			""";
	private static final String FIND = COLUMNS + " WHERE order_id = :orderId";
	private static final String PAID_FOR_SKU_SINCE = COLUMNS + " WHERE sku_id = :skuId AND paid_at >= :since";
	private static final String DELISTED = """
			UPDATE ship_promise SET delisting_reason = :reason, delisted_at = :at,
			    ship_by = CASE WHEN ship_by < :notBefore THEN :notBefore ELSE ship_by END,
			    remind_at = CASE WHEN ship_by < :notBefore THEN :remindAt ELSE remind_at END
			WHERE order_id = :orderId AND outcome IS NULL
			""";
	private static final String CLOSE = """
			UPDATE ship_promise SET outcome = :outcome, closed_at = :at WHERE order_id = :orderId AND outcome IS NULL
			""";
	private static final String TO_REMIND = """
			SELECT order_id FROM ship_promise
			WHERE remind_at <= :now AND reminded_at IS NULL AND outcome IS NULL ORDER BY remind_at LIMIT :limit
			""";
	private static final String CLAIM_REMINDER = """
			UPDATE ship_promise SET reminded_at = :now
			WHERE order_id = :orderId AND reminded_at IS NULL AND outcome IS NULL
			""";

	private final JdbcClient jdbc;

	ShipPromises(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Records the promise of a newly paid order; a payment seen again records nothing more. */
	boolean add(String orderId, String buyerId, String merchantId, long paidFen, Instant paidAt, Instant shipBy,
			Instant remindAt, Purchase purchase) {
		return jdbc.sql(INSERT).param("orderId", orderId).param("buyerId", buyerId).param("merchantId", merchantId)
			.param("paidFen", paidFen).param("paidAt", SqlTime.of(paidAt)).param("shipBy", SqlTime.of(shipBy))
			.param("remindAt", SqlTime.of(remindAt)).param("productId", purchase.productId())
			.param("skuId", purchase.skuId()).param("unitPrice", purchase.unitPriceFen())
			.param("quantity", purchase.quantity()).update() > 0;
	}

	/** The promises of the orders of a SKU paid from {@code since} on. */
	List<Promise> paidForSkuSince(String skuId, Instant since) {
		return jdbc.sql(PAID_FOR_SKU_SINCE).param("skuId", skuId).param("since", SqlTime.of(since))
			.query(ShipPromises::map).list();
	}

	Optional<Promise> find(String orderId) {
		return jdbc.sql(FIND).param("orderId", orderId).query(ShipPromises::map).optional();
	}

	/** The product was delisted: the promise says so, and never ends before {@code notBefore}. */
	void delisted(String orderId, String reason, Instant at, Instant notBefore, Instant remindAt) {
		jdbc.sql(DELISTED).param("orderId", orderId).param("reason", reason).param("at", SqlTime.of(at))
			.param("notBefore", SqlTime.of(notBefore)).param("remindAt", SqlTime.of(remindAt)).update();
	}

	void close(String orderId, Outcome outcome, Instant at) {
		jdbc.sql(CLOSE).param("orderId", orderId).param("outcome", outcome.name()).param("at", SqlTime.of(at)).update();
	}

	List<String> toRemind(Instant now, int limit) {
		return jdbc.sql(TO_REMIND).param("now", SqlTime.of(now)).param("limit", limit).query(String.class).list();
	}

	/** Answers whether this transaction is the one that reminds the merchant of the order. */
	boolean claimReminder(String orderId, Instant now) {
		return jdbc.sql(CLAIM_REMINDER).param("orderId", orderId).param("now", SqlTime.of(now)).update() > 0;
	}

	private static Promise map(ResultSet rs, int row) throws SQLException {
		String outcome = rs.getString("outcome");
		return new Promise(rs.getString("order_id"), rs.getString("buyer_id"), rs.getString("merchant_id"),
				rs.getLong("paid_fen"), SqlTime.read(rs, "paid_at"), SqlTime.read(rs, "ship_by"),
				rs.getString("delisting_reason"), outcome == null ? null : Outcome.valueOf(outcome),
				new Purchase(rs.getString("product_id"), rs.getString("sku_id"), rs.getLong("unit_price_fen"),
						rs.getInt("quantity")));
	}
}
