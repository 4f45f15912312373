package com.orderkeep.ordering.internal;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import com.orderkeep.ordering.CancelReason;
import com.orderkeep.ordering.OrderStatus;
import com.orderkeep.ordering.grouping.GroupOrders;
import com.orderkeep.shared.Actor;

@Service
@Transactional(propagation = Propagation.MANDATORY)
class GroupOrdersImpl implements GroupOrders {

	private final OrderTransitions transitions;

	GroupOrdersImpl(OrderTransitions transitions) {
		this.transitions = transitions;
	}

	@Override
	public boolean complete(String orderId, boolean byMerchant) {
		Order order = transitions.load(orderId);
		if (order.status() != OrderStatus.GROUPING) {
			return false;
		}
		transitions.change(order, o -> o.completeGroup(byMerchant, transitions.now()));
		return true;
	}

	@Override
	public Outcome close(String orderId, boolean failed) {
		Order order = transitions.load(orderId);
		if (order.status() != OrderStatus.PENDING_PAYMENT && order.status() != OrderStatus.GROUPING) {
			return Outcome.UNCHANGED;
		}
		if (order.paymentUnderWay(transitions.now())) {
			return Outcome.PAYMENT_UNDER_WAY;
		}
		CancelReason reason = failed ? CancelReason.GROUP_FAILED : CancelReason.GROUP_CLOSED;
		transitions.change(order, o -> o.cancel(reason, Actor.SYSTEM, null, transitions.now()));
		return Outcome.CANCELLED;
	}
}
