package com.orderkeep.ordering.internal;

import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import com.orderkeep.ordering.OrderView;
import com.orderkeep.ordering.OrderView.Compensation;
import com.orderkeep.ordering.OrderView.Deadline;
import com.orderkeep.ordering.OrderView.TimelineEntry;

/**
 * Puts orders together with their timelines, open deadlines and compensations, as the API shows them: three
 * queries for any number of orders.
 */
@Component
class OrderViews {

	private final Timeline timeline;
	private final Deadlines deadlines;
	private final Compensations compensations;

	OrderViews(Timeline timeline, Deadlines deadlines, Compensations compensations) {
		this.timeline = timeline;
		this.deadlines = deadlines;
		this.compensations = compensations;
	}

	OrderView of(Order order) {
		return of(List.of(order)).get(0);
	}

	List<OrderView> of(List<Order> orders) {
		List<String> ids = orders.stream().map(Order::id).toList();
		Map<String, List<TimelineEntry>> timelines = timeline.of(ids);
		Map<String, List<Deadline>> open = deadlines.openOf(ids);
		Map<String, List<Compensation>> granted = compensations.of(ids);
		return orders.stream()
			.map(o -> view(o, granted.getOrDefault(o.id(), List.of()), open.getOrDefault(o.id(), List.of()),
					timelines.getOrDefault(o.id(), List.of())))
			.toList();
	}

	/** Who pays to send back an order returned under its return right. */
	private static final String RETURN_SHIPPING_PAID_BY = "MERCHANT";

	static OrderView view(Order order, List<Compensation> compensations, List<Deadline> deadlines,
			List<TimelineEntry> timeline) {
		Order.State s = order.state();
		Order.Snapshot snapshot = s.snapshot();
		Order.Cancellation c = s.cancellation();
		Order.Shipment shipment = s.shipment();
		Order.ReturnRight returnRight = s.returnRight();
		return new OrderView(s.id(), s.orderNo(), s.buyerId(), snapshot.merchantId(), s.status(), s.quantity(),
				snapshot.priceFen(), s.totalFen(), s.createdAt(),
				new OrderView.Snapshot(snapshot.productId(), snapshot.skuId(), snapshot.title(), snapshot.spec(),
						snapshot.priceFen(), snapshot.shopName(), snapshot.category()),
				new OrderView.Payment(order.paymentStatus(), s.paidFen(), s.refundedFen()),
				c == null ? null : new OrderView.Cancellation(c.reason(), c.by().asText(), c.at(), c.reason().text(), c.note()),
				compensations, s.groupId(), s.flashSaleId(), s.affectedByDelisting(),
				returnRight == null ? null
						: new OrderView.ReturnRight(returnRight.reasonCode(), returnRight.grantedAt(), RETURN_SHIPPING_PAID_BY),
				shipment == null ? null : new OrderView.Shipment(shipment.carrier(), shipment.trackingNo()),
				deadlines, timeline);
	}
}
