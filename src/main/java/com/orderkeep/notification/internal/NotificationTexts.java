package com.orderkeep.notification.internal;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import com.orderkeep.notification.NotificationType;
import com.orderkeep.ordering.CancelReason;
import com.orderkeep.ordering.OrderAffectedByDelisting;
import com.orderkeep.ordering.OrderCancelled;
import com.orderkeep.ordering.OrderGroupCompleted;
import com.orderkeep.ordering.OrderRefunded;
import com.orderkeep.ordering.OrderStatus;
import com.orderkeep.ordering.changes.CompensationGranted;
import com.orderkeep.protection.ShipBySoon;
import com.orderkeep.shared.Actor;
import com.orderkeep.shared.Fen;
import com.orderkeep.shared.LocalizedText;

/**
 * What each event tells whom, in Chinese and English: what happened and why, what the platform already did, and what
 * the reader can do next.
 */
final class NotificationTexts {

	private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
	private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private static final Map<String, LocalizedText> DELIST_REASONS = Map.of(
			"OUT_OF_STOCK", new LocalizedText("缺货", "out of stock"),
			"PRICE_ADJUSTMENT", new LocalizedText("调价", "a price adjustment"),
			"QUALITY_ISSUE", new LocalizedText("质量问题", "a quality issue"),
			"OTHER", new LocalizedText("其他原因", "another reason"),
			"BANNED", new LocalizedText("被平台禁售", "banned by the platform"));

	private static final Map<String, LocalizedText> RULES = Map.of(
			"LATE_SHIPMENT", new LocalizedText("延迟发货补偿", "late shipment"),
			"STOCK_OUT_CANCEL", new LocalizedText("缺货取消补偿", "cancelled for a stock-out"),
			"BAD_FAITH_RELIST", new LocalizedText("下架后重新上架补偿", "delisted, then relisted"),
			"PRICE_PROTECTION", new LocalizedText("价格保护", "price protection"),
			"COUNTERFEIT", new LocalizedText("假一赔十", "counterfeit"),
			"GOODWILL", new LocalizedText("客服补偿", "goodwill"));

	private static final Map<String, LocalizedText> KINDS = Map.of("CASH", new LocalizedText("现金", "cash"));

	private NotificationTexts() {
	}

	/** To the buyer; to the merchant too when the platform cancelled because it did not ship in time. */
	static List<Notice> cancelled(OrderCancelled cancelled) {
		List<Notice> notices = new ArrayList<>();
		@Nullable String refund = cancelled.refundDueFen() > 0 ? Fen.yuan(cancelled.refundDueFen()) : null;
		LocalizedText reason = cancelled.reason().text();
		LocalizedText done = refund == null
				? new LocalizedText("该订单尚未付款，您无需支付任何费用。", "You had not paid for it, so you are charged nothing.")
				: new LocalizedText("平台已为您发起退款 " + refund + "，原路退回您的付款账户，无需您操作。",
						"The platform has started a refund of " + refund + " to the account you paid with; you need do nothing.");
		LocalizedText next = nextForBuyer(cancelled);
		String reports = cancelled.occurredAt().toString();
		boolean groupEnded = cancelled.reason() == CancelReason.GROUP_FAILED || cancelled.reason() == CancelReason.GROUP_CLOSED;
		notices.add(new Notice(cancelled.buyerId(), groupEnded ? NotificationType.GROUP_FAILED : NotificationType.ORDER_CANCELLED,
				cancelled.orderId(), reports, cancelled.occurredAt(),
				groupEnded ? new LocalizedText("拼团未成功，订单已取消", "Your group did not complete: order cancelled")
						: new LocalizedText("您的订单已取消", "Your order was cancelled"),
				new LocalizedText("您的订单已取消。原因：" + reason.zh() + "。" + done.zh() + next.zh(),
						"Your order was cancelled. Reason: " + reason.en() + ". " + done.en() + " " + next.en())));
		if (cancelled.reason() == CancelReason.NOT_SHIPPED_IN_TIME) {
			LocalizedText refunded = refund == null ? new LocalizedText("", "")
					: new LocalizedText("，并已向买家退款 " + refund, " and refunded the buyer " + refund);
			notices.add(new Notice(cancelled.merchantId(), NotificationType.ORDER_CANCELLED, cancelled.orderId(), reports,
					cancelled.occurredAt(), new LocalizedText("订单未按时发货，已被平台取消", "Order cancelled: not shipped in time"),
					new LocalizedText("您的店铺未在承诺的发货期限内发货，平台已自动取消该订单" + refunded.zh()
							+ "。买家将按平台规则获得补偿，补偿可能从您的保证金中扣除。请不要再发出该订单；今后请在发货期限前发货，或及时说明原因取消。",
							"Your shop did not ship this order by its promised deadline, so the platform cancelled it"
									+ refunded.en() + ". The buyer is compensated under the platform's rules, which may be "
									+ "charged to your deposit. Do not ship this order now; from now on, ship before the "
									+ "deadline or cancel in time with a reason.")));
		}
		return notices;
	}

	private static LocalizedText nextForBuyer(OrderCancelled cancelled) {
		Actor.Kind by = actorKind(cancelled.actor());
		return switch (cancelled.reason()) {
			case CHANGED_MIND, ORDERED_BY_MISTAKE -> orderAgain();
			case PAYMENT_TIMEOUT -> new LocalizedText("如仍需要，请重新下单并在付款时限内付款。",
					"If you still want it, place a new order and pay within the payment window.");
			case PRODUCT_DELISTED -> new LocalizedText("您可以选购其他商家的同类商品。",
					"You can look for similar products from other merchants.");
			case OUT_OF_STOCK, PRICE_ADJUSTMENT, QUALITY_ISSUE, NOT_SHIPPED_IN_TIME -> compensatedAutomatically();
			case GROUP_FAILED, GROUP_CLOSED -> new LocalizedText("您可以再开一个团，或加入该商品其他正在进行的团。",
					"You can start a new group, or join another open group of this product.");
			case OTHER -> switch (by) {
				case BUYER -> orderAgain();
				case MERCHANT -> compensatedAutomatically();
				default -> new LocalizedText("如有疑问，请联系客服。", "If anything is unclear, contact customer service.");
			};
		};
	}

	private static LocalizedText orderAgain() {
		return new LocalizedText("如有需要，您可以随时重新下单。", "You can order again whenever you like.");
	}

	private static LocalizedText compensatedAutomatically() {
		return new LocalizedText("平台规则规定的补偿会自动发放给您，无需申请；您也可以选购其他商家的同类商品。",
				"Any compensation the platform's rules provide is paid to you automatically, with no claim needed; "
						+ "you can also look for similar products from other merchants.");
	}

	private static Actor.Kind actorKind(String actor) {
		try {
			return Actor.parse(actor).kind();
		}
		catch (RuntimeException notAnActor) {
			return Actor.Kind.SYSTEM;
		}
	}

	/** To the buyer of each member's order, when its group completed. */
	static Notice groupCompleted(OrderGroupCompleted completed) {
		LocalizedText how = completed.byMerchant()
				? new LocalizedText("商家决定按拼团价提前成团", "The merchant chose to ship the group at the group price before it filled")
				: new LocalizedText("团已满员", "The group is full");
		return new Notice(completed.buyerId(), NotificationType.GROUP_COMPLETE, completed.orderId(),
				completed.groupId(), completed.occurredAt(), new LocalizedText("拼团成功", "Your group is complete"),
				new LocalizedText(how.zh() + "，拼团成功！您的订单已进入待发货，商家须在发货期限前发货。",
						how.en() + ": your group is complete. Your order is now to be shipped, by the merchant's shipping deadline."));
	}

	/** To the buyer, once the money is on its way back. */
	static Notice refunded(OrderRefunded refunded) {
		String amount = Fen.yuan(refunded.amountFen());
		return new Notice(refunded.buyerId(), NotificationType.REFUNDED, refunded.orderId(),
				refunded.cause(), refunded.occurredAt(),
				new LocalizedText("退款 " + amount + " 已原路退回", "Refund of " + amount + " sent"),
				new LocalizedText("您订单的退款 " + amount + " 已原路退回您的付款账户，到账时间以支付渠道为准。",
						"A refund of " + amount + " for your order went back to the account you paid with; when it "
								+ "shows depends on your payment provider."));
	}

	/** To the buyer who receives it, with the granting module's own words on why. */
	static Notice compensated(CompensationGranted granted) {
		String amount = Fen.yuan(granted.amountFen());
		LocalizedText rule = RULES.getOrDefault(granted.ruleCode(), new LocalizedText(granted.ruleCode(), granted.ruleCode()));
		LocalizedText kind = KINDS.getOrDefault(granted.kind(), new LocalizedText(granted.kind(), granted.kind()));
		return new Notice(granted.buyerId(), NotificationType.COMPENSATED, granted.orderId(),
				Notice.reportKey(granted.grantId()), granted.grantedAt(),
				new LocalizedText("您获得 " + amount + " 补偿", "You were compensated " + amount),
				new LocalizedText("平台已按规则（" + rule.zh() + "）向您发放 " + amount + " " + kind.zh() + "补偿，无需您申请。"
						+ granted.message().zh(),
						"Under the platform's rules (" + rule.en() + ") you were paid " + amount + " in " + kind.en()
								+ " compensation, with no claim needed. " + granted.message().en()));
	}

	/** To the buyer: the order stands, and what happens if the merchant does not ship. */
	static Notice delisted(OrderAffectedByDelisting affected) {
		LocalizedText reason = DELIST_REASONS.getOrDefault(affected.reasonCode(),
				new LocalizedText(affected.reasonCode(), affected.reasonCode()));
		LocalizedText what = new LocalizedText("您下单后，该商品已下架（原因：" + reason.zh() + "）。",
				"The product was delisted after you ordered it (reason: " + reason.en() + "). ");
		LocalizedText stands = stands(affected);
		LocalizedText note = affected.note().isBlank() ? new LocalizedText("", "")
				: new LocalizedText("说明：" + affected.note(), " Note: " + affected.note());
		return new Notice(affected.buyerId(), NotificationType.PRODUCT_DELISTED, affected.orderId(),
				affected.occurredAt().toString(), affected.occurredAt(),
				new LocalizedText("商品已下架，您的订单仍然有效", "Product delisted: your order stands"),
				new LocalizedText(what.zh() + stands.zh() + note.zh(), what.en() + stands.en() + note.en()));
	}

	private static LocalizedText stands(OrderAffectedByDelisting affected) {
		@Nullable LocalizedText because = switch (affected.reasonCode()) {
			case "QUALITY_ISSUE" -> new LocalizedText("该商品因质量问题下架", "the product was delisted for a quality issue");
			case "BANNED" -> new LocalizedText("该商品已被平台禁售", "the product was banned by the platform");
			default -> null;
		};
		if (affected.status() == OrderStatus.SHIPPED && because != null) {
			return new LocalizedText("您的订单已发货。由于" + because.zh() + "，您可以退货并获得全额退款，退货运费由商家承担。",
					"Your order has shipped. As " + because.en()
							+ ", you may return it for a full refund, with the return shipping paid by the merchant.");
		}
		if (affected.status() == OrderStatus.SHIPPED) {
			return new LocalizedText("您的订单已发货，将照常送达。", "Your order has shipped and will arrive as usual.");
		}
		if (affected.status() == OrderStatus.PENDING_PAYMENT) {
			return new LocalizedText("您的订单尚未付款；如不再需要，可直接取消，不产生任何费用。",
					"Your order is not paid yet; if you no longer want it, cancel it at no cost.");
		}
		return new LocalizedText("您已付款的订单仍然有效：商家须在发货期限前发货或说明原因取消；如到期未发货，平台会自动为您全额退款并按规则补偿，无需您操作。",
				"Your paid order stands: the merchant must ship it or cancel it with a reason by its shipping deadline, "
						+ "and if it does not ship you will be refunded in full and compensated automatically.");
	}

	/** To the merchant, before the platform cancels for it. */
	static Notice shipBySoon(ShipBySoon soon) {
		String zh = MINUTES.format(soon.shipBy().atZone(BEIJING)) + "（北京时间）";
		String en = MINUTES.format(soon.shipBy().atZone(ZoneOffset.UTC)) + " UTC";
		return new Notice(soon.merchantId(), NotificationType.SHIP_BY_SOON, soon.orderId(), soon.shipBy().toString(),
				soon.occurredAt(), new LocalizedText("订单即将超过发货期限", "An order must ship soon"),
				new LocalizedText("该订单须在 " + zh + "前发货。请按时发货，或说明原因取消；到期未发货的订单将由平台自动取消，向买家全额退款，并按规则补偿买家。",
						"This order must ship by " + en + ". Ship it, or cancel it with a reason, before then: an order "
								+ "not shipped by its deadline is cancelled by the platform, and the buyer is refunded in "
								+ "full and compensated under the platform's rules."));
	}
}
