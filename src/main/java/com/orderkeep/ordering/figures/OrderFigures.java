package com.orderkeep.ordering.figures;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.orderkeep.ordering.OrderStatus;

/**
 * Counts of orders, as they stand now.
 */
public interface OrderFigures {

	/** How many orders are in each status; a status no order is in counts zero. */
	Map<OrderStatus, Long> byStatus();

	/** How many orders had their product delisted or banned after they were placed. */
	long affectedByDelisting();

	/**
	 * The orders placed in each period between two consecutive instants of {@code boundaries} (ascending), by the
	 * status each is in now, and how many of them were hit by a delisting; one scan of the orders, whatever the number
	 * of periods.
	 */
	List<Period> placedIn(List<Instant> boundaries);

	/** The orders placed from {@code from} (inclusive) to {@code to} (exclusive). */
	record Period(Instant from, Instant to, Map<OrderStatus, Long> byStatus, long affectedByDelisting) {
	}
}
