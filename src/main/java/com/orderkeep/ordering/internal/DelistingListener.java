package com.orderkeep.ordering.internal;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import com.orderkeep.catalog.ProductDelisted;

/**
 * Marks every open order of a delisted product, so the buyer is told their order stands and the merchant sees
 * what it still owes.
 */
@Component
class DelistingListener {

	private final Orders orders;
	private final OrderTransitions transitions;

	DelistingListener(Orders orders, OrderTransitions transitions) {
		this.orders = orders;
		this.transitions = transitions;
	}

	@ApplicationModuleListener(id = "ordering.mark-orders-of-delisted-product")
	void on(ProductDelisted delisted) {
		for (Order order : orders.openForProduct(delisted.productId())) {
			if (!order.state().affectedByDelisting()) {
				transitions.change(order, o -> o.noticeDelisting(delisted.reason().name(), delisted.note(), delisted.occurredAt()));
			}
		}
	}
}
