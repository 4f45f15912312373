package com.orderkeep.payment.internal;

import java.time.Clock;
import java.util.List;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import com.orderkeep.ordering.OrderManagement;
import com.orderkeep.ordering.OrderView;
import com.orderkeep.ordering.payments.OrderPayments;
import com.orderkeep.ordering.payments.OrderPayments.PayableOrder;
import com.orderkeep.payment.PaymentManagement;
import com.orderkeep.shared.Caller;

/**
 * Paying is three steps, as with a real gateway: the order is marked as being paid and its attempt recorded, in one
 * transaction that a concurrent pay or cancel of the same order cannot also win; then the capture; then the gateway's
 * callback in a transaction of its own, so a payment is applied the same way whichever way its callback arrives.
 */
@Service
class PaymentManagementImpl implements PaymentManagement {

	private static final Logger log = LoggerFactory.getLogger(PaymentManagementImpl.class);
	private static final int ATTEMPTS = 5;

	private final OrderManagement orders;
	private final OrderPayments payments;
	private final SimulatedGateway gateway;
	private final Callbacks callbacks;
	private final PaymentAttempts attempts;
	private final PaymentRecords records;
	private final Ledger ledger;
	private final TransactionTemplate transaction;
	private final Clock clock;

	PaymentManagementImpl(OrderManagement orders, OrderPayments payments, SimulatedGateway gateway, Callbacks callbacks, PaymentAttempts attempts,
			PaymentRecords records, Ledger ledger, PlatformTransactionManager transactions, Clock clock) {
		this.orders = orders;
		this.payments = payments;
		this.gateway = gateway;
		this.callbacks = callbacks;
		this.attempts = attempts;
		this.records = records;
		this.ledger = ledger;
		this.transaction = new TransactionTemplate(transactions);
		this.clock = clock;
	}

	@Override
	public OrderView pay(String orderId, Caller buyer) {
		PayableOrder order = retryingLostRaces(() -> transaction.execute(status -> {
			PayableOrder paying = payments.startPayment(orderId, buyer);
			attempts.start(orderId, paying.orderNo(), paying.totalFen(), clock.instant());
			return paying;
		}));
		SimulatedGateway.Capture capture = gateway.capture(order.orderNo(), orderId, order.totalFen());
		if (capture.refusedAsRepeat()) {
			log.info("The gateway had captured order {} before; applying that capture", orderId);
		}
		receiveCallback(capture.callback().body(), capture.callback().signature());
		return orders.order(orderId, buyer);
	}

	/** A callback that raced another change of its order is applied again on the order as it now is. */
	@Override
	public CallbackOutcome receiveCallback(byte[] rawBody, String signature) {
		return retryingLostRaces(() -> callbacks.receive(rawBody, signature));
	}

	@Override
	@Transactional(readOnly = true)
	public List<Posting> ledger(String orderId) {
		return ledger.ofOrder(orderId);
	}

	@Override
	@Transactional(readOnly = true)
	public IncidentPage incidents(int page, int size) {
		return new IncidentPage(records.incidents(page, size), records.incidentCount());
	}

	@Override
	@Transactional(readOnly = true)
	public RefundFigures refunds() {
		return records.refundFigures();
	}

	private static <T> T retryingLostRaces(Supplier<T> work) {
		for (int attempt = 1;; attempt++) {
			try {
				return work.get();
			}
			catch (OptimisticLockingFailureException raced) {
				if (attempt == ATTEMPTS) {
					throw raced;
				}
			}
		}
	}
}
