package com.orderkeep.ordering.internal;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;

import com.orderkeep.ordering.changes.CompensationGranted;

/**
 * Applies the changes other modules ask of orders (the contracts of {@code ordering.changes}), after the asking
 * transaction committed, each through the state machine like any other change. A request delivered again changes
 * nothing more; one that fails is retried from the event publication registry.
 */
@Component
class ChangeRequests {

	private final OrderTransitions transitions;
	private final Compensations compensations;
	private final RacedChanges raced;

	ChangeRequests(OrderTransitions transitions, Compensations compensations, RacedChanges raced) {
		this.transitions = transitions;
		this.compensations = compensations;
		this.raced = raced;
	}

	@ApplicationModuleListener(id = "ordering.show-granted-compensation", propagation = Propagation.NOT_SUPPORTED)
	void on(CompensationGranted granted) {
		Order.Compensation compensation = new Order.Compensation(granted.grantId(), granted.ruleCode(),
				granted.ruleVersion(), granted.amountFen(), granted.kind(), granted.fundedBy(), granted.grantedAt(),
				granted.message());
		raced.run(() -> {
			if (!compensations.granted(granted.orderId(), granted.grantId())) {
				transitions.change(transitions.load(granted.orderId()), order -> order.compensate(compensation));
			}
		});
	}
}
