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
	SHIP_BY_SOON,

	/** The buyer's group completed (成团): the order is to be shipped. */
	GROUP_COMPLETE,

	/** The buyer's group failed or closed without them: the order is cancelled and anything paid refunded. */
	GROUP_FAILED
}
