package com.orderkeep.ordering.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import com.orderkeep.ordering.OrderView;
import com.orderkeep.ordering.OrderRefused;
import com.orderkeep.shared.LocalizedText;

/**
 * Applies one verb of the state machine to a stored order within the caller's transaction: saves the order if
 * nobody changed it meanwhile, appends the change to the timeline, and does what the change implies
 * ({@link OrderConsequences}).
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
class OrderTransitions {

	private static final Logger log = LoggerFactory.getLogger(OrderTransitions.class);
	private static final LocalizedText PAYMENT_UNDER_WAY = new LocalizedText("该订单正在付款中，请稍候查看付款结果",
			"A payment of this order is under way; wait for its outcome");

	private final Orders orders;
	private final Timeline timeline;
	private final OrderConsequences consequences;
	private final OrderViews views;
	private final Clock clock;

	OrderTransitions(Orders orders, Timeline timeline, OrderConsequences consequences, OrderViews views, Clock clock) {
		this.orders = orders;
		this.timeline = timeline;
		this.consequences = consequences;
		this.views = views;
		this.clock = clock;
	}

	Order load(String orderId) {
		return orders.find(orderId).orElseThrow(() -> OrderRefused.noSuchOrder(orderId));
	}

	OrderView apply(Order order, Function<Order, OrderChange> verb) {
		change(order, verb);
		return views.of(order);
	}

	/**
	 * Applies the verb to the order and returns the change it made. Someone else having changed the order since it
	 * was read is an {@link OptimisticLockingFailureException}: nothing was written, and the caller may retry.
	 */
	OrderChange change(Order order, Function<Order, OrderChange> verb) {
		int expected = order.version();
		OrderChange change;
		try {
			change = verb.apply(order);
		}
		catch (Order.IllegalTransition e) {
			throw illegal(e);
		}
		catch (Order.PaymentUnderWay e) {
			throw paymentUnderWay(e);
		}
		catch (IllegalArgumentException e) {
			throw new OrderRefused(OrderRefused.Reason.NOT_ALLOWED, new LocalizedText("请求无效：" + e.getMessage(), e.getMessage()));
		}
		save(order, expected);
		timeline.append(List.of(new Timeline.Step(order.id(), order.version(), change)));
		change.followedBy(consequences, order);
		try (var ignored = MDC.putCloseable("orderId", order.id())) {
			log.info("Order {} by {}: now {}", change.event(), change.actor().asText(), order.status());
		}
		return change;
	}

	/**
	 * Marks that the buyer is paying the order now; refused when it does not await payment or another payment of it
	 * is under way. A concurrent change of the order is an {@link OptimisticLockingFailureException}.
	 */
	void startPayment(Order order) {
		int expected = order.version();
		try {
			order.startPayment(now());
		}
		catch (Order.IllegalTransition e) {
			throw illegal(e);
		}
		catch (Order.PaymentUnderWay e) {
			throw paymentUnderWay(e);
		}
		save(order, expected);
	}

	private void save(Order order, int expectedVersion) {
		if (!orders.update(order, expectedVersion)) {
			throw new OptimisticLockingFailureException("order " + order.id() + " changed since version " + expectedVersion);
		}
	}

	private static OrderRefused illegal(Order.IllegalTransition e) {
		return new OrderRefused(OrderRefused.Reason.NOT_IN_THIS_STATUS, new LocalizedText(
				"订单当前状态为「" + e.current().label().zh() + "」，不能执行此操作",
				"The order is " + e.current() + ": " + e.getMessage()));
	}

	private OrderRefused paymentUnderWay(Order.PaymentUnderWay e) {
		return new OrderRefused(OrderRefused.Reason.PAYMENT_UNDER_WAY, PAYMENT_UNDER_WAY,
				Duration.between(now(), e.releasedAt()));
	}

	Instant now() {
		return clock.instant();
	}
}
