package com.orderkeep.reputation;

import com.orderkeep.shared.LocalizedText;
import com.orderkeep.shared.Refusal;

/**
 * Reputation refused what it was asked, for a reason in its own words; its web package answers each reason with its
 * problem code.
 */
public class ReputationRefused extends Refusal {

	public enum Reason {

		/** No such merchant. */
		NO_SUCH_MERCHANT,

		/** The order is not completed, was reviewed already, or its review window has closed. */
		NOT_REVIEWABLE
	}

	private final Reason reason;

	public ReputationRefused(Reason reason, LocalizedText text) {
		super(reason, text, null);
		this.reason = reason;
	}

	public Reason reason() {
		return reason;
	}
}
