package com.orderkeep.ordering;

import java.util.List;

import org.jmolecules.event.types.DomainEvent;

/**
 * The orders one placement batch committed together, in one event: a listener's after-commit work is recorded once
 * per batch and listener (one row of the event publication registry), not once per order, so listening to placement
 * keeps the batching writer's speed. Each order in it is acknowledged and awaits payment.
 */
public record OrdersPlaced(List<OrderPlaced> orders) implements DomainEvent {

	public OrdersPlaced {
		orders = List.copyOf(orders);
	}
}
