package com.orderkeep.payment.internal;

import java.time.Clock;
import java.time.Instant;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import com.orderkeep.ordering.OrderManagement;
import com.orderkeep.ordering.RefundDue;

/**
 * Pays back what an order owes its buyer, once per order and cause however often the event arrives: through the
 * gateway, out of the order's escrow, and onto the order's timeline.
 */
@Component
class Refunds {

	private final SimulatedGateway gateway;
	private final PaymentRecords records;
	private final Ledger ledger;
	private final OrderManagement orders;
	private final Clock clock;

	Refunds(SimulatedGateway gateway, PaymentRecords records, Ledger ledger, OrderManagement orders, Clock clock) {
		this.gateway = gateway;
		this.records = records;
		this.ledger = ledger;
		this.orders = orders;
		this.clock = clock;
	}

	@ApplicationModuleListener(id = "payment.refund-what-is-due")
	void on(RefundDue due) {
		if (records.refunded(due.orderId(), due.cause())) {
			return;
		}
		Instant now = clock.instant();
		String txn = gateway.refund(due.orderId(), due.amountFen());
		records.recordRefund(due.orderId(), due.cause(), due.amountFen(), txn, now);
		records.recordTransaction(txn, due.orderId(), "REFUND", due.amountFen(), now);
		ledger.transfer(due.orderId(), "REFUND", Ledger.escrow(due.orderId()), Ledger.GATEWAY, due.amountFen(), now);
		orders.markRefunded(due.orderId(), due.amountFen(), due.cause());
	}
}
