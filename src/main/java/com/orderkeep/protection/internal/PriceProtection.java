package com.orderkeep.protection.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import com.orderkeep.catalog.CatalogManagement;
import com.orderkeep.inventory.FlashSaleManagement;
import com.orderkeep.protection.BuyerProtection.ClaimAnswer;
import com.orderkeep.protection.BuyerProtection.PriceClaim;
import com.orderkeep.protection.CompensationAwarded;
import com.orderkeep.protection.ProtectionRefused;
import com.orderkeep.protection.RuleCode;
import com.orderkeep.shared.Fen;
import com.orderkeep.shared.Ids;
import com.orderkeep.shared.LocalizedText;
import com.orderkeep.shared.SqlTime;

/**
 * Price protection (价保): a buyer who paid more than the same SKU sold for within 7 days after payment, at its own
 * price or in a flash sale of it, gets the difference times the quantity. The buyer claims it; after a delisting for a
 * price adjustment, the relisting at a lower price grants it by itself. Each lower price is paid once per order, and
 * what was paid for a higher one before counts, so the buyer ends up having paid the lowest price.
 */
@Component
@Transactional
class PriceProtection {

	static final Duration WINDOW = Duration.ofDays(7);

	/** Why a claim was refused. */
	enum Refusal {
		NOT_PAID("订单尚未付款，无法申请价保", "The order is not paid, so there is nothing to protect"),
		ORDER_CANCELLED("订单已取消并全额退款，无需价保", "The order was cancelled and refunded in full"),
		OUTSIDE_WINDOW("已超过付款后 7 天的价保期", "The 7 days of price protection after payment are over"),
		NO_LOWER_PRICE("付款后 7 天内该商品规格没有更低的售价", "The SKU has not sold for less within 7 days of your payment");

		private final LocalizedText text;

		Refusal(String zh, String en) {
			this.text = new LocalizedText(zh, en);
		}
	}

	private static final String BY_KEY = """
			SELECT id, order_id, status, amount_fen, reason_code, message_zh, message_en FROM price_claim
			WHERE buyer_id = :buyerId AND idempotency_key = :key
			""";
	private static final String INSERT = """
			INSERT INTO price_claim (id, order_id, buyer_id, idempotency_key, status, amount_fen, reason_code,
			    message_zh, message_en, claimed_at)
			VALUES (:id, :orderId, :buyerId, :key, :status, :amount, :reason, :zh, :en, :at)
			""";

	private record Stored(String orderId, PriceClaim claim) {
	}

	private final ShipPromises promises;
	private final Grants grants;
	private final CatalogManagement catalog;
	private final FlashSaleManagement flashSales;
	private final JdbcClient jdbc;
	private final Clock clock;

	PriceProtection(ShipPromises promises, Grants grants, CatalogManagement catalog, FlashSaleManagement flashSales,
			JdbcClient jdbc, Clock clock) {
		this.promises = promises;
		this.grants = grants;
		this.catalog = catalog;
		this.flashSales = flashSales;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** The earlier decision for the buyer's key, if the key was used before. */
	Optional<ClaimAnswer> earlier(String buyerId, String idempotencyKey, String orderId) {
		return jdbc.sql(BY_KEY).param("buyerId", buyerId).param("key", idempotencyKey)
			.query((rs, n) -> new Stored(rs.getString("order_id"), new PriceClaim(rs.getString("id"),
					rs.getString("status"), rs.getLong("amount_fen"), rs.getString("reason_code"),
					new LocalizedText(rs.getString("message_zh"), rs.getString("message_en")))))
			.optional()
			.map(stored -> {
				if (!stored.orderId().equals(orderId)) {
					throw new ProtectionRefused(ProtectionRefused.Reason.KEY_REUSED,
							new LocalizedText("该 Idempotency-Key 已用于另一订单的价保申请",
									"This Idempotency-Key was used for another order's claim"));
				}
				return new ClaimAnswer(stored.claim(), true);
			});
	}

	/** Decides a buyer's claim on an order the buyer may see, and records the decision under the key. */
	ClaimAnswer claim(String orderId, String buyerId, String idempotencyKey) {
		Instant now = clock.instant();
		PriceClaim claim = decide(orderId, now);
		jdbc.sql(INSERT).param("id", claim.claimId()).param("orderId", orderId).param("buyerId", buyerId)
			.param("key", idempotencyKey).param("status", claim.status()).param("amount", claim.amountFen())
			.param("reason", claim.reasonCode()).param("zh", claim.message().zh()).param("en", claim.message().en())
			.param("at", SqlTime.of(now)).update();
		return new ClaimAnswer(claim, false);
	}

	/** Grants what each paid order of the SKU from the last 7 days is owed, after a relisting cut its price. */
	void grantAfterRelisting(String skuId, Instant at) {
		for (ShipPromises.Promise promise : promises.paidForSkuSince(skuId, at.minus(WINDOW))) {
			if (!promise.cancelled()) {
				grant(promise, at);
			}
		}
	}

	private PriceClaim decide(String orderId, Instant now) {
		ShipPromises.Promise promise = promises.find(orderId).orElse(null);
		if (promise == null) {
			return refused(Refusal.NOT_PAID);
		}
		if (promise.cancelled()) {
			return refused(Refusal.ORDER_CANCELLED);
		}
		if (now.isAfter(promise.paidAt().plus(WINDOW))) {
			return refused(Refusal.OUTSIDE_WINDOW);
		}
		return grant(promise, now)
			.map(granted -> new PriceClaim(granted.grantId(), "GRANTED", granted.amountFen(), null, granted.message()))
			.orElseGet(() -> refused(Refusal.NO_LOWER_PRICE));
	}

	/** What a claim on the order would grant now, without granting anything: zero when none applies. */
	@Transactional(readOnly = true)
	long owed(String orderId) {
		Instant now = clock.instant();
		ShipPromises.Promise promise = promises.find(orderId).orElse(null);
		if (promise == null || promise.cancelled() || now.isAfter(promise.paidAt().plus(WINDOW))) {
			return 0;
		}
		return owed(promise, now, lowest(promise, now));
	}

	private long lowest(ShipPromises.Promise promise, Instant now) {
		return lowestPrice(promise.purchase(), promise.paidAt(), min(now, promise.paidAt().plus(WINDOW)));
	}

	private long owed(ShipPromises.Promise promise, Instant now, long lowest) {
		ShipPromises.Purchase bought = promise.purchase();
		if (lowest >= bought.unitPriceFen()) {
			return 0;
		}
		return Math.max(0, Math.multiplyExact(bought.unitPriceFen() - lowest, (long) bought.quantity())
				- grants.grantedFen(promise.orderId(), RuleCode.PRICE_PROTECTION));
	}

	private Optional<CompensationAwarded> grant(ShipPromises.Promise promise, Instant now) {
		long lowest = lowest(promise, now);
		long owed = owed(promise, now, lowest);
		if (owed <= 0) {
			return Optional.empty();
		}
		LocalizedText why = new LocalizedText("付款后 7 天内同款商品售价降至 " + Fen.yuan(lowest) + "，平台为您退还差价",
				"The same SKU sold for " + Fen.yuan(lowest) + " within 7 days of your payment; the difference is yours");
		return grants.grant(new Grants.Due(RuleCode.PRICE_PROTECTION, promise.orderId(), promise.buyerId(),
				promise.merchantId(), promise.paidFen(), "PRICE:" + lowest, now, owed, why));
	}

	/** The lowest the SKU sold for between payment and {@code until}: at its own price, or in a flash sale of it. */
	private long lowestPrice(ShipPromises.Purchase bought, Instant paidAt, Instant until) {
		long lowest = bought.unitPriceFen();
		for (CatalogManagement.PricePeriod period : catalog.priceHistory(bought.productId())) {
			if (period.skuId().equals(bought.skuId()) && !period.from().isAfter(until) && endsAfter(period.to(), paidAt)) {
				lowest = Math.min(lowest, period.priceFen());
			}
		}
		for (var sale : flashSales.salesOf(bought.skuId())) {
			if (!sale.startsAt().isAfter(until) && sale.endsAt().isAfter(paidAt)) {
				lowest = Math.min(lowest, sale.priceFen());
			}
		}
		return lowest;
	}

	private static boolean endsAfter(@Nullable Instant to, Instant moment) {
		return to == null || to.isAfter(moment);
	}

	private static Instant min(Instant a, Instant b) {
		return a.isBefore(b) ? a : b;
	}

	private static PriceClaim refused(Refusal refusal) {
		return new PriceClaim(Ids.next(), "REFUSED", 0, refusal.name(), refusal.text);
	}
}
