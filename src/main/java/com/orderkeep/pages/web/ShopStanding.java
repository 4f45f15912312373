package com.orderkeep.pages.web;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import com.orderkeep.alternatives.Alternative;
import com.orderkeep.alternatives.AlternativeSearch;
import com.orderkeep.ordering.OrderView;
import com.orderkeep.reputation.MerchantReputation;
import com.orderkeep.reputation.Reputation;
import com.orderkeep.shared.Caller;

/**
 * What the product and order pages show of a shop's standing and of where else to buy: a page still shows its
 * product or order when these cannot be had, without them.
 */
@Component
class ShopStanding {

	private static final Logger log = LoggerFactory.getLogger(ShopStanding.class);
	private static final int SHOWN = 5;

	private final MerchantReputation reputation;
	private final AlternativeSearch alternatives;

	ShopStanding(MerchantReputation reputation, AlternativeSearch alternatives) {
		this.reputation = reputation;
		this.alternatives = alternatives;
	}

	@Nullable
	Reputation of(String merchantId) {
		try {
			return reputation.reputations(List.of(merchantId)).get(merchantId);
		}
		catch (RuntimeException e) {
			log.warn("Reputation of {} not shown: {}", merchantId, e.toString());
			return null;
		}
	}

	List<Alternative> alternativesTo(String productId) {
		try {
			return alternatives.forProduct(productId, SHOWN);
		}
		catch (RuntimeException e) {
			log.warn("Alternatives to {} not shown: {}", productId, e.toString());
			return List.of();
		}
	}

	List<Alternative> alternativesTo(OrderView order, Caller buyer) {
		try {
			return alternatives.forOrder(order.orderId(), buyer, SHOWN);
		}
		catch (RuntimeException e) {
			log.warn("Alternatives to order {} not shown: {}", order.orderId(), e.toString());
			return List.of();
		}
	}
}
