package com.orderkeep.ordering.internal;

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

import com.orderkeep.shared.SqlTime;

/**
 * The order_request table: which order each buyer's idempotency key created, and a fingerprint of the request, so a
 * repeat gets the same order and a different request under a used key is refused.
 */
@Repository
class IdempotencyKeys {

	private static final String INSERT = """
			INSERT INTO order_request (buyer_id, idempotency_key, request_hash, order_id, created_at)
			VALUES (:buyerId, :key, :hash, :orderId, :at)
			""";
	private static final String ONE = """
			SELECT request_hash, order_id FROM order_request WHERE buyer_id = :buyerId AND idempotency_key = :key
			""";
	/**
	 * Each (buyer, key) pair as one primary-key lookup. Two IN lists ({@code buyer_id IN (..) AND idempotency_key
	 * IN (..)}) let both databases search by buyer alone and walk every key the buyers ever used.
	 */
	private static final String OF_KEYS = """
			SELECT r.buyer_id, r.idempotency_key, r.request_hash, r.order_id
			FROM (VALUES :keys) AS k (buyer_id, idempotency_key)
			JOIN order_request r ON r.buyer_id = k.buyer_id AND r.idempotency_key = k.idempotency_key
			""";

	private final JdbcClient jdbc;
	private final NamedParameterJdbcTemplate batch;

	IdempotencyKeys(JdbcClient jdbc, NamedParameterJdbcTemplate batch) {
		this.jdbc = jdbc;
		this.batch = batch;
	}

	record Key(String buyerId, String idempotencyKey) {
	}

	record Recorded(String requestHash, String orderId) {
	}

	record New(Key key, String requestHash, String orderId) {
	}

	Optional<Recorded> find(Key key) {
		return jdbc.sql(ONE).param("buyerId", key.buyerId()).param("key", key.idempotencyKey())
			.query((rs, n) -> new Recorded(rs.getString("request_hash"), rs.getString("order_id")))
			.optional();
	}

	Map<Key, Recorded> find(Collection<Key> keys) {
		Map<Key, Recorded> found = new HashMap<>();
		if (keys.isEmpty()) {
			return found;
		}
		jdbc.sql(OF_KEYS)
			.param("keys", keys.stream().distinct().map(key -> new Object[] { key.buyerId(), key.idempotencyKey() }).toList())
			.query(rs -> {
				found.put(new Key(rs.getString("buyer_id"), rs.getString("idempotency_key")),
						new Recorded(rs.getString("request_hash"), rs.getString("order_id")));
			});
		return found;
	}

	void record(List<New> requests, Instant at) {
		batch.batchUpdate(INSERT, requests.stream()
			.map(r -> new MapSqlParameterSource().addValue("buyerId", r.key().buyerId())
				.addValue("key", r.key().idempotencyKey()).addValue("hash", r.requestHash())
				.addValue("orderId", r.orderId()).addValue("at", SqlTime.of(at)))
			.toArray(SqlParameterSource[]::new));
	}
}
