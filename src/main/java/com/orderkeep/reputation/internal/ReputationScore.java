package com.orderkeep.reputation.internal;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import com.orderkeep.reputation.Reputation;
import com.orderkeep.reputation.Reputation.Component;
import com.orderkeep.shared.Fen;
import com.orderkeep.shared.LocalizedText;

/**
 * The score as a pure function of a merchant's history in the window: each review and each day's facts count with a
 * weight that halves every half-life of age; ratings are smoothed toward the platform's mean as if {@code priorReviews}
 * reviews at that mean came first, and each rate toward its prior as if {@code priorOrders} orders came first, so a
 * handful of orders or reviews moves a score only a little. No Spring, no clock, no SQL.
 */
final class ReputationScore {

	/** The shape of the score, as the platform configures it. */
	record Parameters(double halfLifeDays, int windowDays, double priorReviews, double priorOrders, int threshold) {
	}

	record ReviewFact(double ageDays, int description, int service, int logistics) {
	}

	record DayFact(FactKind kind, double ageDays, long count, long amountFen) {
	}

	record PlatformMean(double description, double service, double logistics) {

		double overall() {
			return (description + service + logistics) / 3;
		}
	}

	/** A fulfilment component: the fact it counts against paid orders, its prior rate, the rate that scores zero. */
	private record RateRule(String code, FactKind kind, double weight, double priorRate, double zeroAt, String zh,
			String en) {
	}

	static final double RATING_WEIGHT = 0.35;

	private static final List<RateRule> RATES = List.of(
			new RateRule("CANCELLED_AFTER_PAYMENT", FactKind.CANCELLED_AFTER_PAYMENT, 0.20, 0.01, 0.20, "笔已付款订单被商家取消",
					"paid orders cancelled by the merchant"),
			new RateRule("LATE_SHIPMENT", FactKind.LATE_SHIPMENT, 0.15, 0.02, 0.30, "笔订单超时发货或未按时发货",
					"orders shipped late or not by the promise"),
			new RateRule("DELISTED_AFTER_ORDER", FactKind.DELISTED_AFTER_ORDER, 0.10, 0.01, 0.20, "笔订单付款后商品被下架",
					"orders whose product was delisted after payment"),
			new RateRule("COMPENSATION", FactKind.COMPENSATION, 0.10, 0.01, 0.20, "笔平台赔付",
					"compensations the platform paid buyers"),
			new RateRule("REFUND", FactKind.REFUND, 0.10, 0.03, 0.30, "笔退款（买家自行取消的除外）",
					"refunds (other than buyers' own cancellations)"));

	private ReputationScore() {
	}

	static Reputation score(String merchantId, List<ReviewFact> reviews, List<DayFact> facts, PlatformMean mean,
			Parameters p) {
		List<Component> components = new ArrayList<>();
		double rating = rating(reviews, mean, p);
		components.add(new Component("RATING", round1((rating - 1) / 4 * 100), RATING_WEIGHT, reviews.size(), reviews.size(),
				new LocalizedText("近" + p.windowDays() + "天 " + reviews.size() + " 条评价，平滑后 " + round2(rating) + " 分（平台均值 "
						+ round2(mean.overall()) + "）",
						reviews.size() + " reviews in the last " + p.windowDays() + " days, " + round2(rating)
								+ " after smoothing (platform mean " + round2(mean.overall()) + ")")));
		Map<FactKind, double[]> decayed = new EnumMap<>(FactKind.class);
		Map<FactKind, long[]> raw = new EnumMap<>(FactKind.class);
		for (DayFact fact : facts) {
			decayed.computeIfAbsent(fact.kind(), k -> new double[1])[0] += fact.count() * decay(fact.ageDays(), p);
			raw.computeIfAbsent(fact.kind(), k -> new long[2])[0] += fact.count();
			raw.get(fact.kind())[1] += fact.amountFen();
		}
		double paid = decayed.getOrDefault(FactKind.PAID, new double[1])[0];
		long paidRaw = raw.getOrDefault(FactKind.PAID, new long[2])[0];
		for (RateRule rule : RATES) {
			double bad = decayed.getOrDefault(rule.kind(), new double[1])[0];
			long badRaw = raw.getOrDefault(rule.kind(), new long[2])[0];
			double rate = (bad + rule.priorRate() * p.priorOrders()) / (paid + p.priorOrders());
			double value = 100 * Math.max(0, 1 - rate / rule.zeroAt());
			String amount = rule.kind() == FactKind.COMPENSATION || rule.kind() == FactKind.REFUND
					? "，" + Fen.yuan(raw.getOrDefault(rule.kind(), new long[2])[1]) : "";
			String amountEn = amount.isEmpty() ? "" : ", " + Fen.yuan(raw.getOrDefault(rule.kind(), new long[2])[1]);
			components.add(new Component(rule.code(), round1(value), rule.weight(), badRaw, paidRaw,
					new LocalizedText("近" + p.windowDays() + "天 " + paidRaw + " 笔已付款订单中 " + badRaw + " " + rule.zh() + amount,
							badRaw + " of " + paidRaw + " paid orders in the last " + p.windowDays() + " days: " + rule.en()
									+ amountEn)));
		}
		double total = components.stream().mapToDouble(c -> c.value() * c.weight()).sum();
		int score = (int) Math.round(Math.max(0, Math.min(100, total)));
		List<Reputation.Warning> warnings = new ArrayList<>();
		if (score < p.threshold()) {
			warnings.add(new Reputation.Warning(Reputation.BELOW_THRESHOLD,
					new LocalizedText("店铺信誉分 " + score + " 低于平台标准 " + p.threshold() + "，请谨慎下单",
							"The shop's reputation " + score + " is below the platform's standard of " + p.threshold()
									+ "; order with care")));
		}
		return new Reputation(merchantId, score, grade(score), round2(rating), reviews.size() + paidRaw, components,
				warnings);
	}

	static double rating(List<ReviewFact> reviews, PlatformMean mean, Parameters p) {
		double weight = 0;
		double d = 0;
		double s = 0;
		double l = 0;
		for (ReviewFact review : reviews) {
			double w = decay(review.ageDays(), p);
			weight += w;
			d += w * review.description();
			s += w * review.service();
			l += w * review.logistics();
		}
		double c = p.priorReviews();
		double description = (c * mean.description() + d) / (c + weight);
		double service = (c * mean.service() + s) / (c + weight);
		double logistics = (c * mean.logistics() + l) / (c + weight);
		return (description + service + logistics) / 3;
	}

	static double decay(double ageDays, Parameters p) {
		return Math.pow(0.5, Math.max(0, ageDays) / p.halfLifeDays());
	}

	static String grade(int score) {
		return score >= 90 ? "A+" : score >= 80 ? "A" : score >= 70 ? "B" : score >= 60 ? "C" : "D";
	}

	private static double round1(double v) {
		return Math.round(v * 10) / 10.0;
	}

	private static double round2(double v) {
		return Math.round(v * 100) / 100.0;
	}

	private static String yuan(long fen) {
		return String.format(java.util.Locale.ROOT, "%d.%02d", fen / 100, fen % 100);
	}
}
