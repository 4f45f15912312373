package com.orderkeep.ordering.changes;

import java.time.Instant;

import com.orderkeep.shared.LocalizedText;

/**
 * A compensation was granted to the buyer of an order under a platform rule (protection's late shipment or stock-out
 * cancel, after-sales' counterfeit claim, support's goodwill): the order shows it and its timeline says why. The
 * money itself moves in the granting module's ledger postings.
 */
public interface CompensationGranted {

	/** Unique per grant: the order shows a grant once however often its event is delivered. */
	String grantId();

	String orderId();

	/** The buyer who receives it. */
	String buyerId();

	/** The rule's code, such as {@code LATE_SHIPMENT} or {@code GOODWILL}. */
	String ruleCode();

	/** The version of the rule that decided the amount. */
	int ruleVersion();

	long amountFen();

	/** How the buyer receives it, such as {@code CASH}. */
	String kind();

	/** Who pays it: {@code MERCHANT_DEPOSIT} or {@code PLATFORM_ADVANCE}. */
	String fundedBy();

	Instant grantedAt();

	/** What the buyer reads on the order: why they are compensated. */
	LocalizedText message();
}
