package com.orderkeep.payment.internal;

import java.time.Clock;
import java.time.Instant;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import com.orderkeep.ordering.payments.OrderPayments;
import com.orderkeep.ordering.RefundDue;

/**
 * Pays back what an order owes its buyer, once per order and cause however often the event arrives: through the
 * gateway, out of the order's escrow, and onto the order's timeline. Two refunds due on one order (a cancellation and
 * a returned late payment) can overlap; each pays at most what the order still owes when it runs, so together they
 * pay exactly what was owed.
 */
@Component
@Transactional
class Refunds {

	private final SimulatedGateway gateway;
	private final PaymentRecords records;
	private final Ledger ledger;
	private final OrderPayments orders;
	private final Clock clock;

	Refunds(SimulatedGateway gateway, PaymentRecords records, Ledger ledger, OrderPayments orders, Clock clock) {
		this.gateway = gateway;
		this.records = records;
		this.ledger = ledger;
		this.orders = orders;
		this.clock = clock;
	}

	void pay(RefundDue due) {
		if (records.refunded(due.orderId(), due.cause())) {
			return;
		}
		long amount = Math.min(due.amountFen(), orders.owedToBuyer(due.orderId()));
		if (amount <= 0) {
			return;
		}
		Instant now = clock.instant();
		String txn = gateway.refund(due.orderId(), amount, due.orderId() + ":" + due.cause());
		records.recordRefund(due.orderId(), due.cause(), amount, txn, now);
		records.recordTransaction(txn, due.orderId(), "REFUND", amount, now);
		ledger.transfer(due.orderId(), "REFUND", Ledger.escrow(due.orderId()), Ledger.GATEWAY, amount, now);
		orders.markRefunded(due.orderId(), amount, due.cause());
	}
}
