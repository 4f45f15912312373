package com.orderkeep.protection.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import com.orderkeep.protection.BuyerProtection.Deposit;
import com.orderkeep.protection.BuyerProtection.Posting;
import com.orderkeep.shared.Ids;
import com.orderkeep.shared.SqlTime;

/**
 * The merchant_deposit book and its postings. Every change first locks the merchant's row, so that two
 * compensations of one merchant cannot both spend the same fen of its deposit.
 */
@Repository
class Deposits {

	/** What a posting did to the deposit. */
	enum Kind {
		TOP_UP, DEDUCTION, ADVANCE, REPAYMENT
	}

	/** How a charge on the deposit was funded. */
	record Funding(long fromDepositFen, long advancedFen) {
	}

	/** The deposit as one merchant's row stands, locked by this transaction. */
	record Book(long balanceFen, long debtFen) {
	}

	private static final String OPEN = """
			INSERT INTO merchant_deposit (merchant_id, balance_fen, debt_fen)
			SELECT :merchantId, 0, 0 FROM (VALUES (0)) AS one (x)
			WHERE NOT EXISTS (SELECT 1 FROM merchant_deposit WHERE merchant_id = :merchantId)
			""";
	private static final String LOCK = """
			UPDATE merchant_deposit SET balance_fen = balance_fen WHERE merchant_id = :merchantId
			""";
	private static final String READ = """
			SELECT balance_fen, debt_fen FROM merchant_deposit WHERE merchant_id = :merchantId
			""";
	private static final String WRITE = """
			UPDATE merchant_deposit SET balance_fen = :balance, debt_fen = :debt WHERE merchant_id = :merchantId
			""";
	private static final String NEXT_SEQ = """
			SELECT COALESCE(MAX(seq), 0) + 1 FROM deposit_posting WHERE merchant_id = :merchantId
			""";
	private static final String POST = """
			INSERT INTO deposit_posting (id, merchant_id, seq, occurred_at, amount_fen, kind, order_id)
			VALUES (:id, :merchantId, :seq, :at, :amount, :kind, :orderId)
			""";
	private static final String POSTINGS = """
			SELECT occurred_at, amount_fen, kind, order_id FROM deposit_posting
			WHERE merchant_id = :merchantId AND seq <= :upTo ORDER BY seq DESC LIMIT :limit
			""";
	private static final String LAST_SEQ = """
			SELECT COALESCE(MAX(seq), 0) FROM deposit_posting WHERE merchant_id = :merchantId
			""";

	/** The postings a deposit shows: the latest ones. */
	private static final int SHOWN = 100;

	private final JdbcClient jdbc;
	private final TransactionTemplate ownTransaction;

	Deposits(JdbcClient jdbc, PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.ownTransaction = new TransactionTemplate(transactions);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/**
	 * Locks the merchant's deposit for this transaction. The first time, an empty deposit is opened in a transaction
	 * of its own: two first charges of one merchant racing to open it must not fail the one that loses.
	 */
	Book lock(String merchantId) {
		if (jdbc.sql(LOCK).param("merchantId", merchantId).update() == 0) {
			try {
				ownTransaction.executeWithoutResult(status -> jdbc.sql(OPEN).param("merchantId", merchantId).update());
			}
			catch (DuplicateKeyException openedByTheOther) {
				// the other opened it: it is there to lock
			}
			jdbc.sql(LOCK).param("merchantId", merchantId).update();
		}
		return read(merchantId).orElseThrow();
	}

	Optional<Book> read(String merchantId) {
		return jdbc.sql(READ).param("merchantId", merchantId)
			.query((rs, n) -> new Book(rs.getLong("balance_fen"), rs.getLong("debt_fen")))
			.optional();
	}

	void write(String merchantId, Book book) {
		jdbc.sql(WRITE).param("merchantId", merchantId).param("balance", book.balanceFen())
			.param("debt", book.debtFen()).update();
	}

	/** Adds a posting to the locked deposit; answers its place in the merchant's postings. */
	long post(String merchantId, Kind kind, long amountFen, @Nullable String orderId, Instant at) {
		long seq = jdbc.sql(NEXT_SEQ).param("merchantId", merchantId).query(Long.class).single();
		jdbc.sql(POST).param("id", Ids.next()).param("merchantId", merchantId).param("seq", seq)
			.param("at", SqlTime.of(at)).param("amount", amountFen).param("kind", kind.name())
			.param("orderId", orderId).update();
		return seq;
	}

	Deposit deposit(String merchantId) {
		Book book = read(merchantId).orElse(new Book(0, 0));
		long last = jdbc.sql(LAST_SEQ).param("merchantId", merchantId).query(Long.class).single();
		return new Deposit(book.balanceFen(), book.debtFen(), postings(merchantId, last));
	}

	/** The latest postings up to the {@code upTo}-th, newest first. */
	List<Posting> postings(String merchantId, long upTo) {
		return jdbc.sql(POSTINGS).param("merchantId", merchantId).param("upTo", upTo).param("limit", SHOWN)
			.query((rs, n) -> new Posting(SqlTime.read(rs, "occurred_at"), rs.getLong("amount_fen"),
					rs.getString("kind"), rs.getString("order_id")))
			.list();
	}
}
