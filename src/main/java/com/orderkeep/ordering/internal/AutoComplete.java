package com.orderkeep.ordering.internal;

import java.time.Instant;

import org.springframework.stereotype.Component;

import com.orderkeep.ordering.OrderStatus;
import com.orderkeep.ordering.deadlines.DeadlineKind;

/**
 * A shipped order whose buyer did not confirm receipt within the confirmation window completes by itself.
 */
@Component
class AutoComplete implements DeadlineKind {

	static final String NAME = "AUTO_COMPLETE";

	private final OrderTransitions transitions;

	AutoComplete(OrderTransitions transitions) {
		this.transitions = transitions;
	}

	@Override
	public String name() {
		return NAME;
	}

	@Override
	public boolean fallsDue(String orderId, Instant dueAt) {
		Order order = transitions.load(orderId);
		if (order.status() == OrderStatus.SHIPPED) {
			transitions.change(order, o -> o.completeAutomatically(dueAt));
		}
		return true;
	}
}
