package com.orderkeep.ordering;

import java.time.Instant;

import org.jmolecules.event.types.DomainEvent;
import org.jspecify.annotations.Nullable;

/**
 * The buyer's payment for an order was captured; an order in a group ({@code groupId}) then waits in
 * {@link OrderStatus#GROUPING} until its group completes ({@link OrderGroupCompleted}). It names what was bought, so
 * that the rules that protect a paid order (its shipping promise, which depends on the product's category) need not
 * read the order again.
 */
public record OrderPaid(String orderId, String buyerId, String merchantId, String productId, String skuId,
		String category, int quantity, long paidFen, String gatewayTxnId, Instant occurredAt, @Nullable String groupId)
		implements DomainEvent {

	/** Whether the order is to be shipped now, rather than when its group completes. */
	public boolean toShip() {
		return groupId == null;
	}
}
