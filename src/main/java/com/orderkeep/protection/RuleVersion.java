package com.orderkeep.protection;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * One version of a compensation rule: {@code percent} of the amount paid, at least {@code minFen}, at most
 * {@code maxFen} (no cap when null), paid as {@code kind}, funded by the merchant's deposit ({@code MERCHANT}) or by
 * the platform ({@code PLATFORM}), for triggers from {@code effectiveFrom} on.
 */
public record RuleVersion(RuleCode ruleCode, int version, int percent, long minFen, @Nullable Long maxFen, String kind,
		String fundedBy, Instant effectiveFrom) {

	/** What the rule pays on an order for which {@code paidFen} was paid. */
	public long amountFor(long paidFen) {
		long share = Math.multiplyExact(paidFen, (long) percent) / 100;
		long amount = Math.max(minFen, share);
		return maxFen == null ? amount : Math.min(maxFen, amount);
	}
}
