package com.orderkeep.protection.internal;

import java.time.Instant;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import com.orderkeep.ordering.CancelReason;
import com.orderkeep.ordering.OrderAffectedByDelisting;
import com.orderkeep.ordering.OrderCancelled;
import com.orderkeep.ordering.OrderGroupCompleted;
import com.orderkeep.ordering.OrderPaid;
import com.orderkeep.ordering.OrderShipped;
import com.orderkeep.ordering.OrderStatus;
import com.orderkeep.ordering.deadlines.OrderDeadlines;
import com.orderkeep.shared.Actor;

/**
 * Keeps each paid order's shipping promise in step with the order, in the order's own transaction: the promise and
 * its SHIP_BY deadline exist from the moment the order is paid, a delisting gives the merchant no less than the
 * grace to ship, and shipping or cancelling ends the promise and settles the deadline.
 */
@Component
class ShipPromiseKeeping {

	private final ShipPromises promises;
	private final OrderDeadlines deadlines;
	private final ProtectionProperties properties;

	ShipPromiseKeeping(ShipPromises promises, OrderDeadlines deadlines, ProtectionProperties properties) {
		this.promises = promises;
		this.deadlines = deadlines;
		this.properties = properties;
	}

	@EventListener
	void on(OrderPaid paid) {
		if (paid.toShip()) {
			promise(paid.orderId(), paid.buyerId(), paid.merchantId(), paid.productId(), paid.skuId(), paid.category(),
					paid.quantity(), paid.paidFen(), paid.occurredAt());
		}
	}

	/** A group order is promised from the moment its group completes, not from its payment. */
	@EventListener
	void on(OrderGroupCompleted completed) {
		promise(completed.orderId(), completed.buyerId(), completed.merchantId(), completed.productId(),
				completed.skuId(), completed.category(), completed.quantity(), completed.paidFen(), completed.occurredAt());
	}

	private void promise(String orderId, String buyerId, String merchantId, String productId, String skuId,
			String category, int quantity, long paidFen, Instant from) {
		Instant shipBy = from.plus(properties.shipBy(category));
		ShipPromises.Purchase purchase = new ShipPromises.Purchase(productId, skuId, paidFen / quantity, quantity);
		if (promises.add(orderId, buyerId, merchantId, paidFen, from, shipBy, shipBy.minus(properties.remindBefore()),
				purchase)) {
			deadlines.schedule(orderId, ShipByDeadline.NAME, shipBy);
		}
	}

	@EventListener
	void on(OrderAffectedByDelisting affected) {
		if (affected.status() != OrderStatus.TO_SHIP && affected.status() != OrderStatus.GROUPING) {
			return;
		}
		Instant notBefore = affected.occurredAt().plus(properties.delistingGrace());
		promises.delisted(affected.orderId(), affected.reasonCode(), affected.occurredAt(), notBefore,
				notBefore.minus(properties.remindBefore()));
		deadlines.postpone(affected.orderId(), ShipByDeadline.NAME, notBefore);
	}

	@EventListener
	void on(OrderShipped shipped) {
		promises.find(shipped.orderId()).filter(ShipPromises.Promise::open).ifPresent(promise -> {
			boolean late = shipped.occurredAt().isAfter(promise.shipBy());
			promises.close(shipped.orderId(), late ? ShipPromises.Outcome.SHIPPED_LATE : ShipPromises.Outcome.SHIPPED,
					shipped.occurredAt());
			deadlines.settle(shipped.orderId(), ShipByDeadline.NAME, shipped.occurredAt());
		});
	}

	@EventListener
	void on(OrderCancelled cancelled) {
		promises.find(cancelled.orderId()).filter(ShipPromises.Promise::open).ifPresent(promise -> {
			promises.close(cancelled.orderId(), outcome(cancelled), cancelled.occurredAt());
			deadlines.settle(cancelled.orderId(), ShipByDeadline.NAME, cancelled.occurredAt());
		});
	}

	private static ShipPromises.Outcome outcome(OrderCancelled cancelled) {
		if (cancelled.reason() == CancelReason.NOT_SHIPPED_IN_TIME) {
			return ShipPromises.Outcome.BROKEN;
		}
		return Actor.parse(cancelled.actor()).kind() == Actor.Kind.MERCHANT
				? ShipPromises.Outcome.CANCELLED_BY_MERCHANT : ShipPromises.Outcome.CANCELLED;
	}
}
