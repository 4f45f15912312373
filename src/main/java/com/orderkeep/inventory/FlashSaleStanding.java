package com.orderkeep.inventory;

import java.util.Optional;

import com.orderkeep.shared.LocalizedText;

/**
 * Whether a merchant may start a flash sale: the platform's rules decide (a merchant that owes the platform for
 * compensation it advanced may not), and the module that keeps those rules implements this.
 */
public interface FlashSaleStanding {

	/** Why the merchant may not start a flash sale now; empty when it may. */
	Optional<LocalizedText> refusal(String merchantId);
}
