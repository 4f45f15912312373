package com.orderkeep.ordering;

import com.orderkeep.shared.LocalizedText;

/**
 * Where an order stands; the buyer's tabs are these statuses.
 */
public enum OrderStatus {
	PENDING_PAYMENT("待付款", "Awaiting payment"),
	GROUPING("待分享", "Paid, waiting for the group to fill"),
	TO_SHIP("待发货", "Paid, to be shipped"),
	SHIPPED("待收货", "Shipped"),
	COMPLETED("已完成", "Completed"),
	CANCELLED("已取消", "Cancelled");

	private final LocalizedText label;

	OrderStatus(String zh, String en) {
		this.label = new LocalizedText(zh, en);
	}

	public LocalizedText label() {
		return label;
	}

	public boolean isFinal() {
		return this == COMPLETED || this == CANCELLED;
	}
}
