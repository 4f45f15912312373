package com.orderkeep.ordering;

import java.time.Instant;
import java.util.List;

import org.jmolecules.event.types.DomainEvent;

import com.orderkeep.shared.BatchEvent;

/**
 * The orders one placement batch committed together, in one event: a listener's after-commit work is recorded once
 * per batch and listener (one row of the event publication registry), not once per order, and the batch itself is
 * stored once for all listeners ({@link BatchEvent}), so listening to placement keeps the batching writer's speed.
 * Each order in it is acknowledged and awaits payment; all were placed at {@code occurredAt}, the batch's time.
 */
public record OrdersPlaced(String batchId, Instant occurredAt, List<OrderPlaced> orders) implements DomainEvent, BatchEvent {

	public OrdersPlaced {
		orders = List.copyOf(orders);
	}
}
