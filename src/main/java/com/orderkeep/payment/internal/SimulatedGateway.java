package com.orderkeep.payment.internal;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.springframework.stereotype.Component;

/**
 * Stands in for the payment gateway: captures at once and produces the signed callback a real gateway would send;
 * refunds at once too.
 */
@Component
class SimulatedGateway {

	private final CallbackSignature signature;

	SimulatedGateway(CallbackSignature signature) {
		this.signature = signature;
	}

	record Callback(byte[] body, String signature) {
	}

	Callback capture(String orderId, long amountFen) {
		String body = "{\"gatewayTxnId\":\"SIM-" + UUID.randomUUID() + "\",\"orderId\":\"" + orderId
				+ "\",\"amountFen\":" + amountFen + ",\"status\":\"SUCCESS\"}";
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
}
