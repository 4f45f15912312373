package com.orderkeep.inventory;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Flash sales: stock carved out of a SKU at a sale price, for a window, with a limit per buyer. Claims and releases
 * join the caller's transaction, so a sale's counters and its orders commit together.
 */
public interface FlashSaleManagement {

	/** Carves the sale's stock out of the merchant's SKU; refused if the SKU has not that much available. */
	FlashSaleView create(String merchantId, NewFlashSale sale);

	FlashSaleView sale(String flashSaleId);

	/** Every flash sale of the SKU, earliest first. */
	List<FlashSaleView> salesOf(String skuId);

	/** The merchant's flash sales, newest first, at most {@code limit} of them. */
	List<FlashSaleView> salesOfMerchant(String merchantId, int limit);

	/** The sale's terms, from memory after the first read. */
	Optional<FlashSaleTerms> terms(String flashSaleId);

	/**
	 * Whether this node saw the sale sold out within the last second. A hint for refusing without touching the
	 * database; the database's conditional update stays the only judge of stock.
	 */
	boolean knownSoldOut(String flashSaleId);

	/**
	 * Claims units for a batch of buyers, first come first served, within the per-buyer limit counted over all
	 * batches. Must run inside the caller's transaction.
	 *
	 * @return for each claim, in order, how it ended
	 */
	List<ClaimResult> claim(String flashSaleId, List<Claim> claims, Instant at);

	/** Gives a cancelled order's units back: to the sale while it runs, to the SKU after. Within the caller's transaction. */
	void release(String flashSaleId, String buyerId, int quantity);

	/** Ends the sales whose window has passed, returning unsold units to their SKU; returns how many ended. */
	int closeEnded(Instant now);

	record NewFlashSale(String skuId, long priceFen, long stock, int perBuyerLimit, Instant startsAt, Instant endsAt) {
	}

	record Claim(String buyerId, int quantity) {
	}

	enum ClaimResult {
		GRANTED, SOLD_OUT, LIMIT_EXCEEDED, NOT_OPEN
	}
}
