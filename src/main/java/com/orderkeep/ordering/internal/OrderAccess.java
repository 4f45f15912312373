package com.orderkeep.ordering.internal;

import org.springframework.stereotype.Component;

import com.orderkeep.ordering.OrderRefused;
import com.orderkeep.shared.Caller;
import com.orderkeep.shared.Role;

/**
 * Who may see and act on an order: its buyer, its merchant, agents and the platform. To anyone else it does not
 * exist ({@code NOT_FOUND}, never {@code FORBIDDEN}, so order ids cannot be probed).
 */
@Component
class OrderAccess {

	private final OrderTransitions transitions;

	OrderAccess(OrderTransitions transitions) {
		this.transitions = transitions;
	}

	Order visible(String orderId, Caller caller) {
		Order order = transitions.load(orderId);
		boolean visible = switch (caller.role()) {
			case BUYER -> order.buyerId().equals(caller.userId());
			case MERCHANT -> order.merchantId().equals(caller.merchantId());
			case AGENT, ADMIN -> true;
		};
		if (!visible) {
			throw OrderRefused.noSuchOrder(orderId);
		}
		return order;
	}

	Order ownedByBuyer(String orderId, Caller buyer) {
		return owned(orderId, buyer, Role.BUYER);
	}

	Order ownedByMerchant(String orderId, Caller merchant) {
		return owned(orderId, merchant, Role.MERCHANT);
	}

	private Order owned(String orderId, Caller caller, Role owner) {
		Order order = visible(orderId, caller);
		if (caller.role() != owner) {
			throw OrderRefused.noSuchOrder(orderId);
		}
		return order;
	}
}
