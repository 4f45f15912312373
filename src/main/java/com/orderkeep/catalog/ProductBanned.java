package com.orderkeep.catalog;

import java.time.Instant;

import org.jmolecules.event.types.DomainEvent;

/**
 * The platform took a product off sale for a violation; its merchant cannot put it back. Orders already placed for it
 * are treated like those of a delisted product, with {@code BANNED} as the reason.
 */
public record ProductBanned(String productId, String merchantId, String violation, Instant occurredAt)
		implements DomainEvent {
}
