package com.orderkeep.ordering.internal;

import static com.orderkeep.ordering.internal.OrderFixture.PLACED_AT;
import static com.orderkeep.ordering.internal.OrderFixture.placedOrder;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

import com.orderkeep.ordering.CancelReason;
import com.orderkeep.ordering.OrderStatus;
import com.orderkeep.shared.Actor;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/**
 * A payment the buyer starts holds the order for {@link Order#PAYMENT_HOLD}: whatever pays, cancels and further
 * starts arrive meanwhile, and however they are spaced, no second payment is started and nobody cancels the order
 * while the first may still be captured; a capture is always taken; what is refused changes nothing.
 */
class PaymentHoldProperties {

	@Property(tries = 3000)
	void startsAtMostOnePaymentAtATimeAndNeverCancelsUnderIt(@ForAll("steps") List<Step> steps) {
		Order order = placedOrder(2990, 1);
		Instant at = PLACED_AT;
		@Nullable Instant lastStart = null;
		for (Step step : steps) {
			at = at.plus(step.after());
			Order.State before = order.state();
			try {
				switch (step.command()) {
					case START -> {
						order.startPayment(at);
						assertThat(before.status()).isEqualTo(OrderStatus.PENDING_PAYMENT);
						if (lastStart != null) {
							assertThat(Duration.between(lastStart, at)).as("a second payment started too soon")
								.isGreaterThanOrEqualTo(Order.PAYMENT_HOLD);
						}
						lastStart = at;
					}
					case CANCEL -> {
						order.cancel(CancelReason.CHANGED_MIND, Actor.buyer("buyer-1"), null, at);
						if (lastStart != null && before.status() == OrderStatus.PENDING_PAYMENT) {
							assertThat(Duration.between(lastStart, at)).as("cancelled under a payment")
								.isGreaterThanOrEqualTo(Order.PAYMENT_HOLD);
						}
					}
					case CAPTURE -> {
						OrderChange change = order.pay("txn-" + at.toEpochMilli(), order.totalFen(), at);
						assertThat(change).isNotNull();
					}
				}
			}
			catch (Order.IllegalTransition | Order.PaymentUnderWay refused) {
				assertThat(order.state()).as("%s was refused and must change nothing", step).isEqualTo(before);
			}
			if (order.status() != OrderStatus.PENDING_PAYMENT) {
				assertThat(order.paymentUnderWay(at)).isFalse();
				assertThat(order.cancellableFrom(at)).isEqualTo(at);
			}
			else if (lastStart != null) {
				assertThat(order.paymentUnderWay(at)).isEqualTo(at.isBefore(lastStart.plus(Order.PAYMENT_HOLD)));
				assertThat(order.cancellableFrom(at)).isEqualTo(at.isBefore(lastStart.plus(Order.PAYMENT_HOLD))
						? lastStart.plus(Order.PAYMENT_HOLD) : at);
			}
		}
	}

	enum Command {
		START, CANCEL, CAPTURE
	}

	record Step(Duration after, Command command) {
	}

	@Provide
	Arbitrary<List<Step>> steps() {
		Arbitrary<Duration> gaps = Arbitraries.longs().between(0, 150).map(Duration::ofSeconds);
		Arbitrary<Command> commands = Arbitraries.frequency(Tuple.of(4, Command.START), Tuple.of(3, Command.CANCEL),
				Tuple.of(1, Command.CAPTURE));
		return Combinators.combine(gaps, commands).as(Step::new).list().ofMaxSize(12);
	}
}
