package com.orderkeep.ordering;

import java.util.Set;

import com.orderkeep.shared.Actor;
import com.orderkeep.shared.LocalizedText;

/**
 * Why an order was cancelled, and who may give each reason. Buyers see the reason on the order, in their language.
 */
public enum CancelReason {
	CHANGED_MIND("买家不想要了", "The buyer changed their mind", Actor.Kind.BUYER),
	ORDERED_BY_MISTAKE("买家拍错了", "The buyer ordered by mistake", Actor.Kind.BUYER),
	OUT_OF_STOCK("商家缺货，无法发货", "The merchant is out of stock", Actor.Kind.MERCHANT),
	PRICE_ADJUSTMENT("商家调价", "The merchant adjusted the price", Actor.Kind.MERCHANT),
	QUALITY_ISSUE("商品存在质量问题", "The product has a quality issue", Actor.Kind.MERCHANT),
	OTHER("其他原因", "Other reason", Actor.Kind.BUYER, Actor.Kind.MERCHANT, Actor.Kind.AGENT, Actor.Kind.PLATFORM),
	PAYMENT_TIMEOUT("超时未付款，订单已自动取消，库存已释放", "Not paid in time: cancelled automatically and the stock released",
			Actor.Kind.SYSTEM),
	PRODUCT_DELISTED("商品已下架，未付款的订单已自动取消，库存已释放，您无需付款",
			"The product was delisted: this unpaid order was cancelled automatically and you need not pay", Actor.Kind.SYSTEM),
	NOT_SHIPPED_IN_TIME("商家未在承诺的发货期限内发货，订单已自动取消", "The merchant did not ship by the promised deadline: the order was cancelled automatically",
			Actor.Kind.SYSTEM),
	GROUP_FAILED("拼团未在期限内成团，订单已自动取消，已付款项全额退回", "The group did not fill by its deadline: the order was cancelled automatically and anything paid is refunded in full",
			Actor.Kind.SYSTEM),
	GROUP_CLOSED("您付款前拼团已结束，订单已自动取消，已付款项全额退回", "The group closed before your payment: the order was cancelled automatically and anything paid is refunded in full",
			Actor.Kind.SYSTEM);

	private final LocalizedText text;
	private final Set<Actor.Kind> givenBy;

	CancelReason(String zh, String en, Actor.Kind... givenBy) {
		this.text = new LocalizedText(zh, en);
		this.givenBy = Set.of(givenBy);
	}

	public LocalizedText text() {
		return text;
	}

	public boolean mayBeGivenBy(Actor.Kind kind) {
		return givenBy.contains(kind);
	}
}
