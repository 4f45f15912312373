package com.orderkeep.ordering.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import com.orderkeep.inventory.FlashSaleManagement;
import com.orderkeep.inventory.StockManagement;
import com.orderkeep.ordering.OrderCancelled;
import com.orderkeep.ordering.OrderCompleted;
import com.orderkeep.ordering.OrderPaid;
import com.orderkeep.ordering.OrderShipped;
import com.orderkeep.ordering.OrderView;
import com.orderkeep.ordering.RefundDue;
import com.orderkeep.shared.LocalizedText;
import com.orderkeep.shared.ProblemCode;
import com.orderkeep.shared.ProblemException;
import com.orderkeep.shared.Things;

/**
 * Applies one verb of the state machine to a stored order within the caller's transaction: saves the order if
 * nobody changed it meanwhile, appends the change to the timeline, and does what the change implies (stock back,
 * deadlines set or resolved, events for the other modules).
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
class OrderTransitions {

	static final String CANCELLATION_REFUND = "CANCELLED";
	static final String RETURNED_PAYMENT_REFUND = "RETURNED:";

	private static final Logger log = LoggerFactory.getLogger(OrderTransitions.class);
	private static final LocalizedText PAYMENT_UNDER_WAY = new LocalizedText("该订单正在付款中，请稍候查看付款结果",
			"A payment of this order is under way; wait for its outcome");

	private final Orders orders;
	private final Timeline timeline;
	private final Deadlines deadlines;
	private final StockManagement stock;
	private final FlashSaleManagement flashSales;
	private final OrderViews views;
	private final OrderMetrics metrics;
	private final ApplicationEventPublisher events;
	private final OrderingProperties properties;
	private final Clock clock;

	OrderTransitions(Orders orders, Timeline timeline, Deadlines deadlines, StockManagement stock,
			FlashSaleManagement flashSales, OrderViews views,
			OrderMetrics metrics, ApplicationEventPublisher events, OrderingProperties properties, Clock clock) {
		this.orders = orders;
		this.timeline = timeline;
		this.deadlines = deadlines;
		this.stock = stock;
		this.flashSales = flashSales;
		this.views = views;
		this.metrics = metrics;
		this.events = events;
		this.properties = properties;
		this.clock = clock;
	}

	Order load(String orderId) {
		return orders.find(orderId).orElseThrow(() -> ProblemException.notFound(Things.ORDER, orderId));
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
			throw ProblemException.invalid("请求无效：" + e.getMessage(), e.getMessage());
		}
		save(order, expected);
		timeline.append(List.of(new Timeline.Step(order.id(), order.version(), change)));
		follow(order, change);
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

	private static ProblemException illegal(Order.IllegalTransition e) {
		return new ProblemException(ProblemCode.INVALID_STATE, new LocalizedText(
				"订单当前状态为「" + e.current().label().zh() + "」，不能执行此操作",
				"The order is " + e.current() + ": " + e.getMessage()));
	}

	private ProblemException paymentUnderWay(Order.PaymentUnderWay e) {
		return new ProblemException(ProblemCode.PAYMENT_IN_PROGRESS, PAYMENT_UNDER_WAY,
				Duration.between(now(), e.releasedAt()));
	}

	private void follow(Order order, OrderChange change) {
		Order.State s = order.state();
		if (change instanceof OrderChange.Paid paid) {
			deadlines.resolve(order.id(), Deadlines.PAYMENT_DUE, paid.at());
			events.publishEvent(new OrderPaid(order.id(), order.buyerId(), order.merchantId(), paid.amountFen(),
					paid.gatewayTxnId(), paid.at()));
		}
		else if (change instanceof OrderChange.PaymentReturned returned) {
			events.publishEvent(new RefundDue(order.id(), order.buyerId(), returned.amountFen(),
					RETURNED_PAYMENT_REFUND + returned.gatewayTxnId(), returned.at()));
		}
		else if (change instanceof OrderChange.Cancelled cancelled) {
			if (s.flashSaleId() != null) {
				flashSales.release(s.flashSaleId(), order.buyerId(), s.quantity());
			}
			else {
				stock.release(s.snapshot().skuId(), s.quantity());
			}
			deadlines.resolve(order.id(), Deadlines.PAYMENT_DUE, cancelled.at());
			metrics.cancelled(cancelled.reason());
			events.publishEvent(new OrderCancelled(order.id(), order.buyerId(), order.merchantId(), cancelled.reason(),
					cancelled.actor().asText(), cancelled.refundDueFen(), cancelled.at()));
			if (cancelled.refundDueFen() > 0) {
				events.publishEvent(new RefundDue(order.id(), order.buyerId(), cancelled.refundDueFen(),
						CANCELLATION_REFUND, cancelled.at()));
			}
		}
		else if (change instanceof OrderChange.Shipped shipped) {
			deadlines.add(List.of(new Deadlines.Due(order.id(), Deadlines.AUTO_COMPLETE,
					shipped.at().plus(properties.autoCompleteAfter()))));
			events.publishEvent(new OrderShipped(order.id(), order.merchantId(), shipped.carrier(), shipped.trackingNo(),
					shipped.at()));
		}
		else if (change instanceof OrderChange.Completed completed) {
			deadlines.resolve(order.id(), Deadlines.AUTO_COMPLETE, completed.at());
			events.publishEvent(new OrderCompleted(order.id(), order.buyerId(), order.merchantId(), order.totalFen(),
					completed.actor().asText(), completed.at()));
		}
	}

	java.time.Instant now() {
		return clock.instant();
	}
}
