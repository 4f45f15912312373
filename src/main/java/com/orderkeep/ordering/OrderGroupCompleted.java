package com.orderkeep.ordering;

import java.time.Instant;

import org.jmolecules.event.types.DomainEvent;

/**
 * A paid order's group completed (成团): the order moved from {@link OrderStatus#GROUPING} to
 * {@link OrderStatus#TO_SHIP}, in the same transaction as every other member's. {@code byMerchant} when the merchant
 * chose to ship the group before it filled. Names what was bought, as {@link OrderPaid} does, for the shipping
 * promise that starts now.
 */
public record OrderGroupCompleted(String orderId, String buyerId, String merchantId, String groupId, String productId,
		String skuId, String category, int quantity, long paidFen, boolean byMerchant, Instant occurredAt)
		implements DomainEvent {
}
