package com.orderkeep.reputation.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.orderkeep.catalog.CatalogManagement;
import com.orderkeep.ordering.OrderManagement;
import com.orderkeep.ordering.OrderRefused;
import com.orderkeep.ordering.OrderStatus;
import com.orderkeep.ordering.OrderView;
import com.orderkeep.protection.BuyerProtection;
import com.orderkeep.reputation.MerchantReputation;
import com.orderkeep.reputation.Reputation;
import com.orderkeep.reputation.ReputationRefused;
import com.orderkeep.shared.Caller;
import com.orderkeep.shared.Fen;
import com.orderkeep.shared.Ids;
import com.orderkeep.shared.LocalizedText;
import com.orderkeep.shared.Things;

@Service
@Transactional
class MerchantReputationImpl implements MerchantReputation {

	private final ReputationRecords records;
	private final ReputationScores scores;
	private final CatalogManagement catalog;
	private final OrderManagement orders;
	private final BuyerProtection protection;
	private final ReputationProperties properties;
	private final Clock clock;

	MerchantReputationImpl(ReputationRecords records, ReputationScores scores, CatalogManagement catalog, OrderManagement orders,
			BuyerProtection protection, ReputationProperties properties, Clock clock) {
		this.records = records;
		this.scores = scores;
		this.catalog = catalog;
		this.orders = orders;
		this.protection = protection;
		this.properties = properties;
		this.clock = clock;
	}

	@Override
	@Transactional(readOnly = true)
	public Reputation reputation(String merchantId) {
		if (catalog.shopName(merchantId).isEmpty()) {
			throw new ReputationRefused(ReputationRefused.Reason.NO_SUCH_MERCHANT, Things.noSuch(Things.MERCHANT, merchantId));
		}
		return compute(merchantId, scores.platformMean());
	}

	@Override
	@Transactional(readOnly = true)
	public Map<String, Reputation> reputations(Collection<String> merchantIds) {
		ReputationScore.PlatformMean mean = scores.platformMean();
		Map<String, Reputation> all = new LinkedHashMap<>();
		for (String merchantId : merchantIds) {
			all.computeIfAbsent(merchantId, id -> compute(id, mean));
		}
		return all;
	}

	private Reputation compute(String merchantId, ReputationScore.PlatformMean mean) {
		Instant from = scores.windowStart();
		Reputation scored = scores.score(merchantId, mean);
		List<Reputation.Warning> warnings = new ArrayList<>(scored.warnings());
		long debtFen = protection.deposit(merchantId).debtFen();
		if (debtFen > 0) {
			warnings.add(new Reputation.Warning(Reputation.OWES_PLATFORM, new LocalizedText(
					"店铺欠平台先行赔付款 " + Fen.yuan(debtFen), "The shop owes the platform " + Fen.yuan(debtFen)
							+ " it advanced in compensation")));
		}
		long flags = protection.flags(merchantId).stream().filter(flag -> !flag.at().isBefore(from)).count();
		if (flags > 0) {
			warnings.add(new Reputation.Warning(Reputation.FLAGGED, new LocalizedText(
					"近" + properties.window().toDays() + "天被平台规则标记 " + flags + " 次（如恶意下架后重新上架）",
					"Flagged " + flags + " times by the platform's rules in the last " + properties.window().toDays()
							+ " days (such as relisting in bad faith)")));
		}
		return new Reputation(scored.merchantId(), scored.score(), scored.grade(), scored.rating(), scored.sampleSize(),
				scored.components(), List.copyOf(warnings));
	}

	@Override
	public Review review(String orderId, Caller buyer, NewReview review) {
		OrderView order = orders.order(orderId, buyer);
		if (!order.buyerId().equals(buyer.userId())) {
			throw OrderRefused.noSuchOrder(orderId);
		}
		if (order.status() != OrderStatus.COMPLETED) {
			throw notReviewable(new LocalizedText("订单完成后才能评价", "An order can be reviewed once it is completed"));
		}
		Instant completedAt = order.timeline().stream()
			.filter(entry -> entry.status() == OrderStatus.COMPLETED)
			.map(OrderView.TimelineEntry::at)
			.findFirst()
			.orElse(order.createdAt());
		Instant now = clock.instant();
		if (now.isAfter(completedAt.plus(properties.reviewWindow()))) {
			throw notReviewable(new LocalizedText("已超过评价期限（完成后 " + properties.reviewWindow().toDays() + " 天内）",
					"The review window has closed (" + properties.reviewWindow().toDays() + " days after completion)"));
		}
		Review stored = new Review(Ids.next(), orderId, order.merchantId(), review.description(), review.service(),
				review.logistics(), review.text(), now);
		if (records.reviewOf(orderId).isPresent() || !records.insertReview(stored, buyer.userId())) {
			throw notReviewable(new LocalizedText("该订单已评价过", "This order has been reviewed already"));
		}
		return stored;
	}

	private static ReputationRefused notReviewable(LocalizedText why) {
		return new ReputationRefused(ReputationRefused.Reason.NOT_REVIEWABLE, why);
	}
}
