package com.orderkeep.ordering.internal;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import com.orderkeep.ordering.deadlines.DeadlineKind;

/**
 * Resolves one due deadline in one transaction: claims it, so that no other node acts on it, and hands it to its
 * kind. A deadline its kind does not settle yet is released again for a later tick.
 */
@Component
@Transactional
class DeadlineResolution {

	private final Map<String, DeadlineKind> kinds;
	private final Deadlines deadlines;
	private final OrderTransitions transitions;

	DeadlineResolution(List<DeadlineKind> kinds, Deadlines deadlines, OrderTransitions transitions) {
		this.kinds = kinds.stream().collect(Collectors.toMap(DeadlineKind::name, Function.identity(), (a, b) -> {
			throw new IllegalStateException("two kinds of deadline are named " + a.name());
		}));
		this.deadlines = deadlines;
		this.transitions = transitions;
	}

	/** Answers whether the deadline was resolved here and now. */
	boolean resolve(Deadlines.Due due) {
		DeadlineKind kind = kinds.get(due.kind());
		if (kind == null) {
			throw new IllegalStateException("no module contributes the kind of deadline " + due.kind());
		}
		if (!deadlines.claim(due.orderId(), due.kind(), transitions.now())) {
			return false;
		}
		if (!kind.fallsDue(due.orderId(), due.dueAt())) {
			deadlines.release(due.orderId(), due.kind());
			return false;
		}
		return true;
	}
}
