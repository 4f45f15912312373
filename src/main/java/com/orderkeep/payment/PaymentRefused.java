package com.orderkeep.payment;

import com.orderkeep.shared.LocalizedText;
import com.orderkeep.shared.Refusal;

/**
 * The payment module refused what it was asked, for a reason in its own words; its web package answers each reason
 * with its problem code.
 */
public class PaymentRefused extends Refusal {

	public enum Reason {

		/** A callback that the gateway did not sign, or signed over other bytes. */
		NOT_SIGNED_BY_THE_GATEWAY,

		/** A signed callback that says nothing a gateway would: not JSON, a field missing, an amount no order has. */
		NOT_A_CALLBACK
	}

	private final Reason reason;

	public PaymentRefused(Reason reason, LocalizedText text) {
		super(reason, text, null);
		this.reason = reason;
	}

	public Reason reason() {
		return reason;
	}
}
