package com.orderkeep.ordering.internal;

import java.time.Instant;

import org.springframework.stereotype.Component;

import com.orderkeep.ordering.CancelReason;
import com.orderkeep.ordering.OrderStatus;
import com.orderkeep.ordering.deadlines.DeadlineKind;
import com.orderkeep.shared.Actor;

/**
 * An order left unpaid for the payment window is cancelled and its stock returned. A payment the buyer started
 * before the deadline holds the order a little longer: the deadline stays open until that payment was captured or
 * could no longer be.
 */
@Component
class PaymentDue implements DeadlineKind {

	static final String NAME = "PAYMENT_DUE";

	private final OrderTransitions transitions;

	PaymentDue(OrderTransitions transitions) {
		this.transitions = transitions;
	}

	@Override
	public String name() {
		return NAME;
	}

	@Override
	public boolean fallsDue(String orderId, Instant dueAt) {
		Order order = transitions.load(orderId);
		if (order.status() != OrderStatus.PENDING_PAYMENT) {
			return true;
		}
		Instant at = order.cancellableFrom(dueAt);
		if (at.isAfter(transitions.now())) {
			return false;
		}
		transitions.change(order, o -> o.cancel(CancelReason.PAYMENT_TIMEOUT, Actor.SYSTEM, null, at));
		return true;
	}
}
