package com.orderkeep.ordering.grouping;

/**
 * What group buy may do to the orders of its groups, each through the state machine. Joins the caller's
 * transaction, so that a group settles (its members' orders with it) in one commit or not at all.
 */
public interface GroupOrders {

	/**
	 * The order's group completed: a paid member waiting in {@code GROUPING} moves to {@code TO_SHIP}
	 * ({@link com.orderkeep.ordering.OrderGroupCompleted} follows). Answers whether it moved here; an order in any
	 * other status is left as it is.
	 */
	boolean complete(String orderId, boolean byMerchant);

	/**
	 * The order's group failed ({@code GROUP_FAILED}) or closed without it ({@code GROUP_CLOSED}, when the merchant
	 * shipped the group before it filled): a member's order that is not shipped yet is cancelled with that reason,
	 * its stock returned and anything paid refunded in full. Answers what became of it.
	 */
	Outcome close(String orderId, boolean failed);

	enum Outcome {

		/** Cancelled here; a paid order is owed its refund ({@link com.orderkeep.ordering.RefundDue}). */
		CANCELLED,

		/** A payment the buyer started holds the order; when it comes, the group's closing refunds it. */
		PAYMENT_UNDER_WAY,

		/** Cancelled, shipped or to be shipped already: nothing to do. */
		UNCHANGED
	}
}
