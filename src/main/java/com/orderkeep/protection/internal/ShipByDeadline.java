package com.orderkeep.protection.internal;

import java.time.Instant;

import org.springframework.stereotype.Component;

import com.orderkeep.ordering.deadlines.DeadlineKind;
import com.orderkeep.ordering.fulfilment.OrderFulfilment;
import com.orderkeep.protection.RuleCode;
import com.orderkeep.shared.LocalizedText;

/**
 * SHIP_BY: a paid order its merchant has not shipped when the promise ends is cancelled and refunded in full, and the
 * buyer is compensated for the late shipment, and for the stock-out too when the product had been delisted. All of
 * it commits in the scheduler's transaction, which holds the deadline, so it happens once on any number of nodes.
 */
@Component
class ShipByDeadline implements DeadlineKind {

	static final String NAME = "SHIP_BY";

	static final LocalizedText NOT_SHIPPED = new LocalizedText("商家未在承诺的发货期限前发货，订单已取消并全额退款",
			"The merchant did not ship by the promised deadline; the order was cancelled and refunded in full");
	static final LocalizedText NOT_SHIPPED_AFTER_DELISTING = new LocalizedText("商品下架后商家未能发货，订单已取消并全额退款",
			"The merchant delisted the product and did not ship; the order was cancelled and refunded in full");

	private final ShipPromises promises;
	private final OrderFulfilment fulfilment;
	private final Grants grants;
	private final PriceRules priceRules;

	ShipByDeadline(ShipPromises promises, OrderFulfilment fulfilment, Grants grants, PriceRules priceRules) {
		this.promises = promises;
		this.fulfilment = fulfilment;
		this.grants = grants;
		this.priceRules = priceRules;
	}

	@Override
	public String name() {
		return NAME;
	}

	@Override
	public boolean fallsDue(String orderId, Instant dueAt) {
		ShipPromises.Promise promise = promises.find(orderId).orElse(null);
		if (promise == null || !promise.open() || !fulfilment.cancelNotShippedInTime(orderId)) {
			return true;
		}
		grants.grant(new Grants.Due(RuleCode.LATE_SHIPMENT, orderId, promise.buyerId(), promise.merchantId(),
				promise.paidFen(), NAME, dueAt, 0, NOT_SHIPPED));
		if (promise.delisted()) {
			grants.grant(new Grants.Due(RuleCode.STOCK_OUT_CANCEL, orderId, promise.buyerId(), promise.merchantId(),
					promise.paidFen(), NAME, dueAt, 0, NOT_SHIPPED_AFTER_DELISTING));
		}
		if ("PRICE_ADJUSTMENT".equals(promise.delistingReason())) {
			priceRules.watch(promise, dueAt);
		}
		return true;
	}
}
