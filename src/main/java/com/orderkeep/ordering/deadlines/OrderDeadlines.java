package com.orderkeep.ordering.deadlines;

import java.time.Instant;

/**
 * Deadlines on orders, for the modules that contribute kinds of them. Joins the caller's transaction, so a deadline
 * is scheduled or settled in the same commit as what caused it.
 */
public interface OrderDeadlines {

	/** The order gets a deadline of the kind, due at the given time. */
	void schedule(String orderId, String kind, Instant dueAt);

	/** Moves the order's open deadline of the kind to {@code notBefore} if it falls due earlier; a later one stays. */
	void postpone(String orderId, String kind, Instant notBefore);

	/** What the deadline waited for has happened: nothing is done when its time comes. */
	void settle(String orderId, String kind, Instant at);
}
