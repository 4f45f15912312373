package com.orderkeep.inventory;

import com.orderkeep.shared.LocalizedText;
import com.orderkeep.shared.Things;

/**
 * Inventory refused what it was asked, for a reason in its own words; its web package answers each reason with its
 * problem code.
 */
public class StockRefused extends RuntimeException {

	public enum Reason {

		/** No such SKU, or none of the caller's shop. */
		NO_SUCH_SKU,

		/** No such flash sale. */
		NO_SUCH_SALE,

		/** The request itself does not hold (a sale ending before it starts, priced above its SKU). */
		NOT_ALLOWED,

		/** Fewer units are available than asked for. */
		NOT_ENOUGH_STOCK
	}

	private final Reason reason;
	private final LocalizedText text;

	public StockRefused(Reason reason, LocalizedText text) {
		super(reason + ": " + text.en());
		this.reason = reason;
		this.text = text;
	}

	public static StockRefused noSuchSku(String skuId) {
		return new StockRefused(Reason.NO_SUCH_SKU, notFound(Things.SKU, skuId));
	}

	public static StockRefused noSuchSale(String flashSaleId) {
		return new StockRefused(Reason.NO_SUCH_SALE, notFound(Things.FLASH_SALE, flashSaleId));
	}

	public Reason reason() {
		return reason;
	}

	public LocalizedText text() {
		return text;
	}

	private static LocalizedText notFound(LocalizedText what, String id) {
		return new LocalizedText("未找到" + what.zh() + "：" + id, "No " + what.en() + " " + id);
	}
}
