package com.orderkeep.ordering.internal;

import static com.orderkeep.ordering.internal.OrderStateMachineProperties.PLACED_AT;
import static com.orderkeep.ordering.internal.OrderStateMachineProperties.placedOrder;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.orderkeep.ordering.CancelReason;
import com.orderkeep.ordering.OrderStatus;
import com.orderkeep.shared.Actor;

/**
 * The gateway captured a second payment for an order already paid: the second one is announced for refund on its
 * own, so cancelling the order must announce only the first.
 */
class BuyerPayingTwiceTests {

	private final Order order = placedOrder(4500, 1);
	private final OrderChange secondPayment;

	BuyerPayingTwiceTests() {
		order.pay("txn-1", 4500, PLACED_AT.plusSeconds(60));
		secondPayment = order.pay("txn-2", 4500, PLACED_AT.plusSeconds(61));
	}

	@Test
	void returnsTheSecondPaymentAndKeepsTheOrder() {
		assertThat(secondPayment).isInstanceOf(OrderChange.PaymentReturned.class);
		assertThat(order.status()).isEqualTo(OrderStatus.TO_SHIP);
		assertThat(order.owedToBuyer()).isEqualTo(4500);
	}

	@Test
	void cancellingAnnouncesOnlyWhatTheOrderKept() {
		OrderChange.Cancelled cancelled = order.cancel(CancelReason.CHANGED_MIND, Actor.buyer("buyer-1"), null,
				PLACED_AT.plusSeconds(62));

		long announced = ((OrderChange.PaymentReturned) secondPayment).amountFen() + cancelled.refundDueFen();
		assertThat(announced).as("refunds announced for an order paid 9000 fen").isEqualTo(order.state().paidFen());
	}

	@Test
	void getsBothPaymentsBackWhicheverRefundIsPaidFirst() {
		OrderChange.Cancelled cancelled = order.cancel(CancelReason.CHANGED_MIND, Actor.buyer("buyer-1"), null,
				PLACED_AT.plusSeconds(62));

		order.refund(((OrderChange.PaymentReturned) secondPayment).amountFen(), PLACED_AT.plusSeconds(63));
		order.refund(cancelled.refundDueFen(), PLACED_AT.plusSeconds(64));

		assertThat(order.state().refundedFen()).isEqualTo(9000);
	}
}
