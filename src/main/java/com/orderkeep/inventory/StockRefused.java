package com.orderkeep.inventory;

import com.orderkeep.shared.LocalizedText;
import com.orderkeep.shared.Refusal;
import com.orderkeep.shared.Things;

/**
 * Inventory refused what it was asked, for a reason in its own words; its web package answers each reason with its
 * problem code.
 */
public class StockRefused extends Refusal {

	public enum Reason {

		/** No such SKU, or none of the caller's shop. */
		NO_SUCH_SKU,

		/** No such flash sale. */
		NO_SUCH_SALE,

		/** The request itself does not hold (a sale ending before it starts, priced above its SKU). */
		NOT_ALLOWED,

		/** Fewer units are available than asked for. */
		NOT_ENOUGH_STOCK,

		/** The merchant may not start a flash sale now (it owes the platform). */
		NOT_IN_GOOD_STANDING
	}

	private final Reason reason;

	public StockRefused(Reason reason, LocalizedText text) {
		super(reason, text, null);
		this.reason = reason;
	}

	public static StockRefused noSuchSku(String skuId) {
		return new StockRefused(Reason.NO_SUCH_SKU, Things.noSuch(Things.SKU, skuId));
	}

	public static StockRefused noSuchSale(String flashSaleId) {
		return new StockRefused(Reason.NO_SUCH_SALE, Things.noSuch(Things.FLASH_SALE, flashSaleId));
	}

	public Reason reason() {
		return reason;
	}
}
