package com.orderkeep.ordering;

import java.time.Instant;

import org.jmolecules.event.types.DomainEvent;

/**
 * Money the buyer paid must go back: the order was cancelled after payment, or a payment arrived that the order
 * cannot take. {@code cause} names the refund, so it is paid once however often this event is handled.
 */
public record RefundDue(String orderId, String buyerId, long amountFen, String cause, Instant occurredAt)
		implements DomainEvent {
}
