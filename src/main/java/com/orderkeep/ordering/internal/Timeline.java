package com.orderkeep.ordering.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import com.orderkeep.ordering.OrderStatus;
import com.orderkeep.ordering.OrderView.TimelineEntry;
import com.orderkeep.shared.LocalizedText;
import com.orderkeep.shared.SqlTime;

/**
 * The order_event table: every change of every order, in order, never changed or deleted. An entry's sequence number
 * is the order's version after the change, so two writers can never both append the same step.
 */
@Repository
class Timeline {

	private static final String APPEND = """
			INSERT INTO order_event (order_id, seq, occurred_at, status, event, actor, reason_code, message_zh, message_en)
			VALUES (:orderId, :seq, :at, :status, :event, :actor, :reasonCode, :zh, :en)
			""";
	private static final String OF_ORDERS = """
			SELECT order_id, occurred_at, status, event, actor, reason_code, message_zh, message_en
			FROM order_event WHERE order_id IN (:orders) ORDER BY order_id, seq
			""";

	private final JdbcClient jdbc;
	private final NamedParameterJdbcTemplate batch;

	Timeline(JdbcClient jdbc, NamedParameterJdbcTemplate batch) {
		this.jdbc = jdbc;
		this.batch = batch;
	}

	record Step(String orderId, int seq, OrderChange change) {
	}

	void append(List<Step> steps) {
		batch.batchUpdate(APPEND, steps.stream().map(Timeline::parameters).toArray(SqlParameterSource[]::new));
	}

	Map<String, List<TimelineEntry>> of(Collection<String> orderIds) {
		Map<String, List<TimelineEntry>> timelines = new LinkedHashMap<>();
		if (orderIds.isEmpty()) {
			return timelines;
		}
		jdbc.sql(OF_ORDERS).param("orders", orderIds).query(rs -> {
			timelines.computeIfAbsent(rs.getString("order_id"), id -> new ArrayList<>())
				.add(new TimelineEntry(SqlTime.read(rs, "occurred_at"), OrderStatus.valueOf(rs.getString("status")),
						rs.getString("event"), rs.getString("actor"), rs.getString("reason_code"),
						new LocalizedText(rs.getString("message_zh"), rs.getString("message_en"))));
		});
		return timelines;
	}

	static TimelineEntry entry(OrderChange change) {
		return new TimelineEntry(change.at(), change.status(), change.event(), change.actor().asText(),
				change.reasonCode(), change.message());
	}

	private static SqlParameterSource parameters(Step step) {
		OrderChange change = step.change();
		LocalizedText message = change.message();
		return new MapSqlParameterSource()
			.addValue("orderId", step.orderId())
			.addValue("seq", step.seq())
			.addValue("at", SqlTime.of(change.at()))
			.addValue("status", change.status().name())
			.addValue("event", change.event())
			.addValue("actor", change.actor().asText())
			.addValue("reasonCode", change.reasonCode(), java.sql.Types.VARCHAR)
			.addValue("zh", message.zh())
			.addValue("en", message.en());
	}
}
