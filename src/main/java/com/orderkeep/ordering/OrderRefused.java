package com.orderkeep.ordering;

import java.time.Duration;

import org.jspecify.annotations.Nullable;

import com.orderkeep.shared.LocalizedText;
import com.orderkeep.shared.Refusal;
import com.orderkeep.shared.Things;

/**
 * Ordering refused what it was asked, for a reason in ordering's own words; its web package answers each reason
 * with its problem code, so nothing inside ordering knows about HTTP.
 */
public class OrderRefused extends Refusal {

	public enum Reason {

		/** No such order, or none the caller may see. */
		NO_SUCH_ORDER,

		/** The order's status does not allow it. */
		NOT_IN_THIS_STATUS,

		/** A payment of the order is under way; {@link #retryAfter()} says until when. */
		PAYMENT_UNDER_WAY,

		/** The request itself does not hold (a reason the caller may not give, a value the order cannot take). */
		NOT_ALLOWED,

		/** The order could not be placed right now and was not created; the same request may be sent again. */
		NOT_PLACED_NOW
	}

	private final Reason reason;

	public OrderRefused(Reason reason, LocalizedText text) {
		this(reason, text, null);
	}

	public OrderRefused(Reason reason, LocalizedText text, @Nullable Duration retryAfter) {
		super(reason, text, retryAfter);
		this.reason = reason;
	}

	public static OrderRefused noSuchOrder(String orderId) {
		return new OrderRefused(Reason.NO_SUCH_ORDER, Things.noSuch(Things.ORDER, orderId));
	}

	public Reason reason() {
		return reason;
	}


}
