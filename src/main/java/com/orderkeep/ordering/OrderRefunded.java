package com.orderkeep.ordering;

import java.time.Instant;

import org.jmolecules.event.types.DomainEvent;

/**
 * Money went back to the buyer of an order through the gateway; {@code cause} names the refund (an order is refunded
 * once per cause).
 */
public record OrderRefunded(String orderId, String buyerId, String merchantId, long amountFen, String cause,
		Instant occurredAt)
		implements DomainEvent {
}
