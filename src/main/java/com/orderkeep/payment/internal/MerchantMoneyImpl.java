package com.orderkeep.payment.internal;

import java.time.Clock;
import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.orderkeep.payment.MerchantMoney;

/**
 * Deposits and compensations on the ledger. A deposit is a credit balance the platform holds for the merchant; an
 * advance is a debit balance, what the merchant owes; a compensation leaves through the gateway to the buyer.
 */
@Service
@Transactional
class MerchantMoneyImpl implements MerchantMoney {

	static final String TOP_UP = "DEPOSIT_TOP_UP";
	static final String FROM_DEPOSIT = "COMPENSATION";
	static final String ADVANCED = "PLATFORM_ADVANCE";
	static final String REPAID = "ADVANCE_REPAID";

	private final SimulatedGateway gateway;
	private final PaymentRecords records;
	private final Ledger ledger;
	private final Clock clock;

	MerchantMoneyImpl(SimulatedGateway gateway, PaymentRecords records, Ledger ledger, Clock clock) {
		this.gateway = gateway;
		this.records = records;
		this.ledger = ledger;
		this.clock = clock;
	}

	@Override
	public String collectDeposit(String merchantId, String reference, long amountFen) {
		Instant now = clock.instant();
		String txn = gateway.collect(merchantId, amountFen, "DEPOSIT:" + merchantId + ":" + reference);
		records.recordTransaction(txn, null, TOP_UP, amountFen, now);
		ledger.transfer(null, TOP_UP, Ledger.GATEWAY, Ledger.deposit(merchantId), amountFen, now);
		return txn;
	}

	@Override
	public void payCompensation(String grantId, String orderId, String merchantId, long fromDepositFen,
			long advancedFen) {
		Instant now = clock.instant();
		String txn = gateway.refund(orderId, fromDepositFen + advancedFen, "COMPENSATION:" + grantId);
		records.recordTransaction(txn, orderId, FROM_DEPOSIT, fromDepositFen + advancedFen, now);
		if (fromDepositFen > 0) {
			ledger.transfer(orderId, FROM_DEPOSIT, Ledger.deposit(merchantId), Ledger.GATEWAY, fromDepositFen, now);
		}
		if (advancedFen > 0) {
			ledger.transfer(orderId, ADVANCED, Ledger.advance(merchantId), Ledger.GATEWAY, advancedFen, now);
		}
	}

	@Override
	public void repayAdvance(String merchantId, @Nullable String orderId, long amountFen) {
		ledger.transfer(orderId, REPAID, Ledger.deposit(merchantId), Ledger.advance(merchantId), amountFen,
				clock.instant());
	}

	@Override
	public Balances balances(String merchantId) {
		return new Balances(-ledger.balance(Ledger.deposit(merchantId)), ledger.balance(Ledger.advance(merchantId)));
	}
}
