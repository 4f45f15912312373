package com.orderkeep.ordering.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import com.orderkeep.inventory.FlashSaleManagement;
import com.orderkeep.inventory.StockManagement;
import com.orderkeep.ordering.OrderAffectedByDelisting;
import com.orderkeep.ordering.OrderCancelled;
import com.orderkeep.ordering.OrderCompleted;
import com.orderkeep.ordering.OrderGroupCompleted;
import com.orderkeep.ordering.OrderPaid;
import com.orderkeep.ordering.OrderRefunded;
import com.orderkeep.ordering.OrderShipped;
import com.orderkeep.ordering.RefundDue;
import com.orderkeep.ordering.seats.GroupSeats;

/**
 * What each change of a stored order implies, in the transaction that saved it: stock back, deadlines set or
 * resolved, and the events other modules act on after commit.
 */
@Component
class OrderConsequences implements OrderChange.Consequences {

	private static final String CANCELLATION_REFUND = "CANCELLED";
	private static final String RETURNED_PAYMENT_REFUND = "RETURNED:";

	private final Deadlines deadlines;
	private final StockManagement stock;
	private final FlashSaleManagement flashSales;
	private final OrderMetrics metrics;
	private final ApplicationEventPublisher events;
	private final OrderingProperties properties;
	private final Compensations compensations;
	private final Optional<GroupSeats> seats;

	OrderConsequences(Deadlines deadlines, StockManagement stock, FlashSaleManagement flashSales, OrderMetrics metrics,
			ApplicationEventPublisher events, OrderingProperties properties, Compensations compensations,
			Optional<GroupSeats> seats) {
		this.seats = seats;
		this.deadlines = deadlines;
		this.stock = stock;
		this.flashSales = flashSales;
		this.metrics = metrics;
		this.events = events;
		this.properties = properties;
		this.compensations = compensations;
	}

	/** The placement batch writes a new order's stock, deadline and event for the whole batch at once. */
	@Override
	public void placed(Order order, OrderChange.Placed placed) {
	}

	@Override
	public void paid(Order order, OrderChange.Paid paid) {
		deadlines.resolve(order.id(), PaymentDue.NAME, paid.at());
		Order.Snapshot bought = order.state().snapshot();
		events.publishEvent(new OrderPaid(order.id(), order.buyerId(), order.merchantId(), bought.productId(),
				bought.skuId(), bought.category(), order.state().quantity(), paid.amountFen(), paid.gatewayTxnId(),
				paid.at(), order.groupId()));
	}

	@Override
	public void groupCompleted(Order order, OrderChange.GroupCompleted completed) {
		Order.State s = order.state();
		events.publishEvent(new OrderGroupCompleted(order.id(), order.buyerId(), order.merchantId(), s.groupId(),
				s.snapshot().productId(), s.snapshot().skuId(), s.snapshot().category(), s.quantity(), s.paidFen(),
				completed.byMerchant(), completed.at()));
	}

	@Override
	public void paymentReturned(Order order, OrderChange.PaymentReturned returned) {
		events.publishEvent(new RefundDue(order.id(), order.buyerId(), returned.amountFen(),
				RETURNED_PAYMENT_REFUND + returned.gatewayTxnId(), returned.at()));
	}

	@Override
	public void cancelled(Order order, OrderChange.Cancelled cancelled) {
		Order.State s = order.state();
		if (s.flashSaleId() != null) {
			flashSales.release(s.flashSaleId(), order.buyerId(), s.quantity());
		}
		else {
			stock.release(s.snapshot().skuId(), s.quantity());
		}
		deadlines.resolve(order.id(), PaymentDue.NAME, cancelled.at());
		if (s.groupId() != null) {
			seats.ifPresent(groupSeats -> groupSeats.released(order.id(), cancelled.at()));
		}
		metrics.cancelled(cancelled.reason());
		events.publishEvent(new OrderCancelled(order.id(), order.buyerId(), order.merchantId(), cancelled.reason(),
				cancelled.actor().asText(), cancelled.refundDueFen(), cancelled.at()));
		if (cancelled.refundDueFen() > 0) {
			events.publishEvent(new RefundDue(order.id(), order.buyerId(), cancelled.refundDueFen(),
					CANCELLATION_REFUND, cancelled.at()));
		}
	}

	/** A refund is recorded after the payment module paid it out: the buyer is told. */
	@Override
	public void refunded(Order order, OrderChange.Refunded refunded) {
		events.publishEvent(new OrderRefunded(order.id(), order.buyerId(), order.merchantId(), refunded.amountFen(),
				refunded.cause(), refunded.at()));
	}

	@Override
	public void shipped(Order order, OrderChange.Shipped shipped) {
		deadlines.add(List.of(new Deadlines.Due(order.id(), AutoComplete.NAME,
				shipped.at().plus(properties.autoCompleteAfter()))));
		events.publishEvent(new OrderShipped(order.id(), order.merchantId(), shipped.carrier(), shipped.trackingNo(),
				shipped.at()));
	}

	@Override
	public void completed(Order order, OrderChange.Completed completed) {
		deadlines.resolve(order.id(), AutoComplete.NAME, completed.at());
		events.publishEvent(new OrderCompleted(order.id(), order.buyerId(), order.merchantId(), order.totalFen(),
				completed.actor().asText(), completed.at()));
	}

	/** The order stands and its merchant must fulfil it; the timeline entry and the event tell the buyer so. */
	@Override
	public void delistingNoticed(Order order, OrderChange.DelistingNoticed noticed) {
		events.publishEvent(new OrderAffectedByDelisting(order.id(), order.buyerId(), order.merchantId(),
				noticed.status(), noticed.reasonCode(), noticed.note(), noticed.at()));
	}

	@Override
	public void compensated(Order order, OrderChange.Compensated compensated) {
		compensations.record(order.id(), compensated.compensation());
	}
}
