package com.orderkeep.reputation.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import com.orderkeep.reputation.MerchantReputation.Review;
import com.orderkeep.shared.Ids;
import com.orderkeep.shared.SqlTime;

/**
 * The merchant_review, platform_rating and merchant_fact tables.
 */
@Repository
class ReputationRecords {

	private static final String INSERT_REVIEW = """
			INSERT INTO merchant_review (id, order_id, merchant_id, buyer_id, description, service, logistics, review_text, reviewed_at)
			VALUES (:id, :order, :merchant, :buyer, :description, :service, :logistics, :text, :at)
			""";
	private static final String ADD_TO_PLATFORM = """
			UPDATE platform_rating SET reviews = reviews + 1, description_sum = description_sum + :description,
			  service_sum = service_sum + :service, logistics_sum = logistics_sum + :logistics WHERE id = 1
			""";
	private static final String PLATFORM = """
			SELECT reviews, description_sum, service_sum, logistics_sum FROM platform_rating WHERE id = 1
			""";
	private static final String REVIEW_OF_ORDER = """
			SELECT id, order_id, merchant_id, description, service, logistics, review_text, reviewed_at
			FROM merchant_review WHERE order_id = :order
			""";
	private static final String REVIEWS_SINCE = """
			SELECT description, service, logistics, reviewed_at FROM merchant_review
			WHERE merchant_id = :merchant AND reviewed_at >= :from
			""";
	private static final String INSERT_FACT = """
			INSERT INTO merchant_fact (id, merchant_id, kind, fact_key, order_id, amount_fen, occurred_at)
			SELECT :id, :merchant, :kind, :key, :order, :amount, :at FROM (VALUES (0)) AS one (x)
			WHERE NOT EXISTS (SELECT 1 FROM merchant_fact WHERE kind = :kind AND fact_key = :key)
			""";
	/** Each kind's facts by day; a refund that follows the buyer's own cancellation is not the merchant's doing. */
	private static final String FACTS_SINCE = """
			SELECT f.kind, CAST(f.occurred_at AS DATE) AS day, COUNT(*) AS n, SUM(f.amount_fen) AS amount
			FROM merchant_fact f
			WHERE f.merchant_id = :merchant AND f.occurred_at >= :from AND f.kind <> 'BUYER_CANCELLED'
			  AND NOT (f.kind = 'REFUND' AND EXISTS (SELECT 1 FROM merchant_fact b
			           WHERE b.order_id = f.order_id AND b.kind = 'BUYER_CANCELLED'))
			GROUP BY f.kind, CAST(f.occurred_at AS DATE)
			""";

	private final JdbcClient jdbc;

	ReputationRecords(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Stores the review and adds it to the platform's mean; false if the order was reviewed already. */
	boolean insertReview(Review review, String buyerId) {
		try {
			jdbc.sql(INSERT_REVIEW).param("id", review.reviewId()).param("order", review.orderId())
				.param("merchant", review.merchantId()).param("buyer", buyerId).param("description", review.description())
				.param("service", review.service()).param("logistics", review.logistics()).param("text", review.text())
				.param("at", SqlTime.of(review.at())).update();
		}
		catch (DuplicateKeyException e) {
			return false;
		}
		jdbc.sql(ADD_TO_PLATFORM).param("description", review.description()).param("service", review.service())
			.param("logistics", review.logistics()).update();
		return true;
	}

	Optional<Review> reviewOf(String orderId) {
		return jdbc.sql(REVIEW_OF_ORDER).param("order", orderId)
			.query((rs, n) -> new Review(rs.getString("id"), rs.getString("order_id"), rs.getString("merchant_id"),
					rs.getInt("description"), rs.getInt("service"), rs.getInt("logistics"), rs.getString("review_text"),
					SqlTime.read(rs, "reviewed_at")))
			.optional();
	}

	/** The platform's mean of each dimension, as if ten reviews of {@code priorMean} came first. */
	ReputationScore.PlatformMean platformMean(double priorMean) {
		return jdbc.sql(PLATFORM).query((rs, n) -> {
			double reviews = rs.getLong("reviews") + 10;
			return new ReputationScore.PlatformMean((rs.getLong("description_sum") + 10 * priorMean) / reviews,
					(rs.getLong("service_sum") + 10 * priorMean) / reviews,
					(rs.getLong("logistics_sum") + 10 * priorMean) / reviews);
		}).single();
	}

	List<ReputationScore.ReviewFact> reviewsSince(String merchantId, Instant from, Instant now) {
		return jdbc.sql(REVIEWS_SINCE).param("merchant", merchantId).param("from", SqlTime.of(from))
			.query((rs, n) -> new ReputationScore.ReviewFact(ageDays(SqlTime.read(rs, "reviewed_at"), now),
					rs.getInt("description"), rs.getInt("service"), rs.getInt("logistics")))
			.list();
	}

	/** Records a fact once, however often its event arrives. */
	void fact(String merchantId, FactKind kind, String key, String orderId, long amountFen, Instant at) {
		try {
			jdbc.sql(INSERT_FACT).param("id", Ids.next()).param("merchant", merchantId).param("kind", kind.name())
				.param("key", key).param("order", orderId).param("amount", amountFen).param("at", SqlTime.of(at))
				.update();
		}
		catch (DuplicateKeyException raced) {
			// the same event, delivered twice at once: the other delivery recorded it
		}
	}

	List<ReputationScore.DayFact> factsSince(String merchantId, Instant from, Instant now) {
		return jdbc.sql(FACTS_SINCE).param("merchant", merchantId).param("from", SqlTime.of(from))
			.query((rs, n) -> {
				Instant day = rs.getDate("day").toLocalDate().atStartOfDay(java.time.ZoneOffset.UTC).toInstant();
				return new ReputationScore.DayFact(FactKind.valueOf(rs.getString("kind")),
						ageDays(day.plus(Duration.ofHours(12)), now), rs.getLong("n"), rs.getLong("amount"));
			})
			.list();
	}

	private static double ageDays(Instant at, Instant now) {
		return Duration.between(at, now).toMinutes() / 1440.0;
	}
}
