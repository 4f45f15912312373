package com.orderkeep.payment.internal;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import com.orderkeep.payment.PaymentManagement.Incident;
import com.orderkeep.payment.PaymentManagement.RefundFigures;
import com.orderkeep.shared.Ids;
import com.orderkeep.shared.SqlTime;

/**
 * What the gateway told us (each of its transactions once), the refunds we made (each once per order and cause), and
 * the incidents that need a person's eye.
 */
@Repository
class PaymentRecords {

	private static final String INSERT_TRANSACTION = """
			INSERT INTO payment_transaction (id, gateway_txn_id, order_id, kind, amount_fen, occurred_at)
			VALUES (:id, :txn, :orderId, :kind, :amount, :at)
			""";
	private static final String INSERT_REFUND = """
			INSERT INTO refund (id, order_id, cause, amount_fen, gateway_txn_id, occurred_at)
			VALUES (:id, :orderId, :cause, :amount, :txn, :at)
			""";
	private static final String INSERT_INCIDENT = """
			INSERT INTO payment_incident (id, gateway_txn_id, order_id, kind, amount_fen, detail, occurred_at)
			VALUES (:id, :txn, :orderId, :kind, :amount, :detail, :at)
			""";

	private static final String BY_TXN = """
			SELECT order_id, kind, amount_fen FROM payment_transaction WHERE gateway_txn_id = :txn
			""";
	private static final String INCIDENTS = """
			SELECT id, kind, order_id, gateway_txn_id, amount_fen, detail, occurred_at FROM payment_incident
			ORDER BY occurred_at DESC, id DESC LIMIT :limit OFFSET :offset
			""";

	private static final String REFUND_FIGURES = """
			SELECT COUNT(*) AS refunds, COALESCE(SUM(amount_fen), 0) AS amount_fen FROM refund
			""";

	private final JdbcClient jdbc;

	PaymentRecords(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** What the gateway's transaction id was to us before this callback. */
	enum Seen {
		/** Never: recorded now. */
		FIRST_TIME,
		/** With the same order, kind and amount: a repeat of the same callback. */
		SAME,
		/** With another order, kind or amount: not the same transaction, whatever its id says. */
		CLASHING
	}

	/** Records a gateway transaction the first time its id is seen, and says how it was seen otherwise. */
	Seen recordTransaction(String gatewayTxnId, @Nullable String orderId, String kind, long amountFen, Instant at) {
		Optional<Seen> known = seen(gatewayTxnId, orderId, kind, amountFen);
		if (known.isPresent()) {
			return known.get();
		}
		try {
			jdbc.sql(INSERT_TRANSACTION).param("id", Ids.next()).param("txn", gatewayTxnId).param("orderId", orderId)
				.param("kind", kind).param("amount", amountFen).param("at", SqlTime.of(at)).update();
			return Seen.FIRST_TIME;
		}
		catch (DuplicateKeyException concurrentDuplicate) {
			return seen(gatewayTxnId, orderId, kind, amountFen).orElseThrow();
		}
	}

	private Optional<Seen> seen(String gatewayTxnId, @Nullable String orderId, String kind, long amountFen) {
		return jdbc.sql(BY_TXN).param("txn", gatewayTxnId)
			.query((rs, n) -> Objects.equals(orderId, rs.getString("order_id")) && kind.equals(rs.getString("kind"))
					&& amountFen == rs.getLong("amount_fen") ? Seen.SAME : Seen.CLASHING)
			.optional();
	}

	boolean refunded(String orderId, String cause) {
		return jdbc.sql("SELECT COUNT(*) FROM refund WHERE order_id = :orderId AND cause = :cause")
			.param("orderId", orderId).param("cause", cause).query(Long.class).single() > 0;
	}

	void recordRefund(String orderId, String cause, long amountFen, String gatewayTxnId, Instant at) {
		jdbc.sql(INSERT_REFUND).param("id", Ids.next()).param("orderId", orderId).param("cause", cause)
			.param("amount", amountFen).param("txn", gatewayTxnId).param("at", SqlTime.of(at)).update();
	}

	/** Records an incident once: the same cause reported again by the gateway adds nothing. */
	void recordIncident(String gatewayTxnId, String orderId, String kind, long amountFen, String detail, Instant at) {
		try {
			jdbc.sql(INSERT_INCIDENT).param("id", Ids.next()).param("txn", gatewayTxnId).param("orderId", orderId)
				.param("kind", kind).param("amount", amountFen).param("detail", detail).param("at", SqlTime.of(at))
				.update();
		}
		catch (DuplicateKeyException recordedBefore) {
			// the same incident, reported again
		}
	}

	List<Incident> incidents(int page, int size) {
		return jdbc.sql(INCIDENTS).param("limit", size).param("offset", (long) page * size)
			.query((rs, n) -> new Incident(rs.getString("id"), rs.getString("kind"), rs.getString("order_id"),
					rs.getString("gateway_txn_id"), rs.getLong("amount_fen"), rs.getString("detail"),
					SqlTime.read(rs, "occurred_at")))
			.list();
	}

	RefundFigures refundFigures() {
		return jdbc.sql(REFUND_FIGURES)
			.query((rs, row) -> new RefundFigures(rs.getLong("refunds"), rs.getLong("amount_fen")))
			.single();
	}

	long incidentCount() {
		return jdbc.sql("SELECT COUNT(*) FROM payment_incident").query(Long.class).single();
	}
}
