package com.orderkeep.ordering;

import java.util.List;

import org.jspecify.annotations.Nullable;

import com.orderkeep.catalog.CatalogManagement;
import com.orderkeep.shared.Caller;

/**
 * Places orders and moves them through their life. Every change lands on the order's timeline.
 */
public interface OrderManagement {

	/** The most units of a SKU one order can take. */
	int MAX_QUANTITY = 999;

	/** The most any order can cost: the highest price the catalog allows, times the most units. */
	long MAX_TOTAL_FEN = CatalogManagement.MAX_PRICE_FEN * MAX_QUANTITY;

	/** Reserves stock and creates the order, or refuses; a new order is among the {@link OrdersPlaced} of its batch. */
	Placement place(PlaceOrder command);

	/** The order, if the caller may see it (its buyer, its merchant, an agent or the platform). */
	OrderView order(String orderId, Caller caller);

	/** The buyer's orders, newest first, every one they were ever acknowledged, optionally of one status. */
	Page buyerOrders(String buyerId, @Nullable OrderStatus status, int page, int size);

	/** The merchant's orders, newest first, optionally of one status or only those hit by a delisting. */
	Page merchantOrders(String merchantId, @Nullable OrderStatus status, boolean affectedByDelistingOnly, int page, int size);

	/** The buyer cancels before shipping; {@link OrderCancelled}, and {@link RefundDue} if paid, follow. */
	OrderView cancelByBuyer(String orderId, Caller buyer, CancelReason reason);

	/** The merchant cancels with a reason; {@link OrderCancelled}, and {@link RefundDue} if paid, follow. */
	OrderView cancelByMerchant(String orderId, Caller merchant, CancelReason reason, String note);

	/** {@link OrderShipped} follows. */
	OrderView ship(String orderId, Caller merchant, String carrier, String trackingNo);

	/** {@link OrderCompleted} follows. */
	OrderView confirmReceipt(String orderId, Caller buyer);

	record Page(List<OrderView> items, long total) {
	}
}
