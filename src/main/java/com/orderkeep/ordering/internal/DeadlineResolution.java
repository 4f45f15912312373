package com.orderkeep.ordering.internal;

import java.time.Instant;

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

	/**
	 * A payment the buyer started before the deadline holds the order a little longer: the deadline stays due and is
	 * resolved once the payment was captured or could no longer be. Answers whether the deadline was resolved.
	 */
	boolean resolve(Deadlines.Due due) {
		Order order = transitions.load(due.orderId());
		if (Deadlines.PAYMENT_DUE.equals(due.kind()) && order.status() == OrderStatus.PENDING_PAYMENT) {
			Instant at = order.cancellableFrom(due.dueAt());
			if (at.isAfter(transitions.now())) {
				return false;
			}
			transitions.change(order, o -> o.cancel(CancelReason.PAYMENT_TIMEOUT, Actor.SYSTEM, null, at));
		}
		else if (Deadlines.AUTO_COMPLETE.equals(due.kind()) && order.status() == OrderStatus.SHIPPED) {
			transitions.change(order, o -> o.completeAutomatically(due.dueAt()));
		}
		deadlines.resolve(due.orderId(), due.kind(), transitions.now());
		return true;
	}
}
