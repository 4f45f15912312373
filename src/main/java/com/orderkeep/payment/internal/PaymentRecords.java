package com.orderkeep.payment.internal;

import java.time.Instant;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

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

	private final JdbcClient jdbc;

	PaymentRecords(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Records a gateway transaction; false if it was recorded before. */
	boolean recordTransaction(String gatewayTxnId, String orderId, String kind, long amountFen, Instant at) {
		if (seen(gatewayTxnId)) {
			return false;
		}
		try {
			jdbc.sql(INSERT_TRANSACTION).param("id", Ids.next()).param("txn", gatewayTxnId).param("orderId", orderId)
				.param("kind", kind).param("amount", amountFen).param("at", SqlTime.of(at)).update();
			return true;
		}
		catch (DuplicateKeyException concurrentDuplicate) {
			return false;
		}
	}

	private boolean seen(String gatewayTxnId) {
		return jdbc.sql("SELECT COUNT(*) FROM payment_transaction WHERE gateway_txn_id = :txn").param("txn", gatewayTxnId)
			.query(Long.class).single() > 0;
	}

	boolean refunded(String orderId, String cause) {
		return jdbc.sql("SELECT COUNT(*) FROM refund WHERE order_id = :orderId AND cause = :cause")
			.param("orderId", orderId).param("cause", cause).query(Long.class).single() > 0;
	}

	void recordRefund(String orderId, String cause, long amountFen, String gatewayTxnId, Instant at) {
		jdbc.sql(INSERT_REFUND).param("id", Ids.next()).param("orderId", orderId).param("cause", cause)
			.param("amount", amountFen).param("txn", gatewayTxnId).param("at", SqlTime.of(at)).update();
	}

	void recordIncident(String gatewayTxnId, String orderId, String kind, long amountFen, String detail, Instant at) {
		jdbc.sql(INSERT_INCIDENT).param("id", Ids.next()).param("txn", gatewayTxnId).param("orderId", orderId)
			.param("kind", kind).param("amount", amountFen).param("detail", detail).param("at", SqlTime.of(at)).update();
	}
}
