package com.orderkeep.ordering.internal;

import java.time.Instant;
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

import com.orderkeep.ordering.OrderView.Deadline;
import com.orderkeep.shared.SqlTime;

/**
 * The order_deadline table: what must happen to an order by when. The scheduler resolves due deadlines and stamps
 * them; resolved ones stay as a record.
 */
@Repository
class Deadlines {

	private static final String INSERT = """
			INSERT INTO order_deadline (order_id, kind, due_at) VALUES (:orderId, :kind, :dueAt)
			""";
	private static final String RESOLVE = """
			UPDATE order_deadline SET resolved_at = :at WHERE order_id = :orderId AND kind = :kind AND resolved_at IS NULL
			""";
	private static final String POSTPONE = """
			UPDATE order_deadline SET due_at = :notBefore
			WHERE order_id = :orderId AND kind = :kind AND resolved_at IS NULL AND due_at < :notBefore
			""";
	private static final String RELEASE = """
			UPDATE order_deadline SET resolved_at = NULL WHERE order_id = :orderId AND kind = :kind
			""";
	private static final String OPEN_OF_ORDERS = """
			SELECT order_id, kind, due_at FROM order_deadline
			WHERE order_id IN (:orders) AND resolved_at IS NULL ORDER BY due_at
			""";
	private static final String DUE = """
			SELECT order_id, kind, due_at FROM order_deadline
			WHERE due_at <= :now AND resolved_at IS NULL ORDER BY due_at LIMIT :limit
			""";

	private final JdbcClient jdbc;
	private final NamedParameterJdbcTemplate batch;

	Deadlines(JdbcClient jdbc, NamedParameterJdbcTemplate batch) {
		this.jdbc = jdbc;
		this.batch = batch;
	}

	record Due(String orderId, String kind, Instant dueAt) {
	}

	void add(List<Due> deadlines) {
		batch.batchUpdate(INSERT, deadlines.stream()
			.map(d -> new MapSqlParameterSource().addValue("orderId", d.orderId()).addValue("kind", d.kind())
				.addValue("dueAt", SqlTime.of(d.dueAt())))
			.toArray(SqlParameterSource[]::new));
	}

	void resolve(String orderId, String kind, Instant at) {
		claim(orderId, kind, at);
	}

	void postpone(String orderId, String kind, Instant notBefore) {
		jdbc.sql(POSTPONE).param("orderId", orderId).param("kind", kind).param("notBefore", SqlTime.of(notBefore))
			.update();
	}

	/**
	 * Stamps an open deadline resolved; answers whether this transaction did (another that did first holds its row
	 * until it commits, and then this one finds nothing to stamp).
	 */
	boolean claim(String orderId, String kind, Instant at) {
		return jdbc.sql(RESOLVE).param("orderId", orderId).param("kind", kind).param("at", SqlTime.of(at)).update() > 0;
	}

	/** Opens again a deadline this transaction claimed but its kind did not settle. */
	void release(String orderId, String kind) {
		jdbc.sql(RELEASE).param("orderId", orderId).param("kind", kind).update();
	}

	Map<String, List<Deadline>> openOf(Collection<String> orderIds) {
		Map<String, List<Deadline>> open = new LinkedHashMap<>();
		if (orderIds.isEmpty()) {
			return open;
		}
		jdbc.sql(OPEN_OF_ORDERS).param("orders", orderIds).query(rs -> {
			open.computeIfAbsent(rs.getString("order_id"), id -> new ArrayList<>())
				.add(new Deadline(rs.getString("kind"), SqlTime.read(rs, "due_at")));
		});
		return open;
	}

	List<Due> due(Instant now, int limit) {
		return jdbc.sql(DUE).param("now", SqlTime.of(now)).param("limit", limit)
			.query((rs, n) -> new Due(rs.getString("order_id"), rs.getString("kind"), SqlTime.read(rs, "due_at")))
			.list();
	}
}
