package com.orderkeep.notification.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.orderkeep.notification.NotificationType;
import com.orderkeep.ordering.CancelReason;
import com.orderkeep.ordering.OrderAffectedByDelisting;
import com.orderkeep.ordering.OrderCancelled;
import com.orderkeep.ordering.OrderRefunded;
import com.orderkeep.ordering.OrderStatus;
import com.orderkeep.ordering.changes.CompensationGranted;
import com.orderkeep.protection.ShipBySoon;
import com.orderkeep.shared.Actor;
import com.orderkeep.shared.LocalizedText;

/**
 * What each event tells whom, word for word where it matters: why, what was already done, what to do next, and money
 * in yuan, in Chinese and English.
 */
class NotificationTextsTests {

	private static final Instant AT = Instant.parse("2026-12-03T08:00:00Z");

	@Test
	void aBuyersOwnCancelOfAnUnpaidOrderSaysNothingIsChargedAndTheyMayOrderAgain() {
		Notice notice = single(NotificationTexts.cancelled(new OrderCancelled("o-1", "b-1", "m-1", CancelReason.CHANGED_MIND,
				Actor.buyer("b-1").asText(), 0, AT)));

		assertThat(notice.recipientId()).isEqualTo("b-1");
		assertThat(notice.type()).isEqualTo(NotificationType.ORDER_CANCELLED);
		assertThat(notice.body().en()).isEqualTo("Your order was cancelled. Reason: The buyer changed their mind. You had "
				+ "not paid for it, so you are charged nothing. You can order again whenever you like.");
		assertThat(notice.body().zh()).isEqualTo("您的订单已取消。原因：买家不想要了。该订单尚未付款，您无需支付任何费用。如有需要，您可以随时重新下单。");
	}

	@Test
	void aMerchantsCancelOfAPaidOrderTellsTheBuyerOfTheRefundAndTheCompensationToCome() {
		Notice notice = single(NotificationTexts.cancelled(new OrderCancelled("o-1", "b-1", "m-1", CancelReason.QUALITY_ISSUE,
				Actor.merchant("m-1").asText(), 199_900, AT)));

		assertThat(notice.body().en()).contains("Reason: The product has a quality issue.",
				"a refund of ¥1999.00 to the account you paid with", "compensation the platform's rules provide is paid to you automatically");
		assertThat(notice.body().zh()).contains("原因：商品存在质量问题。", "退款 ¥1999.00", "补偿会自动发放给您");
	}

	@Test
	void aCancelForNotShippingInTimeTellsTheBuyerAndTheShop() {
		List<Notice> notices = NotificationTexts.cancelled(new OrderCancelled("o-1", "b-1", "m-1",
				CancelReason.NOT_SHIPPED_IN_TIME, Actor.SYSTEM.asText(), 4590, AT));

		assertThat(notices).extracting(Notice::recipientId).containsExactly("b-1", "m-1");
		assertThat(notices).extracting(Notice::reports).as("two recipients of one report").containsOnly(AT.toString());
		Notice toShop = notices.get(1);
		assertThat(toShop.title()).isEqualTo(new LocalizedText("订单未按时发货，已被平台取消", "Order cancelled: not shipped in time"));
		assertThat(toShop.body().en()).contains("cancelled it and refunded the buyer ¥45.90.", "charged to your deposit");
		assertThat(toShop.body().zh()).contains("并已向买家退款 ¥45.90", "保证金");
	}

	@Test
	void noOtherCancelIsToldToTheShop() {
		for (CancelReason reason : CancelReason.values()) {
			if (reason != CancelReason.NOT_SHIPPED_IN_TIME) {
				assertThat(NotificationTexts.cancelled(new OrderCancelled("o-1", "b-1", "m-1", reason,
						Actor.merchant("m-1").asText(), 100, AT))).as("%s", reason).extracting(Notice::recipientId)
					.containsExactly("b-1");
			}
		}
	}

	@Test
	void everyCancelReasonTellsTheBuyerWhatNext() {
		for (CancelReason reason : CancelReason.values()) {
			for (Actor actor : List.of(Actor.buyer("b-1"), Actor.merchant("m-1"), Actor.SYSTEM, new Actor(Actor.Kind.AGENT, "a-1"))) {
				Notice notice = NotificationTexts.cancelled(new OrderCancelled("o-1", "b-1", "m-1", reason, actor.asText(), 100, AT))
					.get(0);
				assertThat(notice.body().en()).as("%s by %s", reason, actor).contains(reason.text().en(), "refund of ¥1.00")
					.endsWith(".").doesNotContain("..", "  ");
				assertThat(notice.body().zh()).contains(reason.text().zh()).endsWith("。");
			}
		}
	}

	@Test
	void aRefundSaysHowMuchWentBack() {
		Notice notice = NotificationTexts.refunded(new OrderRefunded("o-1", "b-1", "m-1", 5, "CANCELLED", AT));

		assertThat(notice.title()).isEqualTo(new LocalizedText("退款 ¥0.05 已原路退回", "Refund of ¥0.05 sent"));
		assertThat(notice.reports()).as("one notice per refund cause").isEqualTo("CANCELLED");
	}

	@Test
	void aCompensationNamesItsRuleAmountAndTheGrantersWords() {
		Notice notice = NotificationTexts.compensated(grant("g-1", "STOCK_OUT_CANCEL"));

		assertThat(notice.recipientId()).isEqualTo("b-1");
		assertThat(notice.reports()).isEqualTo("g-1");
		assertThat(notice.title().en()).isEqualTo("You were compensated ¥12.00");
		assertThat(notice.body().en()).isEqualTo("Under the platform's rules (cancelled for a stock-out) you were paid ¥12.00 "
				+ "in cash compensation, with no claim needed. Sorry for the stock-out.");
		assertThat(notice.body().zh()).isEqualTo("平台已按规则（缺货取消补偿）向您发放 ¥12.00 现金补偿，无需您申请。很抱歉缺货了。");
		assertThat(NotificationTexts.compensated(grant("g-2", "NEW_RULE")).body().en()).contains("(NEW_RULE)");
	}

	@Test
	void aGrantIdTooLongToKeepIsKeptAsItsDigest() {
		Notice notice = NotificationTexts.compensated(grant("g".repeat(300), "GOODWILL"));

		assertThat(notice.reports()).startsWith("sha256:").hasSizeLessThanOrEqualTo(Notice.MOST_REPORTS);
		assertThat(NotificationTexts.compensated(grant("g".repeat(300), "GOODWILL")).reports()).isEqualTo(notice.reports());
	}

	@Test
	void aDelistingTellsTheBuyerOfAPaidOrderThatItStandsAndWhatIfItDoesNotShip() {
		Notice notice = NotificationTexts.delisted(delisted(OrderStatus.TO_SHIP, "OUT_OF_STOCK", ""));

		assertThat(notice.body().en()).isEqualTo("The product was delisted after you ordered it (reason: out of stock). Your "
				+ "paid order stands: the merchant must ship it or cancel it with a reason by its shipping deadline, and if "
				+ "it does not ship you will be refunded in full and compensated automatically.");
		assertThat(notice.body().zh()).isEqualTo("您下单后，该商品已下架（原因：缺货）。您已付款的订单仍然有效：商家须在发货期限前发货或说明原因取消；"
				+ "如到期未发货，平台会自动为您全额退款并按规则补偿，无需您操作。");
	}

	@Test
	void aShippedOrderOfAProductWithAQualityIssueOrBannedMayBeReturnedAtTheMerchantsCost() {
		for (String reason : List.of("QUALITY_ISSUE", "BANNED")) {
			Notice notice = NotificationTexts.delisted(delisted(OrderStatus.SHIPPED, reason, "批次问题"));
			assertThat(notice.body().en()).contains("Your order has shipped.", "return it for a full refund",
					"return shipping paid by the merchant", "Note: 批次问题");
			assertThat(notice.body().zh()).contains("退货并获得全额退款，退货运费由商家承担", "说明：批次问题");
		}
		assertThat(NotificationTexts.delisted(delisted(OrderStatus.SHIPPED, "PRICE_ADJUSTMENT", "")).body().en())
			.contains("will arrive as usual").doesNotContain("return");
		assertThat(NotificationTexts.delisted(delisted(OrderStatus.PENDING_PAYMENT, "OTHER", "")).body().en())
			.contains("not paid yet", "cancel it at no cost");
	}

	@Test
	void aShipBySoonReminderGivesTheDeadlineInBeijingTimeAndUtc() {
		Notice notice = NotificationTexts.shipBySoon(new ShipBySoon("o-1", "m-1", Instant.parse("2026-12-04T16:05:00Z"), AT));

		assertThat(notice.recipientId()).isEqualTo("m-1");
		assertThat(notice.type()).isEqualTo(NotificationType.SHIP_BY_SOON);
		assertThat(notice.body().zh()).startsWith("该订单须在 2026-12-05 00:05（北京时间）前发货。");
		assertThat(notice.body().en()).startsWith("This order must ship by 2026-12-04 16:05 UTC.");
	}

	@Test
	void cutsTextTooLongToKeepRatherThanFailTheChange() {
		String note = "长".repeat(3000);
		Notice notice = NotificationTexts.delisted(delisted(OrderStatus.TO_SHIP, "OTHER", note));

		assertThat(notice.body().zh()).hasSize(Notice.MOST_BODY).endsWith("…");
		assertThat(notice.body().en()).hasSize(Notice.MOST_BODY);
	}

	private static Notice single(List<Notice> notices) {
		assertThat(notices).hasSize(1);
		return notices.get(0);
	}

	private static OrderAffectedByDelisting delisted(OrderStatus status, String reason, String note) {
		return new OrderAffectedByDelisting("o-1", "b-1", "m-1", status, reason, note, AT);
	}

	private static CompensationGranted grant(String grantId, String ruleCode) {
		return new CompensationGranted() {

			public String grantId() {
				return grantId;
			}

			public String orderId() {
				return "o-1";
			}

			public String buyerId() {
				return "b-1";
			}

			public String ruleCode() {
				return ruleCode;
			}

			public int ruleVersion() {
				return 2;
			}

			public long amountFen() {
				return 1200;
			}

			public String kind() {
				return "CASH";
			}

			public String fundedBy() {
				return "MERCHANT_DEPOSIT";
			}

			public Instant grantedAt() {
				return AT;
			}

			public LocalizedText message() {
				return new LocalizedText("很抱歉缺货了。", "Sorry for the stock-out.");
			}
		};
	}
}
