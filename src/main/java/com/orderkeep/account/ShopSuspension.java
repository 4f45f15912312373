package com.orderkeep.account;

/**
 * What becomes of a merchant's shop when the platform disables or enables the merchant's account. The catalog
 * implements it; it is called in the account change's own transaction, so the shop stops selling when, and only
 * when, the account is disabled.
 */
public interface ShopSuspension {

	/** The shop's products can no longer be ordered. */
	void suspend(String merchantId);

	/** The shop's products sell again as they are listed. */
	void reinstate(String merchantId);
}
