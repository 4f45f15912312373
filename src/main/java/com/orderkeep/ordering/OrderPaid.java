package com.orderkeep.ordering;

import java.time.Instant;

import org.jmolecules.event.types.DomainEvent;

/**
 * The buyer's payment for an order was captured. It names what was bought, so that the rules that protect a paid
 * order (its shipping promise, which depends on the product's category) need not read the order again.
 */
public record OrderPaid(String orderId, String buyerId, String merchantId, String productId, String skuId,
		String category, int quantity, long paidFen, String gatewayTxnId, Instant occurredAt) implements DomainEvent {
}
