package com.orderkeep.reputation.internal;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import com.orderkeep.ordering.CancelReason;
import com.orderkeep.ordering.OrderAffectedByDelisting;
import com.orderkeep.ordering.OrderCancelled;
import com.orderkeep.ordering.OrderPaid;
import com.orderkeep.ordering.OrderRefunded;
import com.orderkeep.protection.CompensationAwarded;
import com.orderkeep.shared.Actor;

/**
 * Records what merchants do to orders as it happens, one fact per order and kind (per grant for compensations),
 * so a merchant's score is always up to date and never needs a scan of all orders.
 */
@Component
class FulfilmentFacts {

	private final ReputationRecords records;

	FulfilmentFacts(ReputationRecords records) {
		this.records = records;
	}

	@ApplicationModuleListener(id = "reputation.count-paid-order")
	void on(OrderPaid paid) {
		records.fact(paid.merchantId(), FactKind.PAID, paid.orderId(), paid.orderId(), paid.paidFen(), paid.occurredAt());
	}

	@ApplicationModuleListener(id = "reputation.count-cancellation")
	void on(OrderCancelled cancelled) {
		Actor.Kind by = Actor.parse(cancelled.actor()).kind();
		if (by == Actor.Kind.BUYER) {
			records.fact(cancelled.merchantId(), FactKind.BUYER_CANCELLED, cancelled.orderId(), cancelled.orderId(), 0,
					cancelled.occurredAt());
			return;
		}
		if (cancelled.refundDueFen() <= 0) {
			return;
		}
		if (by == Actor.Kind.MERCHANT || cancelled.reason() == CancelReason.NOT_SHIPPED_IN_TIME) {
			records.fact(cancelled.merchantId(), FactKind.CANCELLED_AFTER_PAYMENT, cancelled.orderId(),
					cancelled.orderId(), cancelled.refundDueFen(), cancelled.occurredAt());
		}
		if (cancelled.reason() == CancelReason.NOT_SHIPPED_IN_TIME) {
			records.fact(cancelled.merchantId(), FactKind.LATE_SHIPMENT, cancelled.orderId(), cancelled.orderId(), 0,
					cancelled.occurredAt());
		}
	}

	@ApplicationModuleListener(id = "reputation.count-delisting-after-order")
	void on(OrderAffectedByDelisting affected) {
		records.fact(affected.merchantId(), FactKind.DELISTED_AFTER_ORDER, affected.orderId(), affected.orderId(), 0,
				affected.occurredAt());
	}

	@ApplicationModuleListener(id = "reputation.count-compensation")
	void on(CompensationAwarded awarded) {
		records.fact(awarded.merchantId(), FactKind.COMPENSATION, awarded.grantId(), awarded.orderId(), awarded.amountFen(),
				awarded.grantedAt());
		if ("LATE_SHIPMENT".equals(awarded.ruleCode())) {
			records.fact(awarded.merchantId(), FactKind.LATE_SHIPMENT, awarded.orderId(), awarded.orderId(), 0,
					awarded.grantedAt());
		}
	}

	@ApplicationModuleListener(id = "reputation.count-refund")
	void on(OrderRefunded refunded) {
		records.fact(refunded.merchantId(), FactKind.REFUND, refunded.orderId() + "/" + refunded.cause(),
				refunded.orderId(), refunded.amountFen(), refunded.occurredAt());
	}
}
