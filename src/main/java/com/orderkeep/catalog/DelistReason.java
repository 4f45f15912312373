package com.orderkeep.catalog;

import com.orderkeep.shared.LocalizedText;

/**
 * Why a merchant took a product off sale; shown to buyers on the product's history and on affected orders.
 */
public enum DelistReason {
	OUT_OF_STOCK("缺货", "Out of stock"),
	PRICE_ADJUSTMENT("调价", "Price adjustment"),
	QUALITY_ISSUE("质量问题", "Quality issue"),
	OTHER("其他原因", "Other reason");

	private final LocalizedText text;

	DelistReason(String zh, String en) {
		this.text = new LocalizedText(zh, en);
	}

	public LocalizedText text() {
		return text;
	}
}
