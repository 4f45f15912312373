package com.orderkeep.ordering.internal;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

import com.orderkeep.ordering.CancelReason;
import com.orderkeep.ordering.OrderStatus;
import com.orderkeep.shared.Actor;
import com.orderkeep.shared.Fen;
import com.orderkeep.shared.LocalizedText;

/**
 * What a verb of {@link Order} did: each change becomes one entry of the order's timeline.
 */
sealed interface OrderChange {

	Instant at();

	OrderStatus status();

	Actor actor();

	String event();

	@Nullable
	String reasonCode();

	LocalizedText message();

	/** Hands this change to the one method of {@code consequences} that decides what it implies. */
	void followedBy(Consequences consequences, Order order);

	/**
	 * What each kind of change implies beyond the order row and its timeline, one method per kind: a new kind of
	 * change does not compile until its consequence is decided here.
	 */
	interface Consequences {

		void placed(Order order, Placed placed);

		void paid(Order order, Paid paid);

		void groupCompleted(Order order, GroupCompleted completed);

		void paymentReturned(Order order, PaymentReturned returned);

		void cancelled(Order order, Cancelled cancelled);

		void refunded(Order order, Refunded refunded);

		void shipped(Order order, Shipped shipped);

		void completed(Order order, Completed completed);

		void delistingNoticed(Order order, DelistingNoticed noticed);

		void compensated(Order order, Compensated compensated);
	}

	record Placed(Instant at, Actor actor) implements OrderChange {
		public void followedBy(Consequences consequences, Order order) { consequences.placed(order, this); }
		public OrderStatus status() { return OrderStatus.PENDING_PAYMENT; }
		public String event() { return "PLACED"; }
		public @Nullable String reasonCode() { return null; }
		public LocalizedText message() {
			return new LocalizedText("下单成功，库存已为您锁定，请在付款期限内完成支付",
					"Order placed and stock reserved for you; please pay before the deadline");
		}
	}

	/** {@code status} is {@code TO_SHIP}, or {@code GROUPING} for a member of a group that has not filled yet. */
	record Paid(Instant at, OrderStatus status, long amountFen, String gatewayTxnId) implements OrderChange {
		public void followedBy(Consequences consequences, Order order) { consequences.paid(order, this); }
		public Actor actor() { return Actor.GATEWAY; }
		public String event() { return "PAID"; }
		public @Nullable String reasonCode() { return null; }
		public LocalizedText message() {
			if (status == OrderStatus.GROUPING) {
				return new LocalizedText("支付成功 " + Fen.yuan(amountFen) + "，等待成团：分享给好友，人满即发货",
						"Paid " + Fen.yuan(amountFen) + "; waiting for the group to fill: share it, it ships once full");
			}
			return new LocalizedText("支付成功 " + Fen.yuan(amountFen) + "，等待商家发货",
					"Paid " + Fen.yuan(amountFen) + "; waiting for the merchant to ship");
		}
	}

	/** The order's group completed; {@code byMerchant} when the merchant shipped it before it filled. */
	record GroupCompleted(Instant at, boolean byMerchant) implements OrderChange {
		public void followedBy(Consequences consequences, Order order) { consequences.groupCompleted(order, this); }
		public OrderStatus status() { return OrderStatus.TO_SHIP; }
		public Actor actor() { return Actor.SYSTEM; }
		public String event() { return "GROUP_COMPLETED"; }
		public String reasonCode() { return byMerchant ? "COMPLETED_BY_MERCHANT" : "GROUP_FILLED"; }
		public LocalizedText message() {
			return byMerchant
					? new LocalizedText("商家决定按拼团价提前成团，等待商家发货", "The merchant chose to ship the group at the group price before it filled; waiting for the merchant to ship")
					: new LocalizedText("拼团成功，人已满，等待商家发货", "The group is complete; waiting for the merchant to ship");
		}
	}

	record PaymentReturned(Instant at, OrderStatus status, long amountFen, String gatewayTxnId) implements OrderChange {
		public void followedBy(Consequences consequences, Order order) { consequences.paymentReturned(order, this); }
		public Actor actor() { return Actor.GATEWAY; }
		public String event() { return "PAYMENT_RETURNED"; }
		public @Nullable String reasonCode() { return "PAYMENT_NOT_APPLICABLE"; }
		public LocalizedText message() {
			return new LocalizedText("收到一笔订单无法接受的付款 " + Fen.yuan(amountFen) + "，将全额原路退回",
					"A payment of " + Fen.yuan(amountFen) + " arrived that this order cannot take; it is being refunded in full");
		}
	}

	record Cancelled(Instant at, Actor actor, CancelReason reason, @Nullable String note, long refundDueFen)
			implements OrderChange {
		public void followedBy(Consequences consequences, Order order) { consequences.cancelled(order, this); }
		public OrderStatus status() { return OrderStatus.CANCELLED; }
		public String event() { return "CANCELLED"; }
		public String reasonCode() { return reason.name(); }
		public LocalizedText message() {
			LocalizedText why = reason.text();
			if (refundDueFen == 0) {
				return new LocalizedText("订单已取消：" + why.zh(), "Order cancelled: " + why.en());
			}
			return new LocalizedText("订单已取消：" + why.zh() + "。已付 " + Fen.yuan(refundDueFen) + " 将全额退回",
					"Order cancelled: " + why.en() + ". The " + Fen.yuan(refundDueFen) + " paid is being refunded in full");
		}
	}

	/** {@code cause} names the refund: one refund per order and cause. */
	record Refunded(Instant at, OrderStatus status, long amountFen, String cause) implements OrderChange {
		public void followedBy(Consequences consequences, Order order) { consequences.refunded(order, this); }
		public Actor actor() { return Actor.GATEWAY; }
		public String event() { return "REFUNDED"; }
		public @Nullable String reasonCode() { return null; }
		public LocalizedText message() {
			return new LocalizedText("已退款 " + Fen.yuan(amountFen) + "，原路退回", "Refunded " + Fen.yuan(amountFen) + " to the original payment method");
		}
	}

	record Shipped(Instant at, Actor actor, String carrier, String trackingNo) implements OrderChange {
		public void followedBy(Consequences consequences, Order order) { consequences.shipped(order, this); }
		public OrderStatus status() { return OrderStatus.SHIPPED; }
		public String event() { return "SHIPPED"; }
		public @Nullable String reasonCode() { return null; }
		public LocalizedText message() {
			return new LocalizedText("商家已发货：" + carrier + " " + trackingNo, "Shipped with " + carrier + ", tracking number " + trackingNo);
		}
	}

	record Completed(Instant at, Actor actor, boolean automatic) implements OrderChange {
		public void followedBy(Consequences consequences, Order order) { consequences.completed(order, this); }
		public OrderStatus status() { return OrderStatus.COMPLETED; }
		public String event() { return automatic ? "AUTO_COMPLETED" : "RECEIPT_CONFIRMED"; }
		public @Nullable String reasonCode() { return automatic ? "CONFIRMATION_WINDOW_ENDED" : null; }
		public LocalizedText message() {
			return automatic
					? new LocalizedText("确认收货期限已到，系统已自动确认收货", "The confirmation window ended; receipt was confirmed automatically")
					: new LocalizedText("买家已确认收货，交易完成", "The buyer confirmed receipt; the order is complete");
		}
	}

	record DelistingNoticed(Instant at, OrderStatus status, String reasonCode, String note) implements OrderChange {
		public void followedBy(Consequences consequences, Order order) { consequences.delistingNoticed(order, this); }
		public Actor actor() { return Actor.SYSTEM; }
		public String event() { return "PRODUCT_DELISTED"; }
		public LocalizedText message() {
			boolean banned = "BANNED".equals(reasonCode);
			if (status == OrderStatus.SHIPPED) {
				return new LocalizedText((banned ? "该商品因违规已被平台下架" : "该商品因质量问题已下架") + "：您可申请退货，全额退款，退货运费由商家承担",
						(banned ? "The platform banned this product for a violation" : "This product was delisted for a quality issue")
								+ ": you may return it for a full refund, with return shipping paid by the merchant");
			}
			LocalizedText who = banned ? new LocalizedText("平台已因违规下架该商品", "The platform banned this product for a violation")
					: new LocalizedText("商家已下架该商品", "The merchant delisted this product");
			if (status == OrderStatus.PENDING_PAYMENT) {
				return new LocalizedText(who.zh() + "；您的付款正在处理中，付款成功则订单有效，商家须按订单履约",
						who.en() + "; your payment is being processed, and if it succeeds your order stands and the merchant must fulfil it");
			}
			return new LocalizedText(who.zh() + "，但您的订单依然有效：商家须在发货期限前发货，否则订单将自动取消、全额退款并按平台规则补偿您",
					who.en() + "; your order stands: the merchant must ship it by the shipping deadline, or it is cancelled, refunded in full and you are compensated under the platform's rules");
		}
	}

	record Compensated(OrderStatus status, Order.Compensation compensation) implements OrderChange {
		public void followedBy(Consequences consequences, Order order) { consequences.compensated(order, this); }
		public Instant at() { return compensation.at(); }
		public Actor actor() { return Actor.SYSTEM; }
		public String event() { return "COMPENSATED"; }
		public String reasonCode() { return compensation.ruleCode(); }
		public LocalizedText message() { return compensation.message(); }
	}
}
