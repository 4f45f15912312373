package com.orderkeep.ordering.payments;

import com.orderkeep.shared.Caller;

/**
 * The door through which money reaches an order. Each call loads the order once and answers what the payment module
 * needs to decide what to do with the money, so it never has to work out by itself why money was not taken.
 */
public interface OrderPayments {

	/**
	 * The buyer starts paying the order: refused unless it awaits payment and no other payment of it is under way
	 * ({@code PAYMENT_IN_PROGRESS}), so at most one capture is started per order.
	 */
	PayableOrder startPayment(String orderId, Caller buyer);

	/**
	 * Applies a captured payment. An order that cannot take it (wrong amount, cancelled, paid already) records it and
	 * owes it back: {@link com.orderkeep.ordering.RefundDue} follows and the outcome says why.
	 */
	CaptureOutcome markPaid(String orderId, String gatewayTxnId, long amountFen);

	/** Records money returned to the buyer under a refund's cause (one refund per order and cause). */
	void markRefunded(String orderId, long amountFen, String cause);

	/** What the buyer paid that the order does not keep and has not been refunded yet. */
	long owedToBuyer(String orderId);

	/** The order a payment is started for: the number the gateway knows it by, and what it costs. */
	record PayableOrder(String orderId, String orderNo, long totalFen) {
	}

	/** What became of a captured payment, with the total the order asked for. */
	record CaptureOutcome(Result result, long orderTotalFen) {

		public boolean applied() {
			return result == Result.APPLIED;
		}
	}

	enum Result {

		/** The order took the payment: it is paid. */
		APPLIED,

		/** The amount is not the order's total: it goes back to the buyer. */
		WRONG_AMOUNT,

		/** The order was cancelled before the money came: it goes back to the buyer. */
		ORDER_CANCELLED,

		/** The order had been paid already: this second payment goes back to the buyer. */
		PAID_ALREADY
	}
}
