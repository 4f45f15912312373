/**
 * What the payment module may ask of an order, and nothing more: start paying it, apply a capture, record a refund,
 * and how much the buyer is owed. Buyers' and merchants' use cases stay in {@link com.orderkeep.ordering.OrderManagement}.
 */
@NullMarked
@NamedInterface("payments")
package com.orderkeep.ordering.payments;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
