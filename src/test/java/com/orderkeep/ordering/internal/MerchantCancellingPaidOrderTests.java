package com.orderkeep.ordering.internal;

import static com.orderkeep.ordering.internal.OrderFixture.PLACED_AT;
import static com.orderkeep.ordering.internal.OrderFixture.paidOrder;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

import com.orderkeep.ordering.CancelReason;
import com.orderkeep.ordering.OrderStatus;
import com.orderkeep.ordering.PaymentStatus;
import com.orderkeep.shared.Actor;

class MerchantCancellingPaidOrderTests {

	private final Order order = paidOrder(2990, 2);
	private final Actor merchant = Actor.merchant("merchant-1");

	@Test
	void refundsEverythingPaid() {
		OrderChange.Cancelled cancelled = order.cancel(CancelReason.OUT_OF_STOCK, merchant, "仓库断货", PLACED_AT.plusSeconds(120));

		assertThat(cancelled.refundDueFen()).isEqualTo(5980);
		assertThat(order.owedToBuyer()).isEqualTo(5980);
		assertThat(order.paymentStatus()).isEqualTo(PaymentStatus.REFUNDING);

		order.refund(5980, "CANCELLED", PLACED_AT.plusSeconds(180));
		assertThat(order.owedToBuyer()).isZero();
		assertThat(order.paymentStatus()).isEqualTo(PaymentStatus.REFUNDED);
	}

	@Test
	void recordsTheMerchantsReasonAndNote() {
		OrderChange.Cancelled cancelled = order.cancel(CancelReason.QUALITY_ISSUE, merchant, "批次抽检不合格",
				PLACED_AT.plusSeconds(120));

		assertThat(cancelled.actor()).isEqualTo(merchant);
		assertThat(cancelled.reasonCode()).isEqualTo("QUALITY_ISSUE");
		assertThat(order.state().cancellation()).isEqualTo(new Order.Cancellation(CancelReason.QUALITY_ISSUE, merchant,
				PLACED_AT.plusSeconds(120), "批次抽检不合格"));
		assertThat(order.status()).isEqualTo(OrderStatus.CANCELLED);
	}

	@Test
	void mayNotGiveTheBuyersReasons() {
		Order.State before = order.state();

		assertThatIllegalArgumentException()
			.isThrownBy(() -> order.cancel(CancelReason.CHANGED_MIND, merchant, null, PLACED_AT.plusSeconds(120)));
		assertThat(order.state()).isEqualTo(before);
	}
}
