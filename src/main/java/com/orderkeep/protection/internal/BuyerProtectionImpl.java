package com.orderkeep.protection.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.orderkeep.ordering.OrderManagement;
import com.orderkeep.payment.MerchantMoney;
import com.orderkeep.protection.BuyerProtection;
import com.orderkeep.protection.ProtectionRefused;
import com.orderkeep.protection.RuleCode;
import com.orderkeep.protection.RuleVersion;
import com.orderkeep.shared.Actor;
import com.orderkeep.shared.Caller;
import com.orderkeep.shared.Fen;
import com.orderkeep.shared.LocalizedText;
import com.orderkeep.shared.SqlTime;

@Service
@Transactional
class BuyerProtectionImpl implements BuyerProtection {

	private static final String TOP_UP_OF_KEY = """
			SELECT amount_fen, posting_seq, balance_fen, debt_fen FROM deposit_top_up
			WHERE merchant_id = :merchantId AND idempotency_key = :key
			""";
	private static final String RECORD_TOP_UP = """
			INSERT INTO deposit_top_up (merchant_id, idempotency_key, amount_fen, posting_seq, balance_fen, debt_fen,
			    gateway_txn_id, occurred_at)
			VALUES (:merchantId, :key, :amount, :seq, :balance, :debt, :txn, :at)
			""";

	private static final String COMPENSATIONS_BY_RULE = """
			SELECT rule_code, COUNT(*) AS grants, SUM(amount_fen) AS fen FROM compensation GROUP BY rule_code ORDER BY rule_code
			""";
	private static final String ADVANCES_OUTSTANDING = "SELECT COALESCE(SUM(debt_fen), 0) FROM merchant_deposit";
	private static final String FLAGGED_FOR_BAD_FAITH = """
			SELECT COUNT(DISTINCT merchant_id) FROM merchant_flag WHERE code = 'BAD_FAITH_RELIST'
			""";

	private record TopUpRow(long amountFen, long postingSeq, long balanceFen, long debtFen) {
	}

	private final CompensationRules rules;
	private final Deposits deposits;
	private final MerchantMoney money;
	private final PriceProtection priceProtection;
	private final MerchantFlags flags;
	private final OrderManagement orders;
	private final JdbcClient jdbc;
	private final Clock clock;

	BuyerProtectionImpl(CompensationRules rules, Deposits deposits, MerchantMoney money,
			PriceProtection priceProtection, MerchantFlags flags, OrderManagement orders, JdbcClient jdbc, Clock clock) {
		this.rules = rules;
		this.deposits = deposits;
		this.money = money;
		this.priceProtection = priceProtection;
		this.flags = flags;
		this.orders = orders;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	@Transactional(readOnly = true)
	public List<RuleVersion> rules() {
		return rules.all();
	}

	@Override
	public RuleVersion publish(RuleCode ruleCode, int percent, long minFen, @Nullable Long maxFen,
			@Nullable Instant effectiveFrom, Actor publishedBy) {
		Instant now = clock.instant();
		Instant from = effectiveFrom == null ? now : effectiveFrom;
		if (from.isBefore(now)) {
			throw refused(new LocalizedText("新版本的生效时间不能早于现在：已发生的事按当时的规则处理",
					"A new version cannot take effect in the past: what already happened is judged by the rule then in force"));
		}
		if (percent < ruleCode.floorPercent() || minFen < ruleCode.floorMinFen()) {
			throw refused(new LocalizedText(
					ruleCode.title().zh() + "不得低于下限：比例至少 " + ruleCode.floorPercent() + "%，最低金额至少 "
							+ Fen.yuan(ruleCode.floorMinFen()),
					ruleCode.title().en() + " may not go below its floor: at least " + ruleCode.floorPercent()
							+ "% and a minimum of at least " + Fen.yuan(ruleCode.floorMinFen())));
		}
		if (maxFen != null && maxFen < minFen) {
			throw refused(new LocalizedText("最高金额不能低于最低金额", "maxFen cannot be below minFen"));
		}
		RuleVersion latest = rules.latest(ruleCode);
		RuleVersion next = new RuleVersion(ruleCode, latest.version() + 1, percent, minFen, maxFen, latest.kind(),
				latest.fundedBy(), from);
		rules.insert(next, now, publishedBy.asText());
		return next;
	}

	@Override
	@Transactional(readOnly = true)
	public Deposit deposit(String merchantId) {
		return deposits.deposit(merchantId);
	}

	@Override
	public TopUp topUp(String merchantId, String idempotencyKey, long amountFen) {
		Deposits.Book book = deposits.lock(merchantId);
		Optional<TopUpRow> earlier = jdbc.sql(TOP_UP_OF_KEY).param("merchantId", merchantId)
			.param("key", idempotencyKey)
			.query((rs, n) -> new TopUpRow(rs.getLong("amount_fen"), rs.getLong("posting_seq"),
					rs.getLong("balance_fen"), rs.getLong("debt_fen")))
			.optional();
		if (earlier.isPresent()) {
			TopUpRow row = earlier.get();
			if (row.amountFen() != amountFen) {
				throw new ProtectionRefused(ProtectionRefused.Reason.KEY_REUSED, new LocalizedText(
						"该 Idempotency-Key 已用于另一笔充值", "This Idempotency-Key was used for another top-up"));
			}
			return new TopUp(new Deposit(row.balanceFen(), row.debtFen(),
					deposits.postings(merchantId, row.postingSeq())), true);
		}
		Instant now = clock.instant();
		String txn = money.collectDeposit(merchantId, idempotencyKey, amountFen);
		long seq = deposits.post(merchantId, Deposits.Kind.TOP_UP, amountFen, null, now);
		long repaid = Math.min(book.debtFen(), amountFen);
		if (repaid > 0) {
			money.repayAdvance(merchantId, null, repaid);
			seq = deposits.post(merchantId, Deposits.Kind.REPAYMENT, -repaid, null, now);
		}
		Deposits.Book after = new Deposits.Book(book.balanceFen() + amountFen - repaid, book.debtFen() - repaid);
		deposits.write(merchantId, after);
		jdbc.sql(RECORD_TOP_UP).param("merchantId", merchantId).param("key", idempotencyKey).param("amount", amountFen)
			.param("seq", seq).param("balance", after.balanceFen()).param("debt", after.debtFen()).param("txn", txn)
			.param("at", SqlTime.of(now)).update();
		return new TopUp(new Deposit(after.balanceFen(), after.debtFen(), deposits.postings(merchantId, seq)), false);
	}

	@Override
	public ClaimAnswer claimPriceProtection(String orderId, Caller buyer, String idempotencyKey) {
		Optional<ClaimAnswer> earlier = priceProtection.earlier(buyer.userId(), idempotencyKey, orderId);
		if (earlier.isPresent()) {
			return earlier.get();
		}
		orders.order(orderId, buyer);
		return priceProtection.claim(orderId, buyer.userId(), idempotencyKey);
	}

	@Override
	@Transactional(readOnly = true)
	public long priceProtectionDue(String orderId, Caller buyer) {
		orders.order(orderId, buyer);
		return priceProtection.owed(orderId);
	}

	@Override
	@Transactional(readOnly = true)
	public List<MerchantFlag> flags(String merchantId) {
		return flags.of(merchantId);
	}

	@Override
	@Transactional(readOnly = true)
	public Figures figures() {
		List<RuleFigure> byRule = jdbc.sql(COMPENSATIONS_BY_RULE)
			.query((rs, n) -> new RuleFigure(rs.getString("rule_code"), rs.getLong("grants"), rs.getLong("fen")))
			.list();
		return new Figures(byRule, jdbc.sql(ADVANCES_OUTSTANDING).query(Long.class).single(),
				jdbc.sql(FLAGGED_FOR_BAD_FAITH).query(Long.class).single());
	}

	private static ProtectionRefused refused(LocalizedText why) {
		return new ProtectionRefused(ProtectionRefused.Reason.NOT_ALLOWED, why);
	}
}
