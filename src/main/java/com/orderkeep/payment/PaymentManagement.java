package com.orderkeep.payment;

import java.util.List;

import com.orderkeep.ordering.OrderView;
import com.orderkeep.shared.Caller;

/**
 * Takes payments through the gateway, receives its callbacks, and keeps the ledger.
 */
public interface PaymentManagement {

	/** Charges the buyer for an order awaiting payment; the gateway captures and calls back at once. */
	OrderView pay(String orderId, Caller buyer);

	/**
	 * Handles a gateway callback: verifies its signature over the raw body, ignores a transaction seen before,
	 * records money that does not fit its order as an incident and returns it to the buyer.
	 */
	CallbackOutcome receiveCallback(byte[] rawBody, String signature);

	/** Every ledger posting about an order, oldest first. */
	List<Posting> ledger(String orderId);

	enum CallbackOutcome {
		APPLIED, DUPLICATE, RETURNED_TO_BUYER, IGNORED
	}

	/** One line of the double-entry ledger; the lines of one journal sum to zero. */
	record Posting(String journalId, String orderId, String account, long amountFen, String kind, java.time.Instant at) {
	}
}
