package com.orderkeep.ordering.internal;

import static com.orderkeep.ordering.internal.OrderFixture.PLACED_AT;
import static com.orderkeep.ordering.internal.OrderFixture.payAnnounced;
import static com.orderkeep.ordering.internal.OrderFixture.placedOrder;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

import com.orderkeep.ordering.CancelReason;
import com.orderkeep.ordering.OrderStatus;
import com.orderkeep.ordering.PaymentStatus;
import com.orderkeep.shared.Actor;

/**
 * Random lives of one order: whatever the buyer, the merchant, the gateway and the platform ask of it, in any
 * order, the order only moves along its legal edges, a refusal changes nothing, and the buyer is never out of
 * pocket.
 */
class OrderStateMachineProperties {


	private static final Map<OrderStatus, Set<OrderStatus>> LEGAL_MOVES = Map.of(
			OrderStatus.PENDING_PAYMENT, EnumSet.of(OrderStatus.TO_SHIP, OrderStatus.CANCELLED),
			OrderStatus.TO_SHIP, EnumSet.of(OrderStatus.SHIPPED, OrderStatus.CANCELLED),
			OrderStatus.SHIPPED, EnumSet.of(OrderStatus.COMPLETED),
			OrderStatus.GROUPING, EnumSet.noneOf(OrderStatus.class),
			OrderStatus.COMPLETED, EnumSet.noneOf(OrderStatus.class),
			OrderStatus.CANCELLED, EnumSet.noneOf(OrderStatus.class));

	@Property(tries = 2000)
	void keepsItsRulesAfterEveryCommand(@ForAll @LongRange(min = 1, max = 100_000) long priceFen,
			@ForAll @IntRange(min = 1, max = 5) int quantity, @ForAll("commands") List<Command> commands) {
		Order order = placedOrder(priceFen, quantity);
		assertRules(order);
		Instant at = PLACED_AT;
		for (Command command : commands) {
			at = at.plus(Duration.ofMinutes(1));
			Order.State before = order.state();
			PaymentStatus paymentBefore = order.paymentStatus();
			OrderChange change;
			try {
				change = command.applyTo(order, at);
			}
			catch (Order.IllegalTransition | IllegalArgumentException refused) {
				assertThat(order.state()).as("%s was refused and must change nothing", command).isEqualTo(before);
				assertThat(order.paymentStatus()).isEqualTo(paymentBefore);
				assertRules(order);
				continue;
			}
			Order.State after = order.state();
			assertThat(after.version()).as("%s bumps the version once", command).isEqualTo(before.version() + 1);
			assertThat(change.status()).as("%s reports the status it left", command).isEqualTo(after.status());
			if (after.status() != before.status()) {
				assertThat(LEGAL_MOVES.get(before.status())).as("%s moved %s to %s", command, before.status(), after.status())
					.contains(after.status());
			}
			assertRules(order);
		}
	}

	/**
	 * Each change that leaves the buyer owed money announces a refund (a returned payment, a cancellation), and the
	 * payment module pays each announcement once, in whatever order its listeners run, at most what the order still
	 * owes at that moment. The announcements must always cover everything owed, each payment must go through, and
	 * together they must leave the buyer with exactly what the order keeps.
	 */
	@Property(tries = 2000)
	void announcedRefundsCoverEverythingOwed(@ForAll @LongRange(min = 1, max = 100_000) long priceFen,
			@ForAll @IntRange(min = 1, max = 5) int quantity, @ForAll("lifeWithoutDirectRefunds") List<Command> commands,
			@ForAll("claimOrder") List<Integer> settlementOrder) {
		Order order = placedOrder(priceFen, quantity);
		List<Long> announced = new ArrayList<>();
		Instant at = PLACED_AT;
		for (Command command : commands) {
			at = at.plus(Duration.ofMinutes(1));
			if (command instanceof ApplyAnnouncedRefund apply) {
				if (!announced.isEmpty()) {
					payAnnounced(order, announced.remove(Math.floorMod(apply.pick(), announced.size())), at);
				}
			}
			else {
				try {
					OrderChange change = command.applyTo(order, at);
					if (change instanceof OrderChange.PaymentReturned returned) {
						announced.add(returned.amountFen());
					}
					else if (change instanceof OrderChange.Cancelled cancelled && cancelled.refundDueFen() > 0) {
						announced.add(cancelled.refundDueFen());
					}
				}
				catch (Order.IllegalTransition | IllegalArgumentException refused) {
					// the caller is told no; nothing to announce
				}
			}
			assertThat(announced.stream().mapToLong(Long::longValue).sum())
				.as("refunds announced and not yet paid, after %s", command).isGreaterThanOrEqualTo(order.owedToBuyer());
		}
		for (int pick : settlementOrder) {
			if (announced.isEmpty()) {
				break;
			}
			at = at.plus(Duration.ofMinutes(1));
			payAnnounced(order, announced.remove(Math.floorMod(pick, announced.size())), at);
		}
		while (!announced.isEmpty()) {
			payAnnounced(order, announced.remove(0), at);
		}
		Order.State s = order.state();
		assertThat(order.owedToBuyer()).as("owed once every announced refund was paid").isZero();
		assertThat(s.paidFen() - s.refundedFen()).isEqualTo(kept(s));
	}

	private static void assertRules(Order order) {
		Order.State s = order.state();
		assertThat(s.refundedFen()).as("refunded").isBetween(0L, s.paidFen());
		assertThat(order.owedToBuyer()).as("owed to buyer").isNotNegative();
		if (s.status() == OrderStatus.TO_SHIP || s.status() == OrderStatus.SHIPPED || s.status() == OrderStatus.COMPLETED) {
			assertThat(s.paidFen() - s.refundedFen()).as("an order being fulfilled holds its total").isGreaterThanOrEqualTo(s.totalFen());
		}
		if (s.status() == OrderStatus.CANCELLED) {
			assertThat(s.cancellation()).isNotNull();
		}
		Order settled = Order.restore(s);
		if (settled.owedToBuyer() > 0) {
			settled.refund(settled.owedToBuyer(), "CANCELLED", PLACED_AT);
		}
		Order.State afterRefunds = settled.state();
		assertThat(afterRefunds.paidFen() - afterRefunds.refundedFen())
			.as("what the buyer is out once every owed refund is paid, for an order %s", s.status())
			.isEqualTo(kept(s));
		if (s.status() == OrderStatus.CANCELLED) {
			assertThat(settled.paymentStatus()).isIn(PaymentStatus.REFUNDED, PaymentStatus.UNPAID);
		}
	}

	private static long kept(Order.State s) {
		return switch (s.status()) {
			case TO_SHIP, SHIPPED, COMPLETED -> s.totalFen();
			default -> 0;
		};
	}

	@Provide
	Arbitrary<List<Command>> commands() {
		return Arbitraries.oneOf(lifeCommands(), refundCommands()).list().ofMaxSize(25);
	}

	@Provide
	Arbitrary<List<Command>> lifeWithoutDirectRefunds() {
		return Arbitraries.oneOf(lifeCommands(), Arbitraries.integers().between(0, 7).map(ApplyAnnouncedRefund::new))
			.list().ofMaxSize(25);
	}

	@Provide
	Arbitrary<List<Integer>> claimOrder() {
		return Arbitraries.integers().between(0, 7).list().ofMaxSize(8);
	}

	private static Arbitrary<Command> lifeCommands() {
		Arbitrary<Command> cancels = Combinators
			.combine(Arbitraries.of(Actor.Kind.BUYER, Actor.Kind.MERCHANT, Actor.Kind.SYSTEM, Actor.Kind.AGENT),
					Arbitraries.of(CancelReason.class))
			.as(Cancel::new);
		return Arbitraries.oneOf(Arbitraries.just(new PayInFull()), Arbitraries.just(new PayInFull()),
				Arbitraries.longs().between(-3, 3).filter(d -> d != 0).map(PayWrongAmount::new),
				Arbitraries.longs().between(-1, 0).map(PayNothing::new), cancels,
				Arbitraries.just(new Ship()), Arbitraries.just(new ConfirmReceipt()),
				Arbitraries.just(new CompleteAutomatically()), Arbitraries.just(new NoticeDelisting()));
	}

	private static Arbitrary<Command> refundCommands() {
		return Arbitraries.oneOf(Arbitraries.just(new RefundWhatIsOwed()),
				Arbitraries.longs().between(1, 3).map(RefundTooMuch::new),
				Arbitraries.longs().between(1, 200_000).map(RefundSome::new));
	}

	sealed interface Command {
		OrderChange applyTo(Order order, Instant at);
	}

	record PayInFull() implements Command {
		public OrderChange applyTo(Order order, Instant at) {
			return order.pay("txn-" + at.toEpochMilli(), order.totalFen(), at);
		}
	}

	/** Off by a few fen: never the total. */
	record PayWrongAmount(long offBy) implements Command {
		public OrderChange applyTo(Order order, Instant at) {
			long amount = order.totalFen() + offBy;
			return order.pay("txn-" + at.toEpochMilli(), amount > 0 ? amount : order.totalFen() + 1, at);
		}
	}

	record PayNothing(long amountFen) implements Command {
		public OrderChange applyTo(Order order, Instant at) {
			return order.pay("txn-" + at.toEpochMilli(), amountFen, at);
		}
	}

	record Cancel(Actor.Kind by, CancelReason reason) implements Command {
		public OrderChange applyTo(Order order, Instant at) {
			Actor actor = switch (by) {
				case BUYER -> Actor.buyer("buyer-1");
				case MERCHANT -> Actor.merchant("merchant-1");
				case SYSTEM -> Actor.SYSTEM;
				default -> new Actor(by, "someone");
			};
			return order.cancel(reason, actor, "note", at);
		}
	}

	record Ship() implements Command {
		public OrderChange applyTo(Order order, Instant at) {
			return order.ship("顺丰", "SF1234567890", Actor.merchant("merchant-1"), at);
		}
	}

	record ConfirmReceipt() implements Command {
		public OrderChange applyTo(Order order, Instant at) {
			return order.confirmReceipt(Actor.buyer("buyer-1"), at);
		}
	}

	record CompleteAutomatically() implements Command {
		public OrderChange applyTo(Order order, Instant at) {
			return order.completeAutomatically(at);
		}
	}

	record NoticeDelisting() implements Command {
		public OrderChange applyTo(Order order, Instant at) {
			return order.noticeDelisting("OUT_OF_STOCK", "售罄", at);
		}
	}

	record RefundWhatIsOwed() implements Command {
		public OrderChange applyTo(Order order, Instant at) {
			return order.refund(order.owedToBuyer(), "CANCELLED", at);
		}
	}

	record RefundTooMuch(long extraFen) implements Command {
		public OrderChange applyTo(Order order, Instant at) {
			return order.refund(order.owedToBuyer() + extraFen, "CANCELLED", at);
		}
	}

	record RefundSome(long amountFen) implements Command {
		public OrderChange applyTo(Order order, Instant at) {
			return order.refund(amountFen, "CANCELLED", at);
		}
	}

	/** The payment module handles one of the refunds announced so far (which one: {@code pick}). */
	record ApplyAnnouncedRefund(int pick) implements Command {
		public OrderChange applyTo(Order order, Instant at) {
			throw new UnsupportedOperationException("handled by the property itself");
		}
	}
}
