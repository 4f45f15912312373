package com.orderkeep.payment.internal;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import com.orderkeep.payment.PaymentManagement.Posting;
import com.orderkeep.shared.Ids;
import com.orderkeep.shared.SqlTime;

/**
 * The double-entry ledger. Money paid for an order is held in the order's escrow account until it is refunded to
 * the buyer or settled to the merchant; every journal moves it between two accounts and sums to zero.
 */
@Repository
class Ledger {

	static final String GATEWAY = "GATEWAY";

	static String escrow(String orderId) {
		return "ESCROW:" + orderId;
	}

	static String merchant(String merchantId) {
		return "MERCHANT:" + merchantId;
	}

	/** What the platform holds of a merchant's deposit: a credit balance, like an escrow. */
	static String deposit(String merchantId) {
		return "DEPOSIT:" + merchantId;
	}

	/** What the platform advanced on a merchant's behalf and the merchant owes it: a debit balance. */
	static String advance(String merchantId) {
		return "ADVANCE:" + merchantId;
	}

	private static final String INSERT = """
			INSERT INTO ledger_entry (id, journal_id, order_id, account, amount_fen, kind, occurred_at)
			VALUES (:id, :journal, :orderId, :account, :amount, :kind, :at)
			""";
	private static final String OF_ORDER = """
			SELECT journal_id, order_id, account, amount_fen, kind, occurred_at FROM ledger_entry WHERE order_id = :orderId
			ORDER BY occurred_at, journal_id, amount_fen
			""";
	private static final String BALANCE = """
			SELECT COALESCE(SUM(amount_fen), 0) FROM ledger_entry WHERE account = :account
			""";
	private static final String HAS_JOURNAL = """
			SELECT COUNT(*) FROM ledger_entry WHERE order_id = :orderId AND kind = :kind
			""";

	private final JdbcClient jdbc;
	private final NamedParameterJdbcTemplate batch;

	Ledger(JdbcClient jdbc, NamedParameterJdbcTemplate batch) {
		this.jdbc = jdbc;
		this.batch = batch;
	}

	/** Moves money from one account to another: the debit is positive, the credit negative. */
	void transfer(@Nullable String orderId, String kind, String debit, String credit, long amountFen, Instant at) {
		if (amountFen <= 0) {
			throw new IllegalArgumentException("a transfer moves a positive amount");
		}
		String journal = Ids.next();
		batch.batchUpdate(INSERT, new SqlParameterSource[] { line(journal, orderId, debit, amountFen, kind, at),
				line(journal, orderId, credit, -amountFen, kind, at) });
	}

	/** The sum of the account's lines: positive for a debit balance, negative for a credit balance. */
	long balance(String account) {
		return jdbc.sql(BALANCE).param("account", account).query(Long.class).single();
	}

	boolean hasJournal(String orderId, String kind) {
		return jdbc.sql(HAS_JOURNAL).param("orderId", orderId).param("kind", kind).query(Long.class).single() > 0;
	}

	List<Posting> ofOrder(String orderId) {
		return jdbc.sql(OF_ORDER).param("orderId", orderId)
			.query((rs, n) -> new Posting(rs.getString("journal_id"), rs.getString("order_id"), rs.getString("account"),
					rs.getLong("amount_fen"), rs.getString("kind"), SqlTime.read(rs, "occurred_at")))
			.list();
	}

	private static SqlParameterSource line(String journal, @Nullable String orderId, String account, long amount, String kind,
			Instant at) {
		return new MapSqlParameterSource().addValue("id", Ids.next()).addValue("journal", journal)
			.addValue("orderId", orderId).addValue("account", account).addValue("amount", amount)
			.addValue("kind", kind).addValue("at", SqlTime.of(at));
	}
}
