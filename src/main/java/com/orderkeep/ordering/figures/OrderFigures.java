package com.orderkeep.ordering.figures;

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
}
