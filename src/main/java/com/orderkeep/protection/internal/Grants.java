package com.orderkeep.protection.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import com.orderkeep.payment.MerchantMoney;
import com.orderkeep.protection.CompensationAwarded;
import com.orderkeep.protection.RuleCode;
import com.orderkeep.protection.RuleVersion;
import com.orderkeep.shared.Fen;
import com.orderkeep.shared.Ids;
import com.orderkeep.shared.LocalizedText;
import com.orderkeep.shared.SqlTime;

/**
 * Grants a rule's compensation, in the caller's transaction: judged by the rule's version in force when its trigger
 * happened, recorded once per order, rule and trigger, charged to the merchant's deposit (the platform advancing what
 * the deposit lacks), paid to the buyer, and announced so the order shows it.
 */
@Component
@Transactional
class Grants {

	/** A compensation that is due: under which rule, to whom, why, and what its trigger adds to the rule's amount. */
	record Due(RuleCode rule, String orderId, String buyerId, String merchantId, long paidFen, String triggerKey,
			Instant triggeredAt, long extraFen, LocalizedText why) {
	}

	private static final String INSERT = """
			INSERT INTO compensation (id, order_id, buyer_id, merchant_id, rule_code, rule_version, trigger_key,
			    amount_fen, kind, funded_by, deposit_fen, advanced_fen, granted_at, message_zh, message_en)
			SELECT :id, :orderId, :buyerId, :merchantId, :rule, :version, :trigger, :amount, :kind, :fundedBy, :deposit,
			    :advanced, :at, :zh, :en FROM (VALUES (0)) AS one (x)
			WHERE NOT EXISTS (SELECT 1 FROM compensation WHERE order_id = :orderId AND rule_code = :rule AND trigger_key = :trigger)
			""";

	private static final String GRANTED_FEN = """
			SELECT COALESCE(SUM(amount_fen), 0) FROM compensation WHERE order_id = :orderId AND rule_code = :rule
			""";

	private final CompensationRules rules;
	private final Deposits deposits;
	private final MerchantMoney money;
	private final JdbcClient jdbc;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	Grants(CompensationRules rules, Deposits deposits, MerchantMoney money, JdbcClient jdbc,
			ApplicationEventPublisher events, Clock clock) {
		this.rules = rules;
		this.deposits = deposits;
		this.money = money;
		this.jdbc = jdbc;
		this.events = events;
		this.clock = clock;
	}

	/** Grants what is due, unless it was granted before; answers the grant when it is made here. */
	Optional<CompensationAwarded> grant(Due due) {
		RuleVersion rule = rules.inForce(due.rule(), due.triggeredAt());
		long amount = Math.addExact(rule.amountFor(due.paidFen()), due.extraFen());
		if (amount <= 0) {
			return Optional.empty();
		}
		Instant now = clock.instant();
		Deposits.Book book = deposits.lock(due.merchantId());
		Deposits.Funding funding = fund(rule, book, amount);
		String grantId = Ids.next();
		String fundedBy = funding.advancedFen() > 0 ? "PLATFORM_ADVANCE" : "MERCHANT_DEPOSIT";
		LocalizedText message = message(due, amount, funding);
		boolean first = jdbc.sql(INSERT).param("id", grantId).param("orderId", due.orderId())
			.param("buyerId", due.buyerId()).param("merchantId", due.merchantId()).param("rule", rule.ruleCode().name())
			.param("version", rule.version()).param("trigger", due.triggerKey()).param("amount", amount)
			.param("kind", rule.kind()).param("fundedBy", fundedBy).param("deposit", funding.fromDepositFen())
			.param("advanced", funding.advancedFen()).param("at", SqlTime.of(now)).param("zh", message.zh())
			.param("en", message.en()).update() > 0;
		if (!first) {
			return Optional.empty();
		}
		charge(due, book, funding, now);
		money.payCompensation(grantId, due.orderId(), due.merchantId(), funding.fromDepositFen(),
				funding.advancedFen());
		CompensationAwarded awarded = new CompensationAwarded(grantId, due.orderId(), due.buyerId(),
				due.merchantId(), rule.ruleCode().name(), rule.version(), amount, rule.kind(), fundedBy,
				funding.fromDepositFen(), funding.advancedFen(), now, message);
		events.publishEvent(awarded);
		return Optional.of(awarded);
	}

	/** What the rule has granted on the order so far. */
	long grantedFen(String orderId, RuleCode rule) {
		return jdbc.sql(GRANTED_FEN).param("orderId", orderId).param("rule", rule.name()).query(Long.class).single();
	}

	/** The merchant's deposit pays first; the platform advances what it lacks, and the merchant owes that. */
	private static Deposits.Funding fund(RuleVersion rule, Deposits.Book book, long amount) {
		if (!"MERCHANT".equals(rule.fundedBy())) {
			throw new IllegalStateException(rule.ruleCode() + " is funded by the platform, not by a merchant's deposit");
		}
		long fromDeposit = Math.min(book.balanceFen(), amount);
		return new Deposits.Funding(fromDeposit, amount - fromDeposit);
	}

	private void charge(Due due, Deposits.Book book, Deposits.Funding funding, Instant now) {
		if (funding.fromDepositFen() > 0) {
			deposits.post(due.merchantId(), Deposits.Kind.DEDUCTION, -funding.fromDepositFen(), due.orderId(), now);
		}
		if (funding.advancedFen() > 0) {
			deposits.post(due.merchantId(), Deposits.Kind.ADVANCE, funding.advancedFen(), due.orderId(), now);
		}
		deposits.write(due.merchantId(), new Deposits.Book(book.balanceFen() - funding.fromDepositFen(),
				book.debtFen() + funding.advancedFen()));
	}

	private static LocalizedText message(Due due, long amount, Deposits.Funding funding) {
		String yuan = Fen.yuan(amount);
		LocalizedText paid = funding.advancedFen() > 0
				? new LocalizedText("平台已先行赔付 " + yuan + "，原路退回您的支付账户",
						"The platform has advanced " + yuan + " to your original payment method")
				: new LocalizedText("已赔付 " + yuan + "，原路退回您的支付账户",
						yuan + " has been paid to your original payment method");
		return new LocalizedText(due.why().zh() + "。" + paid.zh(), due.why().en() + ". " + paid.en());
	}
}
