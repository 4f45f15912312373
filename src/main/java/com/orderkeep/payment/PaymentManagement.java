package com.orderkeep.payment;

import java.time.Instant;
import java.util.List;

import com.orderkeep.ordering.OrderView;
import com.orderkeep.shared.Caller;

/**
 * Takes payments through the gateway, receives its callbacks, and keeps the ledger.
 */
public interface PaymentManagement {

	/**
	 * Charges the buyer for an order awaiting payment; the gateway captures and calls back at once. At most one capture
	 * is ever started per order: while one is under way, another pay (or a cancel) is refused with
	 * {@code PAYMENT_IN_PROGRESS}.
	 */
	OrderView pay(String orderId, Caller buyer);

	/**
	 * Handles a gateway callback: verifies its signature over the raw body, ignores a transaction seen before,
	 * records money that does not fit its order as an incident and returns it to the buyer, and records a transaction
	 * id that comes back with another order or amount as an incident without applying it.
	 */
	CallbackOutcome receiveCallback(byte[] rawBody, String signature);

	/** Every ledger posting about an order, oldest first. */
	List<Posting> ledger(String orderId);

	/** The payment incidents for the platform to look into, newest first. */
	IncidentPage incidents(int page, int size);

	/** How many refunds have been paid to buyers, and how much in all. */
	RefundFigures refunds();

	enum CallbackOutcome {
		APPLIED, DUPLICATE, RETURNED_TO_BUYER, IGNORED, INCIDENT_RECORDED
	}

	/** One line of the double-entry ledger; the lines of one journal sum to zero. */
	record Posting(String journalId, String orderId, String account, long amountFen, String kind, Instant at) {
	}

	/**
	 * Money that did not fit: {@code AMOUNT_MISMATCH}, {@code PAYMENT_NOT_APPLICABLE} (returned to the buyer), or
	 * {@code TRANSACTION_REUSED} (a gateway transaction id seen before with another order or amount, not applied).
	 */
	record Incident(String id, String kind, String orderId, String gatewayTxnId, long amountFen, String detail,
			Instant at) {
	}

	record IncidentPage(List<Incident> items, long total) {
	}

	record RefundFigures(long count, long amountFen) {
	}
}
