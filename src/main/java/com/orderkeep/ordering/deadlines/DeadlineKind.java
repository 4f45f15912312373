package com.orderkeep.ordering.deadlines;

import java.time.Instant;

/**
 * A kind of deadline on an order, contributed as a bean by the module that knows what must happen when it falls due
 * (ordering's own: payment due, automatic completion).
 */
public interface DeadlineKind {

	/** The name stored with each deadline of this kind: stable, and unique among all kinds. */
	String name();

	/**
	 * Does what the deadline demands, in the scheduler's transaction, which has already claimed the deadline so no
	 * other node acts on it. Answers whether the deadline is settled; one that is not (something holds it a little
	 * longer) is looked at again at a later tick.
	 */
	boolean fallsDue(String orderId, Instant dueAt);
}
