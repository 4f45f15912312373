package com.orderkeep.ordering.internal;

import java.time.Instant;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;

import com.orderkeep.catalog.DelistReason;
import com.orderkeep.catalog.ProductBanned;
import com.orderkeep.catalog.ProductDelisted;
import com.orderkeep.ordering.CancelReason;
import com.orderkeep.ordering.OrderStatus;
import com.orderkeep.shared.Actor;

/**
 * What a delisting, or the platform's ban, does to the orders of the product. An unpaid order is cancelled at once
 * and its stock released: the buyer must not pay for what will not come. A paid order stands on its snapshot and is
 * marked, so that the buyer is told and the merchant sees what it still owes. A shipped order is marked only when the
 * product was delisted for its quality or banned, which gives the buyer a right to return it.
 */
@Component
class DelistingListener {

	private static final String BANNED = "BANNED";

	private final Orders orders;
	private final OrderTransitions transitions;
	private final RacedChanges raced;

	DelistingListener(Orders orders, OrderTransitions transitions, RacedChanges raced) {
		this.orders = orders;
		this.transitions = transitions;
		this.raced = raced;
	}

	@ApplicationModuleListener(id = "ordering.mark-orders-of-delisted-product", propagation = Propagation.NOT_SUPPORTED)
	void on(ProductDelisted delisted) {
		apply(delisted.productId(), delisted.reason().name(), delisted.note(), delisted.occurredAt(),
				delisted.reason() == DelistReason.QUALITY_ISSUE);
	}

	@ApplicationModuleListener(id = "ordering.mark-orders-of-banned-product", propagation = Propagation.NOT_SUPPORTED)
	void on(ProductBanned banned) {
		apply(banned.productId(), BANNED, banned.violation(), banned.occurredAt(), true);
	}

	/** Each order in a transaction of its own, so that one racing with its buyer's payment holds up no other. */
	private void apply(String productId, String reasonCode, String note, Instant at, boolean returnable) {
		for (String orderId : orders.openForProduct(productId).stream().map(Order::id).toList()) {
			raced.run(() -> apply(transitions.load(orderId), reasonCode, note, at, returnable));
		}
	}

	private void apply(Order order, String reasonCode, String note, Instant at, boolean returnable) {
		if (order.status().isFinal() || order.state().affectedByDelisting()) {
			return;
		}
		if (order.status() == OrderStatus.PENDING_PAYMENT && !order.paymentUnderWay(transitions.now())) {
			transitions.change(order,
					o -> o.cancel(CancelReason.PRODUCT_DELISTED, Actor.SYSTEM, null, transitions.now()));
		}
		else if (order.status() != OrderStatus.SHIPPED || returnable) {
			// An unpaid order whose payment is under way is marked too: if the payment lands the order is paid and
			// stands, if it does not the payment deadline cancels it.
			transitions.change(order, o -> o.noticeDelisting(reasonCode, note, at));
		}
	}
}
