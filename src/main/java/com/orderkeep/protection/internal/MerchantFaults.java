package com.orderkeep.protection.internal;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import com.orderkeep.ordering.CancelReason;
import com.orderkeep.ordering.OrderCancelled;
import com.orderkeep.ordering.OrderShipped;
import com.orderkeep.protection.RuleCode;
import com.orderkeep.shared.Actor;
import com.orderkeep.shared.LocalizedText;

/**
 * Compensates the buyer when the merchant lets them down by its own hand: cancelling a paid order, or shipping after
 * the promise ended. Runs after the merchant's change committed, so a failure here never undoes it; the event
 * publication registry retries, and each grant is made once.
 */
@Component
class MerchantFaults {

	private final ShipPromises promises;
	private final Grants grants;
	private final PriceRules priceRules;

	MerchantFaults(ShipPromises promises, Grants grants, PriceRules priceRules) {
		this.promises = promises;
		this.grants = grants;
		this.priceRules = priceRules;
	}

	@ApplicationModuleListener(id = "protection.compensate-merchant-cancel")
	void on(OrderCancelled cancelled) {
		if (cancelled.refundDueFen() <= 0 || Actor.parse(cancelled.actor()).kind() != Actor.Kind.MERCHANT) {
			return;
		}
		LocalizedText reason = cancelled.reason().text();
		grants.grant(new Grants.Due(RuleCode.STOCK_OUT_CANCEL, cancelled.orderId(), cancelled.buyerId(),
				cancelled.merchantId(), cancelled.refundDueFen(), "MERCHANT_CANCEL", cancelled.occurredAt(), 0,
				new LocalizedText("商家取消了您已付款的订单（" + reason.zh() + "），已全额退款",
						"The merchant cancelled your paid order (" + reason.en() + "); it is refunded in full")));
		promises.find(cancelled.orderId()).ifPresent(promise -> {
			if (cancelled.occurredAt().isAfter(promise.shipBy())) {
				grants.grant(new Grants.Due(RuleCode.LATE_SHIPMENT, cancelled.orderId(), promise.buyerId(),
						promise.merchantId(), promise.paidFen(), ShipByDeadline.NAME, promise.shipBy(), 0,
						ShipByDeadline.NOT_SHIPPED));
			}
			if (cancelled.reason() == CancelReason.PRICE_ADJUSTMENT) {
				priceRules.watch(promise, cancelled.occurredAt());
			}
		});
	}

	@ApplicationModuleListener(id = "protection.compensate-late-shipment")
	void on(OrderShipped shipped) {
		promises.find(shipped.orderId())
			.filter(promise -> shipped.occurredAt().isAfter(promise.shipBy()))
			.ifPresent(promise -> grants.grant(new Grants.Due(RuleCode.LATE_SHIPMENT, shipped.orderId(),
					promise.buyerId(), promise.merchantId(), promise.paidFen(), ShipByDeadline.NAME, promise.shipBy(),
					0, new LocalizedText("商家未在承诺的发货期限前发货", "The merchant shipped after the promised deadline"))));
	}
}
