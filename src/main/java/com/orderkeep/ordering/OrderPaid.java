package com.orderkeep.ordering;

import java.time.Instant;

import org.jmolecules.event.types.DomainEvent;

/**
 * The buyer's payment for an order was captured.
 */
public record OrderPaid(String orderId, String buyerId, String merchantId, long paidFen, String gatewayTxnId,
		Instant occurredAt) implements DomainEvent {
}
