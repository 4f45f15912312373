package com.orderkeep.protection;

import com.orderkeep.shared.LocalizedText;
import com.orderkeep.shared.Refusal;

/**
 * Buyer protection refused what it was asked, for a reason in its own words; its web package answers each reason
 * with its problem code.
 */
public class ProtectionRefused extends Refusal {

	public enum Reason {

		/** A rule version below the rule's floor, or effective before it is published. */
		NOT_ALLOWED,

		/** The Idempotency-Key was used before with another request. */
		KEY_REUSED
	}

	private final Reason reason;

	public ProtectionRefused(Reason reason, LocalizedText text) {
		super(reason, text, null);
		this.reason = reason;
	}

	public Reason reason() {
		return reason;
	}
}
