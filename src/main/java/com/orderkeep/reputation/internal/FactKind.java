package com.orderkeep.reputation.internal;

/**
 * What a merchant did to an order, as the fulfilment components count it.
 */
enum FactKind {
	/** The order was paid: the count each rate is taken of. */
	PAID,
	/** The merchant cancelled it after payment, or let the shipping promise lapse. */
	CANCELLED_AFTER_PAYMENT,
	/** The merchant delisted its product while it was paid and unshipped. */
	DELISTED_AFTER_ORDER,
	/** Shipped after the promise, or never shipped by it. */
	LATE_SHIPMENT,
	/** A platform rule compensated the buyer (one fact per grant). */
	COMPENSATION,
	/** Money went back to the buyer. */
	REFUND,
	/** The buyer cancelled it themselves: their refund says nothing of the merchant. */
	BUYER_CANCELLED
}
