package com.orderkeep.ordering.internal;

import static com.orderkeep.ordering.internal.OrderFixture.PLACED_AT;
import static com.orderkeep.ordering.internal.OrderFixture.payAnnounced;
import static com.orderkeep.ordering.internal.OrderFixture.placedOrder;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.orderkeep.ordering.CancelReason;
import com.orderkeep.ordering.OrderStatus;
import com.orderkeep.shared.Actor;

/**
 * The gateway captured a second payment for an order already paid, and the buyer then cancels: the second payment
 * and the cancellation each announce a refund, and the buyer gets both payments back whichever is paid first.
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
	void getsBothPaymentsBackWhenTheReturnedPaymentIsRefundedFirst() {
		long returned = ((OrderChange.PaymentReturned) secondPayment).amountFen();
		long cancelled = cancel().refundDueFen();

		payAnnounced(order, returned, PLACED_AT.plusSeconds(63));
		payAnnounced(order, cancelled, PLACED_AT.plusSeconds(64));

		assertThat(order.state().refundedFen()).isEqualTo(9000);
		assertThat(order.owedToBuyer()).isZero();
	}

	@Test
	void getsBothPaymentsBackWhenTheCancellationIsRefundedFirst() {
		long returned = ((OrderChange.PaymentReturned) secondPayment).amountFen();
		long cancelled = cancel().refundDueFen();

		payAnnounced(order, cancelled, PLACED_AT.plusSeconds(63));
		payAnnounced(order, returned, PLACED_AT.plusSeconds(64));

		assertThat(order.state().refundedFen()).isEqualTo(9000);
		assertThat(order.owedToBuyer()).isZero();
	}

	private OrderChange.Cancelled cancel() {
		return order.cancel(CancelReason.CHANGED_MIND, Actor.buyer("buyer-1"), null, PLACED_AT.plusSeconds(62));
	}
}
