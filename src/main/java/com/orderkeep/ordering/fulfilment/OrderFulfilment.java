package com.orderkeep.ordering.fulfilment;

/**
 * What the rules that protect a paid order may do to it. Joins the caller's transaction, so that what the rule does
 * next (a compensation) commits with the cancel or not at all.
 */
public interface OrderFulfilment {

	/**
	 * Cancels a paid order that its merchant has not shipped by the promised time, for {@code NOT_SHIPPED_IN_TIME},
	 * and refunds it in full. Answers whether it was cancelled here: an order shipped, cancelled or completed
	 * meanwhile is left as it is.
	 */
	boolean cancelNotShippedInTime(String orderId);
}
