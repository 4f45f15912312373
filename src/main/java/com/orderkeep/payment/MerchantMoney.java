package com.orderkeep.payment;

import org.jspecify.annotations.Nullable;

/**
 * Money outside an order's own payment: merchants' deposits (保证金), and compensation paid to buyers out of a deposit
 * or advanced by the platform (先行赔付). Every movement is a balanced ledger journal. Each call joins the caller's
 * transaction, whose own records keep every movement to once; the gateway is asked with a key made from the
 * caller's reference, so a retried call is not paid twice either.
 */
public interface MerchantMoney {

	/** Takes a top-up of the merchant's deposit through the gateway; answers the gateway's transaction id. */
	String collectDeposit(String merchantId, String reference, long amountFen);

	/**
	 * Pays a compensation in cash to the buyer of an order through the gateway: {@code fromDepositFen} out of the
	 * merchant's deposit and {@code advancedFen} advanced by the platform, which the merchant then owes it.
	 */
	void payCompensation(String grantId, String orderId, String merchantId, long fromDepositFen, long advancedFen);

	/** Repays the platform's advances to a merchant out of the merchant's deposit. */
	void repayAdvance(String merchantId, @Nullable String orderId, long amountFen);

	/** What the ledger holds for the merchant: its deposit, and what the platform advanced that is not repaid yet. */
	Balances balances(String merchantId);

	record Balances(long depositFen, long advancedFen) {
	}
}
