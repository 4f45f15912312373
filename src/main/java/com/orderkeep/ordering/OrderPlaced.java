package com.orderkeep.ordering;

import java.time.Instant;

import org.jmolecules.event.types.DomainEvent;

/**
 * An order was placed and its stock reserved; it awaits payment.
 */
public record OrderPlaced(String orderId, String buyerId, String merchantId, String skuId, int quantity, long totalFen,
		Instant occurredAt) implements DomainEvent {
}
