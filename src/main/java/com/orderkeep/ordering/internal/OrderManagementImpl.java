package com.orderkeep.ordering.internal;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import com.orderkeep.ordering.CancelReason;
import com.orderkeep.ordering.OrderManagement;
import com.orderkeep.ordering.OrderStatus;
import com.orderkeep.ordering.OrderView;
import com.orderkeep.ordering.PlaceOrder;
import com.orderkeep.ordering.Placement;
import com.orderkeep.ordering.OrderRefused;
import com.orderkeep.shared.LocalizedText;
import com.orderkeep.shared.Caller;

@Service
@Transactional
class OrderManagementImpl implements OrderManagement {

	private final OrderPlacement placement;
	private final OrderTransitions transitions;
	private final Orders orders;
	private final OrderViews views;
	private final OrderAccess access;

	OrderManagementImpl(OrderPlacement placement, OrderTransitions transitions, Orders orders, OrderViews views,
			OrderAccess access) {
		this.placement = placement;
		this.transitions = transitions;
		this.orders = orders;
		this.views = views;
		this.access = access;
	}

	@Override
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	public Placement place(PlaceOrder command) {
		return placement.place(command);
	}

	/*
	 * A view or a page is read in several statements (an order with its timeline, a page with its total); one
	 * snapshot keeps them in agreement while batches and listeners commit in between.
	 */
	@Override
	@Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
	public OrderView order(String orderId, Caller caller) {
		return views.of(access.visible(orderId, caller));
	}

	@Override
	@Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
	public Page buyerOrders(String buyerId, @Nullable OrderStatus status, int page, int size) {
		return page(new Orders.Query(buyerId, null, status, false), page, size);
	}

	@Override
	@Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
	public Page merchantOrders(String merchantId, @Nullable OrderStatus status, boolean affectedByDelistingOnly, int page,
			int size) {
		return page(new Orders.Query(null, merchantId, status, affectedByDelistingOnly), page, size);
	}

	@Override
	public OrderView cancelByBuyer(String orderId, Caller buyer, CancelReason reason) {
		Order order = access.ownedByBuyer(orderId, buyer);
		if (!reason.mayBeGivenBy(buyer.actor().kind())) {
			throw reasonNotAllowed(reason);
		}
		return transitions.apply(order, o -> o.cancel(reason, buyer.actor(), null, transitions.now()));
	}

	@Override
	public OrderView cancelByMerchant(String orderId, Caller merchant, CancelReason reason, String note) {
		Order order = access.ownedByMerchant(orderId, merchant);
		if (!reason.mayBeGivenBy(merchant.actor().kind())) {
			throw reasonNotAllowed(reason);
		}
		return transitions.apply(order, o -> o.cancel(reason, merchant.actor(), note, transitions.now()));
	}

	@Override
	public OrderView ship(String orderId, Caller merchant, String carrier, String trackingNo) {
		Order order = access.ownedByMerchant(orderId, merchant);
		return transitions.apply(order, o -> o.ship(carrier, trackingNo, merchant.actor(), transitions.now()));
	}

	@Override
	public OrderView confirmReceipt(String orderId, Caller buyer) {
		Order order = access.ownedByBuyer(orderId, buyer);
		return transitions.apply(order, o -> o.confirmReceipt(buyer.actor(), transitions.now()));
	}

	private Page page(Orders.Query query, int page, int size) {
		return new Page(views.of(orders.page(query, page, size)), orders.count(query));
	}

	private static OrderRefused reasonNotAllowed(CancelReason reason) {
		return new OrderRefused(OrderRefused.Reason.NOT_ALLOWED,
				new LocalizedText("不能使用该取消原因：" + reason, "This cancellation reason is not yours to give: " + reason));
	}
}
