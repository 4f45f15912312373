package com.orderkeep.ordering;

import java.time.Instant;

import org.jmolecules.event.types.DomainEvent;

/**
 * The buyer received an order, or it was confirmed for them when the confirmation window ran out; the merchant
 * may now be paid {@code settledFen}.
 */
public record OrderCompleted(String orderId, String buyerId, String merchantId, long settledFen, String actor,
		Instant occurredAt) implements DomainEvent {
}
