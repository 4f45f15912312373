package com.orderkeep.bench;

import java.util.concurrent.atomic.AtomicLong;

import org.springframework.modulith.events.ApplicationModuleListener;

import com.orderkeep.ordering.OrdersPlaced;

/**
 * Three listeners on order placement, as reputation, fraud checks and notifications will be: each counts the orders
 * it was told of, after commit, through Spring Modulith's event publication registry like any module's listener.
 */
public class PlacementListeners {

	private final AtomicLong reputation = new AtomicLong();
	private final AtomicLong fraud = new AtomicLong();
	private final AtomicLong notifications = new AtomicLong();

	@ApplicationModuleListener(id = "bench.reputation")
	void reputation(OrdersPlaced placed) {
		reputation.addAndGet(placed.orders().size());
	}

	@ApplicationModuleListener(id = "bench.fraud")
	void fraud(OrdersPlaced placed) {
		fraud.addAndGet(placed.orders().size());
	}

	@ApplicationModuleListener(id = "bench.notifications")
	void notifications(OrdersPlaced placed) {
		notifications.addAndGet(placed.orders().size());
	}

	@Override
	public String toString() {
		return "orders seen by the listeners: reputation " + reputation + ", fraud " + fraud + ", notifications "
				+ notifications;
	}
}
