package com.orderkeep.ordering;

import java.time.Instant;

import org.jmolecules.event.types.DomainEvent;

/**
 * The product of a paid order was delisted (or banned by the platform) after the order was placed. The order stands
 * on its snapshot: the merchant must still ship it or cancel it with a reason, and the buyer is told so.
 * {@code reasonCode} is the delisting's reason, {@code BANNED} for a ban.
 */
public record OrderAffectedByDelisting(String orderId, String buyerId, String merchantId, OrderStatus status,
		String reasonCode, String note, Instant occurredAt) implements DomainEvent {
}
