package com.orderkeep.payment.internal;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import com.orderkeep.ordering.OrderCompleted;

/**
 * Releases a completed order's money from escrow to its merchant, once.
 */
@Component
class Settlement {

	static final String KIND = "SETTLEMENT";

	private final Ledger ledger;

	Settlement(Ledger ledger) {
		this.ledger = ledger;
	}

	@ApplicationModuleListener(id = "payment.settle-completed-order")
	void on(OrderCompleted completed) {
		if (completed.settledFen() > 0 && !ledger.hasJournal(completed.orderId(), KIND)) {
			ledger.transfer(completed.orderId(), KIND, Ledger.escrow(completed.orderId()),
					Ledger.merchant(completed.merchantId()), completed.settledFen(), completed.occurredAt());
		}
	}
}
