package com.orderkeep.alternatives.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import com.orderkeep.alternatives.Alternative.Why;
import com.orderkeep.shared.LocalizedText;

/**
 * Orders candidates of the same kind for a buyer: those at or below the reference price (what the buyer paid, or the
 * product's own price) first, and within each tier by a blend of text relevance, price, reputation, rating and
 * stock. A shop that owes the platform or was flagged by its rules, or whose reputation is below the threshold,
 * counts for less; one with nothing in stock is left out. Each result says why it is offered. Plain Java.
 */
final class AlternativeRanking {

	static final double RELEVANCE = 0.45;
	static final double PRICE = 0.20;
	static final double REPUTATION = 0.17;
	static final double RATING = 0.13;
	static final double STOCK = 0.05;
	/** What a shop in debt or flagged keeps of its blend. */
	static final double TROUBLED = 0.6;
	/** What a shop below the reputation threshold keeps of its blend. */
	static final double POORLY_RATED = 0.7;

	/** One candidate, with what ranking it needs to know. */
	record Candidate(String productId, double relevance, long priceFen, long available, int reputation, double rating,
			boolean reliableShipping, boolean troubled, boolean belowThreshold) {
	}

	record Ranked(Candidate candidate, double blend, List<Why> why) {
	}

	private AlternativeRanking() {
	}

	static List<Ranked> rank(List<Candidate> candidates, long referenceFen) {
		List<Ranked> ranked = new ArrayList<>();
		for (Candidate c : candidates) {
			if (c.available() <= 0) {
				continue;
			}
			double price = c.priceFen() <= referenceFen ? 1
					: Math.max(0, 1 - (double) (c.priceFen() - referenceFen) / Math.max(1, referenceFen));
			double blend = RELEVANCE * c.relevance() + PRICE * price + REPUTATION * c.reputation() / 100.0
					+ RATING * Math.max(0, (c.rating() - 1) / 4) + STOCK * Math.min(1, c.available() / 10.0);
			if (c.troubled()) {
				blend *= TROUBLED;
			}
			if (c.belowThreshold()) {
				blend *= POORLY_RATED;
			}
			ranked.add(new Ranked(c, blend, why(c, referenceFen)));
		}
		ranked.sort(Comparator.comparing((Ranked r) -> r.candidate().priceFen() > referenceFen)
			.thenComparing(Comparator.comparingDouble(Ranked::blend).reversed())
			.thenComparing(r -> r.candidate().productId()));
		return ranked;
	}

	static List<Why> why(Candidate c, long referenceFen) {
		List<Why> why = new ArrayList<>();
		boolean sameItem = c.relevance() >= 0.8;
		if (c.priceFen() < referenceFen) {
			why.add(sameItem ? new Why("SAME_ITEM_LOWER_PRICE", new LocalizedText("同款更低价", "Same item, lower price"))
					: new Why("LOWER_PRICE", new LocalizedText("价格更低", "Lower price")));
		}
		else if (c.priceFen() == referenceFen) {
			why.add(new Why("SAME_PRICE", new LocalizedText("价格相同", "Same price")));
		}
		else if (sameItem) {
			why.add(new Why("SAME_ITEM", new LocalizedText("同款商品", "Same item")));
		}
		if (c.rating() >= 4.7) {
			why.add(new Why("HIGHLY_RATED_SHOP", new LocalizedText("店铺评分高", "Highly rated shop")));
		}
		if (c.reputation() >= 85 && !c.troubled()) {
			why.add(new Why("TRUSTED_SHOP", new LocalizedText("店铺信誉好", "Trusted shop")));
		}
		if (c.reliableShipping()) {
			why.add(new Why("SHIPS_RELIABLY", new LocalizedText("发货及时，很少取消订单", "Ships on time, rarely cancels")));
		}
		if (c.available() >= 10) {
			why.add(new Why("IN_STOCK", new LocalizedText("现货充足", "Plenty in stock")));
		}
		if (c.belowThreshold() || c.troubled()) {
			why.add(new Why("SHOP_WARNING", new LocalizedText("店铺信誉有风险，请谨慎购买", "The shop's standing is at risk; buy with care")));
		}
		return why;
	}
}
