package com.orderkeep.alternatives.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.orderkeep.alternatives.Alternative;
import com.orderkeep.alternatives.AlternativeSearch;
import com.orderkeep.catalog.CatalogFeed;
import com.orderkeep.catalog.CatalogFeed.Listing;
import com.orderkeep.catalog.CatalogFeed.SkuListing;
import com.orderkeep.catalog.CatalogManagement;
import com.orderkeep.inventory.StockManagement;
import com.orderkeep.ordering.OrderManagement;
import com.orderkeep.ordering.OrderRefused;
import com.orderkeep.ordering.OrderView;
import com.orderkeep.reputation.MerchantReputation;
import com.orderkeep.reputation.Reputation;
import com.orderkeep.shared.Caller;

@Service
@Transactional(readOnly = true)
class AlternativeSearchImpl implements AlternativeSearch {

	/** How many candidates of the same kind are weighed for each answer. */
	private static final int CANDIDATES = 30;

	private final CatalogFollower follower;
	private final CatalogFeed feed;
	private final CatalogManagement catalog;
	private final StockManagement stock;
	private final OrderManagement orders;
	private final MerchantReputation reputation;

	AlternativeSearchImpl(CatalogFollower follower, CatalogFeed feed, CatalogManagement catalog, StockManagement stock,
			OrderManagement orders, MerchantReputation reputation) {
		this.follower = follower;
		this.feed = feed;
		this.catalog = catalog;
		this.stock = stock;
		this.orders = orders;
		this.reputation = reputation;
	}

	@Override
	public List<Alternative> forProduct(String productId, int limit) {
		Listing source = source(productId).orElseThrow(() -> {
			catalog.product(productId);
			return new IllegalStateException("product " + productId + " is neither indexed nor found");
		});
		long reference = source.skus().stream().mapToLong(SkuListing::priceFen).min().orElse(Long.MAX_VALUE);
		return alternatives(source, source.merchantId(), reference, limit);
	}

	@Override
	public List<Alternative> forOrder(String orderId, Caller buyer, int limit) {
		OrderView order = orders.order(orderId, buyer);
		if (!order.buyerId().equals(buyer.userId())) {
			throw OrderRefused.noSuchOrder(orderId);
		}
		OrderView.Snapshot bought = order.snapshot();
		Listing source = source(bought.productId())
			.orElse(new Listing(bought.productId(), order.merchantId(), bought.shopName(), bought.title(), bought.category(),
					"", false, List.of(new SkuListing(bought.skuId(), bought.spec(), bought.priceFen()))));
		return alternatives(source, order.merchantId(), order.unitPriceFen(), limit);
	}

	private Optional<Listing> source(String productId) {
		Optional<Listing> indexed = follower.listing(productId);
		return indexed.isPresent() ? indexed : feed.listings(List.of(productId)).stream().findFirst();
	}

	private List<Alternative> alternatives(Listing source, String merchantId, long reference, int limit) {
		List<Listing> found = new ArrayList<>();
		Map<String, Double> relevance = new java.util.HashMap<>();
		for (ListingIndex.Hit hit : follower.index().similar(CatalogFollower.entry(source), merchantId, CANDIDATES)) {
			relevance.put(hit.productId(), hit.relevance());
			follower.listing(hit.productId()).filter(Listing::onSale).ifPresent(found::add);
		}
		if (found.isEmpty()) {
			return List.of();
		}
		Map<String, Long> available = stock.available(found.stream()
			.flatMap(listing -> listing.skus().stream().map(SkuListing::skuId)).toList());
		Set<String> merchants = new LinkedHashSet<>();
		found.forEach(listing -> merchants.add(listing.merchantId()));
		Map<String, Reputation> reputations = reputation.reputations(merchants);
		List<AlternativeRanking.Candidate> candidates = new ArrayList<>();
		Map<String, Pick> picks = new java.util.HashMap<>();
		for (Listing listing : found) {
			Optional<SkuListing> cheapest = listing.skus().stream()
				.filter(sku -> available.getOrDefault(sku.skuId(), 0L) > 0)
				.min(Comparator.comparingLong(SkuListing::priceFen));
			Reputation shop = reputations.get(listing.merchantId());
			if (cheapest.isEmpty() || shop == null) {
				continue;
			}
			picks.put(listing.productId(), new Pick(listing, cheapest.get(), shop));
			candidates.add(new AlternativeRanking.Candidate(listing.productId(),
					relevance.getOrDefault(listing.productId(), 0.0), cheapest.get().priceFen(),
					available.get(cheapest.get().skuId()), shop.score(), shop.rating(), shipsReliably(shop),
					shop.warns(Reputation.OWES_PLATFORM) || shop.warns(Reputation.FLAGGED), shop.belowThreshold()));
		}
		return AlternativeRanking.rank(candidates, reference).stream()
			.limit(limit)
			.map(ranked -> {
				Pick pick = picks.get(ranked.candidate().productId());
				return new Alternative(pick.listing().productId(), pick.sku().skuId(), pick.listing().title(),
						pick.sku().priceFen(), pick.listing().shopName(), pick.listing().merchantId(), pick.shop().score(),
						pick.shop().grade(), pick.shop().rating(), ranked.why());
			})
			.toList();
	}

	private record Pick(Listing listing, SkuListing sku, Reputation shop) {
	}

	/** Cancels and late shipments both rare, on enough paid orders to say so. */
	private static boolean shipsReliably(Reputation shop) {
		return shop.components().stream()
			.filter(c -> c.code().equals("CANCELLED_AFTER_PAYMENT") || c.code().equals("LATE_SHIPMENT"))
			.allMatch(c -> c.value() >= 90 && c.outOf() >= 5);
	}
}
