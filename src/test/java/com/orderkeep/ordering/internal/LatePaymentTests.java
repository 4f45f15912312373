package com.orderkeep.ordering.internal;

import static com.orderkeep.ordering.internal.OrderFixture.PLACED_AT;
import static com.orderkeep.ordering.internal.OrderFixture.placedOrder;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import com.orderkeep.ordering.CancelReason;
import com.orderkeep.ordering.OrderStatus;
import com.orderkeep.ordering.PaymentStatus;
import com.orderkeep.shared.Actor;

class LatePaymentTests {

	private final Order order = placedOrder(1990, 1);

	LatePaymentTests() {
		order.cancel(CancelReason.PAYMENT_TIMEOUT, Actor.SYSTEM, null, PLACED_AT.plus(Duration.ofMinutes(15)));
	}

	@Test
	void returnsThePaymentInFull() {
		OrderChange change = order.pay("txn-late", 1990, PLACED_AT.plus(Duration.ofMinutes(16)));

		assertThat(change).isInstanceOf(OrderChange.PaymentReturned.class);
		assertThat(((OrderChange.PaymentReturned) change).amountFen()).isEqualTo(1990);
		assertThat(order.owedToBuyer()).isEqualTo(1990);
		assertThat(order.paymentStatus()).isEqualTo(PaymentStatus.REFUNDING);
	}

	@Test
	void leavesTheOrderCancelledForTheReasonItWasCancelled() {
		order.pay("txn-late", 1990, PLACED_AT.plus(Duration.ofMinutes(16)));

		assertThat(order.status()).isEqualTo(OrderStatus.CANCELLED);
		assertThat(order.state().cancellation().reason()).isEqualTo(CancelReason.PAYMENT_TIMEOUT);
	}

	@Test
	void endsRefundedOnceThePaymentWentBack() {
		order.pay("txn-late", 1990, PLACED_AT.plus(Duration.ofMinutes(16)));
		order.refund(1990, "CANCELLED", PLACED_AT.plus(Duration.ofMinutes(17)));

		assertThat(order.owedToBuyer()).isZero();
		assertThat(order.paymentStatus()).isEqualTo(PaymentStatus.REFUNDED);
	}
}
