package com.orderkeep.protection;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

import com.orderkeep.shared.Actor;
import com.orderkeep.shared.Caller;
import com.orderkeep.shared.LocalizedText;

/**
 * The platform's rules as data, and the deposits that fund them.
 */
public interface BuyerProtection {

	/** The most one top-up of a deposit may bring: ¥1,000,000. */
	long MAX_TOP_UP_FEN = 100_000_000L;

	/** Every version of every compensation rule, by rule and version. */
	List<RuleVersion> rules();

	/**
	 * Publishes the next version of a rule, for triggers from {@code effectiveFrom} on (now when null); one below the
	 * rule's floor, or effective before now, is refused.
	 */
	RuleVersion publish(RuleCode ruleCode, int percent, long minFen, @Nullable Long maxFen,
			@Nullable Instant effectiveFrom, Actor publishedBy);

	/** The merchant's deposit, what it owes the platform, and its postings, newest first. */
	Deposit deposit(String merchantId);

	/**
	 * Tops the merchant's deposit up through the gateway; what the merchant owes the platform is repaid first. A
	 * repeat of the key with the same amount answers the deposit as it stood after the first; with another amount it
	 * is refused.
	 */
	TopUp topUp(String merchantId, String idempotencyKey, long amountFen);

	/**
	 * The buyer claims price protection (价保) for a paid order: granted when, within 7 days after payment, the same
	 * SKU sold for less (its price, or a flash sale of it), as the difference times the quantity less what was granted
	 * before; refused with its reason otherwise. A repeat of the key answers the first decision; another order's
	 * order is {@code NOT_FOUND}.
	 */
	ClaimAnswer claimPriceProtection(String orderId, Caller buyer, String idempotencyKey);

	/**
	 * What a price-protection claim on the buyer's order would grant now, in fen, without claiming: zero when none
	 * applies (not paid, cancelled, past the 7 days, or no lower price). Another buyer's order is {@code NOT_FOUND}.
	 */
	long priceProtectionDue(String orderId, Caller buyer);

	/** What the platform's rules found the merchant doing, newest first. */
	List<MerchantFlag> flags(String merchantId);

	/** What the rules have paid and advanced so far, and how many merchants they flagged for bad faith. */
	Figures figures();

	record Figures(List<RuleFigure> compensations, long advancesOutstandingFen, long merchantsFlaggedForBadFaith) {
	}

	/** Compensations paid under one rule: how many, and how much in all. */
	record RuleFigure(String ruleCode, long count, long amountFen) {
	}

	record PriceClaim(String claimId, String status, long amountFen, @Nullable String reasonCode, LocalizedText message) {
	}

	record ClaimAnswer(PriceClaim claim, boolean repeated) {
	}

	record MerchantFlag(String code, Instant at, String orderId, String detail) {
	}

	record Deposit(long balanceFen, long debtFen, List<Posting> postings) {
	}

	record Posting(Instant at, long amountFen, String kind, @Nullable String orderId) {
	}

	record TopUp(Deposit deposit, boolean repeated) {
	}
}
