package com.orderkeep.ordering.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.orderkeep.ordering.OrderStatus;
import com.orderkeep.ordering.figures.OrderFigures;
import com.orderkeep.shared.SqlTime;

@Service
@Transactional(readOnly = true)
class OrderFiguresImpl implements OrderFigures {

	private static final String BY_STATUS = "SELECT status, COUNT(*) AS orders FROM orders GROUP BY status";
	private static final String AFFECTED = "SELECT COUNT(*) FROM orders WHERE affected_by_delisting = TRUE";
	/** One pair of columns per period ({@code p0, a0, p1, a1, …}), so that any number of periods is one scan. */
	private static final String PERIOD_COLUMNS = """
			, SUM(CASE WHEN created_at >= :b%1$d AND created_at < :b%2$d THEN 1 ELSE 0 END) AS p%1$d\
			, SUM(CASE WHEN created_at >= :b%1$d AND created_at < :b%2$d AND affected_by_delisting THEN 1 ELSE 0 END) AS a%1$d
			""";
	private static final String PLACED_IN = """
			SELECT status%s FROM orders WHERE created_at >= :b0 AND created_at < :b%d GROUP BY status
			""";
	private static final int MAX_PERIODS = 366;

	private final JdbcClient jdbc;

	OrderFiguresImpl(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Map<OrderStatus, Long> byStatus() {
		Map<OrderStatus, Long> counts = zeros();
		jdbc.sql(BY_STATUS).query(rs -> {
			counts.put(OrderStatus.valueOf(rs.getString("status")), rs.getLong("orders"));
		});
		return counts;
	}

	@Override
	public long affectedByDelisting() {
		return jdbc.sql(AFFECTED).query(Long.class).single();
	}

	@Override
	public List<Period> placedIn(List<Instant> boundaries) {
		int periods = boundaries.size() - 1;
		if (periods < 1 || periods > MAX_PERIODS) {
			throw new IllegalArgumentException("between 1 and " + MAX_PERIODS + " periods, not " + periods);
		}
		StringBuilder columns = new StringBuilder();
		for (int i = 0; i < periods; i++) {
			if (!boundaries.get(i).isBefore(boundaries.get(i + 1))) {
				throw new IllegalArgumentException("boundaries must ascend");
			}
			columns.append(PERIOD_COLUMNS.formatted(i, i + 1).strip());
		}
		JdbcClient.StatementSpec query = jdbc.sql(PLACED_IN.formatted(columns, periods));
		for (int i = 0; i <= periods; i++) {
			query = query.param("b" + i, SqlTime.of(boundaries.get(i)));
		}
		List<Map<OrderStatus, Long>> byStatus = new ArrayList<>();
		long[] affected = new long[periods];
		for (int i = 0; i < periods; i++) {
			byStatus.add(zeros());
		}
		query.query(rs -> {
			OrderStatus status = OrderStatus.valueOf(rs.getString("status"));
			for (int i = 0; i < periods; i++) {
				byStatus.get(i).put(status, rs.getLong("p" + i));
				affected[i] += rs.getLong("a" + i);
			}
		});
		List<Period> answer = new ArrayList<>();
		for (int i = 0; i < periods; i++) {
			answer.add(new Period(boundaries.get(i), boundaries.get(i + 1), byStatus.get(i), affected[i]));
		}
		return answer;
	}

	private static Map<OrderStatus, Long> zeros() {
		Map<OrderStatus, Long> counts = new EnumMap<>(OrderStatus.class);
		for (OrderStatus status : OrderStatus.values()) {
			counts.put(status, 0L);
		}
		return counts;
	}
}
