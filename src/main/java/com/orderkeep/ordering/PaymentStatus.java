package com.orderkeep.ordering;

/**
 * The money side of an order as the buyer sees it.
 */
public enum PaymentStatus {
	UNPAID, PAID, REFUNDING, REFUNDED, PARTIALLY_REFUNDED
}
