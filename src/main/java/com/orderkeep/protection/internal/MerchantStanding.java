package com.orderkeep.protection.internal;

import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import com.orderkeep.inventory.FlashSaleStanding;
import com.orderkeep.shared.Fen;
import com.orderkeep.shared.LocalizedText;

/**
 * A merchant that owes the platform for compensation it advanced may not start flash sales until a top-up repaid it.
 */
@Component
class MerchantStanding implements FlashSaleStanding {

	private final Deposits deposits;

	MerchantStanding(Deposits deposits) {
		this.deposits = deposits;
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<LocalizedText> refusal(String merchantId) {
		return deposits.read(merchantId)
			.filter(book -> book.debtFen() > 0)
			.map(book -> new LocalizedText(
					"店铺欠平台先行赔付款 " + Fen.yuan(book.debtFen()) + "，充值保证金还清后才能开设抢购",
					"The shop owes the platform " + Fen.yuan(book.debtFen())
							+ " it advanced in compensation; top up the deposit to repay it before starting a flash sale"));
	}
}
