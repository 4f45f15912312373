package com.orderkeep.protection;

import java.time.Instant;

import org.jmolecules.event.types.DomainEvent;

/**
 * A paid order's shipping promise ends soon and the merchant has not shipped it yet: the merchant is reminded, so
 * that it ships or cancels with a reason before the platform cancels for it.
 */
public record ShipBySoon(String orderId, String merchantId, Instant shipBy, Instant occurredAt) implements DomainEvent {
}
