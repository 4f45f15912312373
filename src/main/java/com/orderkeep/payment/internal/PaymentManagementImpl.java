package com.orderkeep.payment.internal;

import java.util.List;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.orderkeep.ordering.OrderManagement;
import com.orderkeep.ordering.OrderView;
import com.orderkeep.payment.PaymentManagement;
import com.orderkeep.shared.Caller;

/**
 * Paying is two steps, as with a real gateway: the charge, then the gateway's callback in a transaction of its own,
 * so a payment is applied the same way whichever way its callback arrives.
 */
@Service
class PaymentManagementImpl implements PaymentManagement {

	private static final int CALLBACK_ATTEMPTS = 5;

	private final OrderManagement orders;
	private final SimulatedGateway gateway;
	private final Callbacks callbacks;
	private final Ledger ledger;

	PaymentManagementImpl(OrderManagement orders, SimulatedGateway gateway, Callbacks callbacks, Ledger ledger) {
		this.orders = orders;
		this.gateway = gateway;
		this.callbacks = callbacks;
		this.ledger = ledger;
	}

	@Override
	public OrderView pay(String orderId, Caller buyer) {
		OrderView order = orders.awaitingPayment(orderId, buyer);
		SimulatedGateway.Callback callback = gateway.capture(orderId, order.totalFen());
		receiveCallback(callback.body(), callback.signature());
		return orders.order(orderId, buyer);
	}

	/** A callback that raced another change of its order is applied again on the order as it now is. */
	@Override
	public CallbackOutcome receiveCallback(byte[] rawBody, String signature) {
		for (int attempt = 1;; attempt++) {
			try {
				return callbacks.receive(rawBody, signature);
			}
			catch (OptimisticLockingFailureException raced) {
				if (attempt == CALLBACK_ATTEMPTS) {
					throw raced;
				}
			}
		}
	}

	@Override
	@Transactional(readOnly = true)
	public List<Posting> ledger(String orderId) {
		return ledger.ofOrder(orderId);
	}
}
