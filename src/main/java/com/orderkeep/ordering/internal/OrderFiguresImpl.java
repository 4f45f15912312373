package com.orderkeep.ordering.internal;

import java.util.EnumMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.orderkeep.ordering.OrderStatus;
import com.orderkeep.ordering.figures.OrderFigures;

@Service
@Transactional(readOnly = true)
class OrderFiguresImpl implements OrderFigures {

	private static final String BY_STATUS = "SELECT status, COUNT(*) AS orders FROM orders GROUP BY status";
	private static final String AFFECTED = "SELECT COUNT(*) FROM orders WHERE affected_by_delisting = TRUE";

	private final JdbcClient jdbc;

	OrderFiguresImpl(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Map<OrderStatus, Long> byStatus() {
		Map<OrderStatus, Long> counts = new EnumMap<>(OrderStatus.class);
		for (OrderStatus status : OrderStatus.values()) {
			counts.put(status, 0L);
		}
		jdbc.sql(BY_STATUS).query(rs -> {
			counts.put(OrderStatus.valueOf(rs.getString("status")), rs.getLong("orders"));
		});
		return counts;
	}

	@Override
	public long affectedByDelisting() {
		return jdbc.sql(AFFECTED).query(Long.class).single();
	}
}
