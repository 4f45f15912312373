package com.orderkeep.ordering;

import java.time.Instant;

import org.jmolecules.event.types.DomainEvent;

/**
 * The merchant shipped an order.
 */
public record OrderShipped(String orderId, String merchantId, String carrier, String trackingNo, Instant occurredAt)
		implements DomainEvent {
}
