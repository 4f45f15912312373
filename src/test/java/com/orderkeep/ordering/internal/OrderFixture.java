package com.orderkeep.ordering.internal;

import java.time.Instant;

import com.orderkeep.shared.Actor;

/**
 * Orders of the state machine in the states tests start from, placed at {@link #PLACED_AT} by {@code buyer-1} from
 * {@code merchant-1}, each step a minute after the one before.
 */
final class OrderFixture {

	static final Instant PLACED_AT = Instant.parse("2025-11-11T00:00:00Z");

	private OrderFixture() {
	}

	static Order placedOrder(long priceFen, int quantity) {
		Order.Snapshot snapshot = new Order.Snapshot("product-1", "sku-1", "merchant-1", "赣南脐橙", "5斤装", priceFen,
				"果园直供", "水果");
		return Order.place("order-1", "OK-1", "buyer-1", snapshot, quantity, PLACED_AT, null, null);
	}

	/** Paid in full a minute after it was placed. */
	static Order paidOrder(long priceFen, int quantity) {
		Order order = placedOrder(priceFen, quantity);
		order.pay("txn-1", order.totalFen(), PLACED_AT.plusSeconds(60));
		return order;
	}

	/** Paid, then shipped by the merchant a minute later. */
	static Order shippedOrder(long priceFen, int quantity) {
		Order order = paidOrder(priceFen, quantity);
		order.ship("顺丰", "SF1001", Actor.merchant("merchant-1"), PLACED_AT.plusSeconds(120));
		return order;
	}

	/** What the payment module does with one announced refund: pays it, but never more than is still owed. */
	static void payAnnounced(Order order, long announcedFen, Instant at) {
		long amount = Math.min(announcedFen, order.owedToBuyer());
		if (amount > 0) {
			order.refund(amount, "CANCELLED", at);
		}
	}
}
