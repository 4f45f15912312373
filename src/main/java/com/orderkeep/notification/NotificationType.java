package com.orderkeep.notification;

/**
 * What a notification tells its reader about.
 */
public enum NotificationType {

	/** An order was cancelled: to its buyer, and to its merchant when the platform cancelled it for not shipping. */
	ORDER_CANCELLED,

	/** Money went back to the buyer. */
	REFUNDED,

	/** The buyer was compensated under a platform rule. */
	COMPENSATED,

	/** The product of an order was delisted after it was ordered; the order stands. */
	PRODUCT_DELISTED,

	/** A paid order must ship soon: to its merchant. */
	SHIP_BY_SOON
}
