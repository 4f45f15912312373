package com.orderkeep.ordering;

import java.time.Instant;

import org.jmolecules.event.types.DomainEvent;

/**
 * An order was cancelled and its stock returned; {@code refundDueFen} is what the buyer gets back.
 */
public record OrderCancelled(String orderId, String buyerId, String merchantId, CancelReason reason, String actor,
		long refundDueFen, Instant occurredAt) implements DomainEvent {
}
