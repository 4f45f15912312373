package com.orderkeep.ordering;

/**
 * An order was placed and its stock reserved; it awaits payment. Announced with the rest of its batch in
 * {@link OrdersPlaced}, which says when.
 */
public record OrderPlaced(String orderId, String buyerId, String merchantId, String skuId, int quantity, long totalFen) {
}
