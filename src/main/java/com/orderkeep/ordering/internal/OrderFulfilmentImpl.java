package com.orderkeep.ordering.internal;

import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.orderkeep.ordering.CancelReason;
import com.orderkeep.ordering.OrderStatus;
import com.orderkeep.ordering.fulfilment.OrderFulfilment;
import com.orderkeep.shared.Actor;

@Service
@Transactional
class OrderFulfilmentImpl implements OrderFulfilment {

	private static final Set<OrderStatus> AWAITING_SHIPMENT = Set.of(OrderStatus.TO_SHIP, OrderStatus.GROUPING);

	private final OrderTransitions transitions;

	OrderFulfilmentImpl(OrderTransitions transitions) {
		this.transitions = transitions;
	}

	@Override
	public boolean cancelNotShippedInTime(String orderId) {
		Order order = transitions.load(orderId);
		if (!AWAITING_SHIPMENT.contains(order.status())) {
			return false;
		}
		transitions.change(order,
				o -> o.cancel(CancelReason.NOT_SHIPPED_IN_TIME, Actor.SYSTEM, null, transitions.now()));
		return true;
	}
}
