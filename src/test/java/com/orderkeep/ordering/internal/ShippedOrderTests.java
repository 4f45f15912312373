package com.orderkeep.ordering.internal;

import static com.orderkeep.ordering.internal.OrderFixture.PLACED_AT;
import static com.orderkeep.ordering.internal.OrderFixture.shippedOrder;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import com.orderkeep.ordering.CancelReason;
import com.orderkeep.ordering.OrderStatus;
import com.orderkeep.ordering.PaymentStatus;
import com.orderkeep.shared.Actor;

class ShippedOrderTests {

	private final Order order = shippedOrder(12800, 1);

	@Test
	void cannotBeCancelledByAnyone() {
		Order.State before = order.state();

		assertThatThrownBy(() -> order.cancel(CancelReason.CHANGED_MIND, Actor.buyer("buyer-1"), null, PLACED_AT))
			.isInstanceOf(Order.IllegalTransition.class);
		assertThatThrownBy(() -> order.cancel(CancelReason.OUT_OF_STOCK, Actor.merchant("merchant-1"), null, PLACED_AT))
			.isInstanceOf(Order.IllegalTransition.class);
		assertThat(order.state()).isEqualTo(before);
	}

	@Test
	void completesAutomaticallyForTheSystem() {
		OrderChange.Completed completed = order.completeAutomatically(PLACED_AT.plusSeconds(864_120));

		assertThat(completed.event()).isEqualTo("AUTO_COMPLETED");
		assertThat(completed.actor()).isEqualTo(Actor.SYSTEM);
		assertThat(order.status()).isEqualTo(OrderStatus.COMPLETED);
		assertThat(order.paymentStatus()).isEqualTo(PaymentStatus.PAID);
	}

	@Test
	void cannotCompleteTwice() {
		order.confirmReceipt(Actor.buyer("buyer-1"), PLACED_AT.plusSeconds(3600));

		assertThatThrownBy(() -> order.completeAutomatically(PLACED_AT.plusSeconds(864_120)))
			.isInstanceOf(Order.IllegalTransition.class)
			.satisfies(e -> assertThat(((Order.IllegalTransition) e).current()).isEqualTo(OrderStatus.COMPLETED));
	}
}
