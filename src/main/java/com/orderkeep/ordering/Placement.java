package com.orderkeep.ordering;

import com.orderkeep.shared.LocalizedText;

/**
 * How a placement ended: an order (new, or the one an earlier request with the same key created), or a refusal.
 */
public sealed interface Placement {

	record Placed(OrderView order, boolean created) implements Placement {
	}

	record Refused(Reason reason, LocalizedText text) implements Placement {
	}

	/** Why no order was placed, in ordering's words; the web answers each with its problem code. */
	enum Reason {

		/** Not enough stock (or flash-sale stock) left for the quantity. */
		SOLD_OUT,

		/** No such SKU. */
		NO_SUCH_SKU,

		/** The product is delisted or banned. */
		DELISTED,

		/** The product's shop is suspended by the platform. */
		SHOP_SUSPENDED,

		/** The idempotency key was already used for a different request. */
		KEY_REUSED,

		/** No such flash sale for this SKU. */
		NO_SUCH_FLASH_SALE,

		/** The flash sale has not started or has ended. */
		FLASH_SALE_NOT_OPEN,

		/** More than the flash sale allows per buyer. */
		OVER_FLASH_SALE_LIMIT,

		/** No such group to join. */
		NO_SUCH_GROUP,

		/** The group has no free seat. */
		GROUP_FULL,

		/** The group is completed, failed or past its window. */
		GROUP_CLOSED,

		/** The SKU offers no group buy. */
		GROUP_BUY_NOT_OFFERED
	}
}
