package com.orderkeep.payment.internal;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;

import com.orderkeep.ordering.RefundDue;

/**
 * Pays a refund as soon as it is due. Two refunds of one order (a cancellation and a returned payment) arrive
 * together and race for the order; the loser tries again at once in a fresh transaction rather than wait for the
 * failed-publication retry.
 */
@Component
class RefundListener {

	private static final int ATTEMPTS = 5;

	private final Refunds refunds;

	RefundListener(Refunds refunds) {
		this.refunds = refunds;
	}

	@ApplicationModuleListener(id = "payment.refund-what-is-due", propagation = Propagation.NOT_SUPPORTED)
	void on(RefundDue due) {
		for (int attempt = 1;; attempt++) {
			try {
				refunds.pay(due);
				return;
			}
			catch (OptimisticLockingFailureException raced) {
				if (attempt == ATTEMPTS) {
					throw raced;
				}
			}
		}
	}
}
