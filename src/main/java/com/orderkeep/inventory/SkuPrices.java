package com.orderkeep.inventory;

import java.util.OptionalLong;

/**
 * What a SKU sells for today, as the catalog knows it; inventory asks when a merchant prices a flash sale, and the
 * catalog, which keeps prices, answers.
 */
public interface SkuPrices {

	/** The SKU's current price in fen, if the SKU exists. */
	OptionalLong currentPriceFen(String skuId);
}
