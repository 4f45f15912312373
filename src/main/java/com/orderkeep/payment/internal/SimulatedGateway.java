package com.orderkeep.payment.internal;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.UUID;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import com.orderkeep.shared.SqlTime;

/**
 * Stands in for the payment gateway: captures at once and produces the signed callback a real gateway would send;
 * refunds at once too. Like a real gateway it keeps its own books (in a transaction of its own, whatever the caller
 * does) and captures a merchant order number at most once: asked again, it refuses and tells what it captured then.
 */
@Component
class SimulatedGateway {

	private static final String CAPTURE = """
			INSERT INTO simulated_gateway_capture (merchant_order_no, gateway_txn_id, order_id, amount_fen, captured_at)
			VALUES (:merchantOrderNo, :txn, :orderId, :amount, :at)
			""";
	private static final String CAPTURED = """
			SELECT gateway_txn_id, order_id, amount_fen FROM simulated_gateway_capture WHERE merchant_order_no = :merchantOrderNo
			""";

	private final CallbackSignature signature;
	private final JdbcClient jdbc;
	private final TransactionTemplate ownTransaction;
	private final Clock clock;

	SimulatedGateway(CallbackSignature signature, JdbcClient jdbc, PlatformTransactionManager transactions, Clock clock) {
		this.signature = signature;
		this.jdbc = jdbc;
		this.ownTransaction = new TransactionTemplate(transactions);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.clock = clock;
	}

	record Callback(byte[] body, String signature) {
	}

	/** How a capture request ended, with the callback that tells of the capture either way. */
	record Capture(boolean refusedAsRepeat, Callback callback) {
	}

	Capture capture(String merchantOrderNo, String orderId, long amountFen) {
		String txn = "SIM-" + UUID.randomUUID();
		try {
			ownTransaction.executeWithoutResult(status -> jdbc.sql(CAPTURE).param("merchantOrderNo", merchantOrderNo)
				.param("txn", txn).param("orderId", orderId).param("amount", amountFen)
				.param("at", SqlTime.of(clock.instant())).update());
			return new Capture(false, callback(txn, orderId, amountFen));
		}
		catch (DuplicateKeyException capturedBefore) {
			return ownTransaction.execute(status -> jdbc.sql(CAPTURED).param("merchantOrderNo", merchantOrderNo)
				.query((rs, n) -> new Capture(true,
						callback(rs.getString("gateway_txn_id"), rs.getString("order_id"), rs.getLong("amount_fen"))))
				.single());
		}
	}

	private Callback callback(String txn, String orderId, long amountFen) {
		String body = "{\"gatewayTxnId\":\"" + txn + "\",\"orderId\":\"" + orderId + "\",\"amountFen\":" + amountFen
				+ ",\"status\":\"SUCCESS\"}";
		byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
		return new Callback(bytes, signature.sign(bytes));
	}

	/**
	 * Returns money to the buyer's original payment method; answers the gateway's refund transaction id. Like a real
	 * gateway's, the call is idempotent on its key: asked again with the same key, it refunds nothing more and
	 * answers the same transaction.
	 */
	String refund(String orderId, long amountFen, String idempotencyKey) {
		return "SIM-RF-" + UUID.nameUUIDFromBytes(idempotencyKey.getBytes(StandardCharsets.UTF_8));
	}

	/**
	 * Takes money from a merchant (a deposit top-up) and answers the gateway's transaction id; captured at once, and
	 * idempotent on its key like a refund.
	 */
	String collect(String merchantId, long amountFen, String idempotencyKey) {
		return "SIM-CO-" + UUID.nameUUIDFromBytes(idempotencyKey.getBytes(StandardCharsets.UTF_8));
	}
}
