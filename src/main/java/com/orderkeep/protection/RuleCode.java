package com.orderkeep.protection;

import com.orderkeep.shared.LocalizedText;

/**
 * The platform's compensation rules, each with the floor below which no version of it may be published. The floor of
 * {@code COUNTERFEIT} is the law's (three times the price, at least ¥500, for goods sold by fraud); the others are
 * orderkeep's own, so that a rule can be tuned but never switched off.
 */
public enum RuleCode {
	LATE_SHIPMENT("延迟发货赔付", "Late shipment", 1, 100),
	STOCK_OUT_CANCEL("缺货取消赔付", "Cancelled after payment", 5, 300),
	BAD_FAITH_RELIST("恶意调价赔付", "Bad-faith relisting", 5, 500),
	PRICE_PROTECTION("价格保护", "Price protection", 0, 0),
	COUNTERFEIT("假一赔十", "Counterfeit", 300, 50_000),
	GOODWILL("客服补偿", "Goodwill", 0, 0);

	private final LocalizedText title;
	private final int floorPercent;
	private final long floorMinFen;

	RuleCode(String zh, String en, int floorPercent, long floorMinFen) {
		this.title = new LocalizedText(zh, en);
		this.floorPercent = floorPercent;
		this.floorMinFen = floorMinFen;
	}

	public LocalizedText title() {
		return title;
	}

	public int floorPercent() {
		return floorPercent;
	}

	public long floorMinFen() {
		return floorMinFen;
	}
}
