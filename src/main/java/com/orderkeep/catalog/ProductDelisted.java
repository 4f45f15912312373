package com.orderkeep.catalog;

import java.time.Instant;

import org.jmolecules.event.types.DomainEvent;

/**
 * A product was taken off sale; orders already placed for it stand.
 */
public record ProductDelisted(String productId, String merchantId, DelistReason reason, String note, Instant occurredAt)
		implements DomainEvent {
}
