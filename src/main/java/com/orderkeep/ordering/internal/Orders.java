package com.orderkeep.ordering.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import com.orderkeep.ordering.CancelReason;
import com.orderkeep.ordering.OrderStatus;
import com.orderkeep.shared.Actor;
import com.orderkeep.shared.SqlTime;

/**
 * The orders table. Orders are inserted in batches and updated only when nobody changed them since they were read
 * (their version); there is no delete.
 */
@Repository
class Orders {

	private static final String INSERT = """
			INSERT INTO orders (id, order_no, buyer_id, merchant_id, status, quantity, unit_price_fen, total_fen,
			    product_id, sku_id, title, spec, price_fen, shop_name, category, payment_status, paid_fen, refunded_fen,
			    affected_by_delisting, flash_sale_id, group_id, created_at, version)
			VALUES (:id, :orderNo, :buyerId, :merchantId, :status, :quantity, :unitPriceFen, :totalFen,
			    :productId, :skuId, :title, :spec, :priceFen, :shopName, :category, :paymentStatus, :paidFen, :refundedFen,
			    :affectedByDelisting, :flashSaleId, :groupId, :createdAt, :version)
			""";
	private static final String UPDATE = """
			UPDATE orders SET status = :status, payment_status = :paymentStatus, paid_fen = :paidFen,
			    refunded_fen = :refundedFen, cancel_reason = :cancelReason, cancelled_by = :cancelledBy,
			    cancelled_at = :cancelledAt, cancel_note = :cancelNote, carrier = :carrier, tracking_no = :trackingNo,
			    affected_by_delisting = :affectedByDelisting, return_right_reason = :returnRightReason,
			    return_right_at = :returnRightAt, payment_started_at = :paymentStartedAt, version = :version
			WHERE id = :id AND version = :expectedVersion
			""";
	private static final String COLUMNS = """
			SELECT id, order_no, buyer_id, merchant_id, status, quantity, total_fen, product_id, sku_id, title, spec,
			    price_fen, shop_name, category, paid_fen, refunded_fen, cancel_reason, cancelled_by, cancelled_at,
			    cancel_note, carrier, tracking_no, affected_by_delisting, return_right_reason, return_right_at,
			    flash_sale_id, group_id, created_at, payment_started_at, version
			FROM orders
			""";
	private static final String BY_ID = COLUMNS + " WHERE id = :id";
	private static final String OPEN_FOR_PRODUCT = COLUMNS
			+ " WHERE product_id = :product AND status NOT IN ('COMPLETED', 'CANCELLED')";
	private static final String NEWEST_FIRST = " ORDER BY created_at DESC, id DESC LIMIT :limit OFFSET :offset";
	private static final String COUNT = "SELECT COUNT(*) FROM orders";

	private final JdbcClient jdbc;
	private final NamedParameterJdbcTemplate batch;

	Orders(JdbcClient jdbc, NamedParameterJdbcTemplate batch) {
		this.jdbc = jdbc;
		this.batch = batch;
	}

	record Query(@Nullable String buyerId, @Nullable String merchantId, @Nullable OrderStatus status,
			boolean affectedByDelistingOnly) {
	}

	void insertAll(List<Order> orders) {
		batch.batchUpdate(INSERT, orders.stream().map(Orders::insertParameters).toArray(SqlParameterSource[]::new));
	}

	/** Saves the order's changes; false if someone else changed it first. */
	boolean update(Order order, int expectedVersion) {
		Order.State s = order.state();
		Order.Cancellation c = s.cancellation();
		Order.Shipment shipment = s.shipment();
		return jdbc.sql(UPDATE)
			.param("id", s.id())
			.param("expectedVersion", expectedVersion)
			.param("version", s.version())
			.param("status", s.status().name())
			.param("paymentStatus", order.paymentStatus().name())
			.param("paidFen", s.paidFen())
			.param("refundedFen", s.refundedFen())
			.param("cancelReason", c == null ? null : c.reason().name())
			.param("cancelledBy", c == null ? null : c.by().asText())
			.param("cancelledAt", c == null ? null : SqlTime.of(c.at()))
			.param("cancelNote", c == null ? null : c.note())
			.param("carrier", shipment == null ? null : shipment.carrier())
			.param("trackingNo", shipment == null ? null : shipment.trackingNo())
			.param("affectedByDelisting", s.affectedByDelisting())
			.param("returnRightReason", s.returnRight() == null ? null : s.returnRight().reasonCode())
			.param("returnRightAt", s.returnRight() == null ? null : SqlTime.of(s.returnRight().grantedAt()))
			.param("paymentStartedAt", SqlTime.of(s.paymentStartedAt()))
			.update() == 1;
	}

	Optional<Order> find(String orderId) {
		return jdbc.sql(BY_ID).param("id", orderId).query(Orders::map).optional();
	}

	List<Order> openForProduct(String productId) {
		return jdbc.sql(OPEN_FOR_PRODUCT).param("product", productId).query(Orders::map).list();
	}

	List<Order> page(Query query, int page, int size) {
		return filtered(COLUMNS, query, NEWEST_FIRST).param("limit", size).param("offset", (long) page * size)
			.query(Orders::map).list();
	}

	long count(Query query) {
		return filtered(COUNT, query, "").query(Long.class).single();
	}

	/** The statement with only the conditions the query asks for, so each list is served by its index. */
	private JdbcClient.StatementSpec filtered(String select, Query query, String tail) {
		List<String> conditions = new ArrayList<>();
		Map<String, Object> params = new HashMap<>();
		if (query.buyerId() != null) {
			conditions.add("buyer_id = :buyer");
			params.put("buyer", query.buyerId());
		}
		if (query.merchantId() != null) {
			conditions.add("merchant_id = :merchant");
			params.put("merchant", query.merchantId());
		}
		if (query.status() != null) {
			conditions.add("status = :status");
			params.put("status", query.status().name());
		}
		if (query.affectedByDelistingOnly()) {
			conditions.add("affected_by_delisting = TRUE");
		}
		String where = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
		return jdbc.sql(select + where + tail).params(params);
	}

	private static SqlParameterSource insertParameters(Order order) {
		Order.State s = order.state();
		Order.Snapshot snapshot = s.snapshot();
		return new MapSqlParameterSource()
			.addValue("id", s.id())
			.addValue("orderNo", s.orderNo())
			.addValue("buyerId", s.buyerId())
			.addValue("merchantId", snapshot.merchantId())
			.addValue("status", s.status().name())
			.addValue("quantity", s.quantity())
			.addValue("unitPriceFen", snapshot.priceFen())
			.addValue("totalFen", s.totalFen())
			.addValue("productId", snapshot.productId())
			.addValue("skuId", snapshot.skuId())
			.addValue("title", snapshot.title())
			.addValue("spec", snapshot.spec())
			.addValue("priceFen", snapshot.priceFen())
			.addValue("shopName", snapshot.shopName())
			.addValue("category", snapshot.category())
			.addValue("paymentStatus", order.paymentStatus().name())
			.addValue("paidFen", s.paidFen())
			.addValue("refundedFen", s.refundedFen())
			.addValue("affectedByDelisting", s.affectedByDelisting())
			.addValue("flashSaleId", s.flashSaleId(), java.sql.Types.VARCHAR)
			.addValue("groupId", s.groupId(), java.sql.Types.VARCHAR)
			.addValue("createdAt", SqlTime.of(s.createdAt()))
			.addValue("version", s.version());
	}

	private static Order map(ResultSet rs, int row) throws SQLException {
		Order.Snapshot snapshot = new Order.Snapshot(rs.getString("product_id"), rs.getString("sku_id"),
				rs.getString("merchant_id"), rs.getString("title"), rs.getString("spec"), rs.getLong("price_fen"),
				rs.getString("shop_name"), rs.getString("category"));
		String reason = rs.getString("cancel_reason");
		Order.Cancellation cancellation = reason == null ? null
				: new Order.Cancellation(CancelReason.valueOf(reason), Actor.parse(rs.getString("cancelled_by")),
						SqlTime.read(rs, "cancelled_at"), rs.getString("cancel_note"));
		String carrier = rs.getString("carrier");
		Order.Shipment shipment = carrier == null ? null : new Order.Shipment(carrier, rs.getString("tracking_no"));
		String returnReason = rs.getString("return_right_reason");
		Order.ReturnRight returnRight = returnReason == null ? null
				: new Order.ReturnRight(returnReason, SqlTime.read(rs, "return_right_at"));
		return Order.restore(new Order.State(rs.getString("id"), rs.getString("order_no"), rs.getString("buyer_id"),
				snapshot, rs.getInt("quantity"), rs.getLong("total_fen"), SqlTime.read(rs, "created_at"),
				rs.getString("flash_sale_id"), rs.getString("group_id"), OrderStatus.valueOf(rs.getString("status")),
				rs.getLong("paid_fen"), rs.getLong("refunded_fen"), cancellation, shipment,
				rs.getBoolean("affected_by_delisting"), returnRight, SqlTime.readNullable(rs, "payment_started_at"),
				rs.getInt("version")));
	}
}
