package com.orderkeep.ordering.internal;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import com.orderkeep.ordering.CancelReason;
import com.orderkeep.ordering.OrderStatus;
import com.orderkeep.shared.Actor;

/**
 * What each kind of deadline does when it falls due, in one transaction with stamping it resolved.
 */
@Component
@Transactional
class DeadlineResolution {

	private final OrderTransitions transitions;
	private final Deadlines deadlines;

	DeadlineResolution(OrderTransitions transitions, Deadlines deadlines) {
		this.transitions = transitions;
		this.deadlines = deadlines;
	}

	void resolve(Deadlines.Due due) {
		Order order = transitions.load(due.orderId());
		if (Deadlines.PAYMENT_DUE.equals(due.kind()) && order.status() == OrderStatus.PENDING_PAYMENT) {
			transitions.change(order, o -> o.cancel(CancelReason.PAYMENT_TIMEOUT, Actor.SYSTEM, null, due.dueAt()));
		}
		else if (Deadlines.AUTO_COMPLETE.equals(due.kind()) && order.status() == OrderStatus.SHIPPED) {
			transitions.change(order, o -> o.completeAutomatically(due.dueAt()));
		}
		deadlines.resolve(due.orderId(), due.kind(), transitions.now());
	}
}
