package com.orderkeep.ordering.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import com.orderkeep.ordering.OrderView;
import com.orderkeep.shared.LocalizedText;
import com.orderkeep.shared.SqlTime;

/**
 * The order_compensation table: the compensations granted on each order, one row per grant.
 */
@Repository
class Compensations {

	private static final String INSERT = """
			INSERT INTO order_compensation (order_id, grant_id, rule_code, rule_version, amount_fen, kind, funded_by,
			    granted_at, message_zh, message_en)
			VALUES (:orderId, :grantId, :ruleCode, :ruleVersion, :amountFen, :kind, :fundedBy, :at, :zh, :en)
			""";
	private static final String GRANTED = """
			SELECT COUNT(*) FROM order_compensation WHERE order_id = :orderId AND grant_id = :grantId
			""";
	private static final String OF_ORDERS = """
			SELECT order_id, rule_code, rule_version, amount_fen, kind, funded_by, granted_at, message_zh, message_en
			FROM order_compensation WHERE order_id IN (:orders) ORDER BY order_id, granted_at, grant_id
			""";

	private final JdbcClient jdbc;

	Compensations(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void record(String orderId, Order.Compensation c) {
		jdbc.sql(INSERT).param("orderId", orderId).param("grantId", c.grantId()).param("ruleCode", c.ruleCode())
			.param("ruleVersion", c.ruleVersion()).param("amountFen", c.amountFen()).param("kind", c.kind())
			.param("fundedBy", c.fundedBy()).param("at", SqlTime.of(c.at())).param("zh", c.message().zh())
			.param("en", c.message().en()).update();
	}

	boolean granted(String orderId, String grantId) {
		return jdbc.sql(GRANTED).param("orderId", orderId).param("grantId", grantId).query(Long.class).single() > 0;
	}

	Map<String, List<OrderView.Compensation>> of(Collection<String> orderIds) {
		Map<String, List<OrderView.Compensation>> compensations = new LinkedHashMap<>();
		if (orderIds.isEmpty()) {
			return compensations;
		}
		jdbc.sql(OF_ORDERS).param("orders", orderIds).query(rs -> {
			compensations.computeIfAbsent(rs.getString("order_id"), id -> new ArrayList<>())
				.add(new OrderView.Compensation(rs.getString("rule_code"), rs.getInt("rule_version"),
						rs.getLong("amount_fen"), rs.getString("kind"), rs.getString("funded_by"),
						SqlTime.read(rs, "granted_at"),
						new LocalizedText(rs.getString("message_zh"), rs.getString("message_en"))));
		});
		return compensations;
	}
}
