package com.orderkeep.ordering.internal;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs an after-commit change of an order in a transaction of its own, and again at once when another change of the
 * same order committed first (a refund, a compensation and a delisting can all land on one order together), rather
 * than leave it to the failed-publication retry minutes later.
 */
@Component
class RacedChanges {

	private static final int ATTEMPTS = 5;

	private final TransactionTemplate transaction;

	RacedChanges(TransactionTemplate transaction) {
		this.transaction = transaction;
	}

	void run(Runnable change) {
		for (int attempt = 1;; attempt++) {
			try {
				transaction.executeWithoutResult(status -> change.run());
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
