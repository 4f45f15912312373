package com.orderkeep.inventory;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The stock of SKUs. Reservations and releases join the caller's transaction, so stock and orders commit together.
 */
public interface StockManagement {

	/** Opens the stock of a new SKU of a merchant. */
	void open(String skuId, String merchantId, long quantity);

	/** Adds units to a SKU's stock; returns what is now available. */
	long restock(String skuId, long quantity);

	/** Sets what is available, recording the difference as an adjustment; returns what is now available. */
	long adjustTo(String skuId, long available);

	Map<String, Long> available(Collection<String> skuIds);

	/**
	 * What product pages show: the stock as read within {@code orderkeep.inventory.shown-stock-age} (a second), or
	 * as this node last changed it. Never for taking stock.
	 */
	Map<String, Long> shown(Collection<String> skuIds);

	/**
	 * Takes units for a batch of requests in one conditional update where they all fit, otherwise for as many as
	 * fit, first come first served. Must run inside the caller's transaction.
	 *
	 * @return for each requested quantity, in order, whether it was granted
	 */
	List<Boolean> reserve(String skuId, List<Integer> quantities);

	/**
	 * Takes {@code quantity} units in one conditional update if that many are available, otherwise nothing. Must run
	 * inside the caller's transaction.
	 *
	 * @return whether the units were taken
	 */
	boolean take(String skuId, long quantity);

	/** Returns units of a cancelled order to the stock. Must run inside the caller's transaction. */
	void release(String skuId, int quantity);

	/** What is available and how many units ever entered the stock. */
	StockLevel level(String skuId);

	record StockLevel(long available, long stockedTotal) {
	}
}
