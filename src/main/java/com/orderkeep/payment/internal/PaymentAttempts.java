package com.orderkeep.payment.internal;

import java.time.Instant;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import com.orderkeep.shared.SqlTime;

/**
 * One payment attempt per order: what was asked of the gateway, under which merchant order number, and whether the
 * capture came back. A buyer who pays again after an attempt was lost (a crash before the capture came back) resumes
 * the same attempt, and the gateway, asked for the same merchant order number, never captures twice.
 */
@Repository
class PaymentAttempts {

	private static final String START = """
			INSERT INTO payment_attempt (order_id, merchant_order_no, amount_fen, status, started_at)
			VALUES (:orderId, :merchantOrderNo, :amount, 'CAPTURING', :at)
			""";
	private static final String RESUME = """
			UPDATE payment_attempt SET started_at = :at WHERE order_id = :orderId AND status = 'CAPTURING'
			""";
	private static final String CAPTURED = """
			UPDATE payment_attempt SET status = 'CAPTURED', gateway_txn_id = :txn, captured_at = :at
			WHERE order_id = :orderId AND status = 'CAPTURING'
			""";
	private static final String EXISTS = "SELECT COUNT(*) FROM payment_attempt WHERE order_id = :orderId";

	private final JdbcClient jdbc;

	PaymentAttempts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Starts the order's attempt, or resumes the one a lost payment left open. */
	void start(String orderId, String merchantOrderNo, long amountFen, Instant at) {
		boolean known = jdbc.sql(EXISTS).param("orderId", orderId).query(Long.class).single() > 0;
		if (known) {
			jdbc.sql(RESUME).param("orderId", orderId).param("at", SqlTime.of(at)).update();
			return;
		}
		jdbc.sql(START).param("orderId", orderId).param("merchantOrderNo", merchantOrderNo).param("amount", amountFen)
			.param("at", SqlTime.of(at)).update();
	}

	/** The gateway's capture for the order was applied. */
	void captured(String orderId, String gatewayTxnId, Instant at) {
		jdbc.sql(CAPTURED).param("orderId", orderId).param("txn", gatewayTxnId).param("at", SqlTime.of(at)).update();
	}
}
