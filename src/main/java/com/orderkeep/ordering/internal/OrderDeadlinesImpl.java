package com.orderkeep.ordering.internal;

import java.time.Instant;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.orderkeep.ordering.deadlines.OrderDeadlines;

@Service
@Transactional
class OrderDeadlinesImpl implements OrderDeadlines {

	private final Deadlines deadlines;

	OrderDeadlinesImpl(Deadlines deadlines) {
		this.deadlines = deadlines;
	}

	@Override
	public void schedule(String orderId, String kind, Instant dueAt) {
		deadlines.add(List.of(new Deadlines.Due(orderId, kind, dueAt)));
	}

	@Override
	public void postpone(String orderId, String kind, Instant notBefore) {
		deadlines.postpone(orderId, kind, notBefore);
	}

	@Override
	public void settle(String orderId, String kind, Instant at) {
		deadlines.resolve(orderId, kind, at);
	}
}
