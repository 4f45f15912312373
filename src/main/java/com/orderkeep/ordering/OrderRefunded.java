package com.orderkeep.ordering;

import java.time.Instant;

import org.jmolecules.event.types.DomainEvent;

/**
 * Money went back to the buyer of an order through the gateway.
 */
public record OrderRefunded(String orderId, String buyerId, String merchantId, long amountFen, Instant occurredAt)
		implements DomainEvent {
}
