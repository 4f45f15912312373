package com.orderkeep.ordering.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import com.orderkeep.catalog.CatalogManagement;
import com.orderkeep.catalog.SkuForSale;
import com.orderkeep.inventory.StockManagement;
import com.orderkeep.ordering.OrderPlaced;
import com.orderkeep.ordering.PlaceOrder;
import com.orderkeep.ordering.internal.PlacementRequest.Created;
import com.orderkeep.ordering.internal.PlacementRequest.Outcome;
import com.orderkeep.ordering.internal.PlacementRequest.Refused;
import com.orderkeep.ordering.internal.PlacementRequest.Replayed;
import com.orderkeep.shared.Actor;
import com.orderkeep.shared.Ids;
import com.orderkeep.shared.LocalizedText;
import com.orderkeep.shared.ProblemCode;

/**
 * Commits one batch of placements in one transaction: per SKU, one conditional stock update for the whole batch,
 * then every order, timeline entry, deadline and idempotency key in batched inserts, and one commit for all.
 */
@Component
class BatchPlacement {

	static final LocalizedText SOLD_OUT = new LocalizedText("库存不足，未能下单", "Not enough stock left for this order");
	static final LocalizedText DELISTED = new LocalizedText("该商品已下架，暂时无法购买", "This product is delisted and cannot be ordered");
	static final LocalizedText KEY_REUSED = new LocalizedText("该幂等键已用于另一个不同的请求",
			"This Idempotency-Key was already used for a different request");

	private final CatalogManagement catalog;
	private final StockManagement stock;
	private final Orders orders;
	private final Timeline timeline;
	private final Deadlines deadlines;
	private final OrderRequests requests;
	private final ApplicationEventPublisher events;
	private final OrderingProperties properties;
	private final Clock clock;

	BatchPlacement(CatalogManagement catalog, StockManagement stock, Orders orders, Timeline timeline,
			Deadlines deadlines, OrderRequests requests, ApplicationEventPublisher events, OrderingProperties properties,
			Clock clock) {
		this.catalog = catalog;
		this.stock = stock;
		this.orders = orders;
		this.timeline = timeline;
		this.deadlines = deadlines;
		this.requests = requests;
		this.events = events;
		this.properties = properties;
		this.clock = clock;
	}

	/** The outcome of every request of the batch, by position; committed when this returns. */
	@Transactional
	List<Outcome> commit(List<PlacementRequest> batch) {
		Instant now = clock.instant();
		Outcome[] outcomes = new Outcome[batch.size()];
		List<Integer> fresh = settleRepeats(batch, outcomes);

		Map<String, List<Integer>> bySku = new TreeMap<>();
		fresh.forEach(i -> bySku.computeIfAbsent(batch.get(i).command().skuId(), sku -> new ArrayList<>()).add(i));

		List<Order> placed = new ArrayList<>();
		bySku.forEach((skuId, positions) -> {
			Optional<SkuForSale> sku = catalog.skuForSale(skuId);
			if (sku.isEmpty() || !sku.get().listed()) {
				Outcome refusal = sku.isEmpty() ? new Refused(ProblemCode.NOT_FOUND, noSuchSku(skuId))
						: new Refused(ProblemCode.PRODUCT_DELISTED, DELISTED);
				positions.forEach(i -> outcomes[i] = refusal);
				return;
			}
			List<Boolean> granted = stock.reserve(skuId,
					positions.stream().map(i -> batch.get(i).command().quantity()).toList());
			for (int n = 0; n < positions.size(); n++) {
				int i = positions.get(n);
				if (granted.get(n)) {
					Order order = newOrder(batch.get(i).command(), sku.get(), now);
					placed.add(order);
					outcomes[i] = new Created(order, order.placedBy(Actor.buyer(order.buyerId())),
							new Deadlines.Due(order.id(), Deadlines.PAYMENT_DUE, now.plus(properties.paymentWindow())));
				}
				else {
					outcomes[i] = new Refused(ProblemCode.OUT_OF_STOCK, SOLD_OUT);
				}
			}
		});
		write(batch, outcomes, placed, now);
		resolveRepeatsWithinBatch(batch, outcomes);
		return List.of(outcomes);
	}

	/**
	 * Answers requests whose key was used before this batch, and marks later requests that repeat an earlier key of
	 * this batch for {@link #resolveRepeatsWithinBatch}; returns the positions that need a new order.
	 */
	private List<Integer> settleRepeats(List<PlacementRequest> batch, Outcome[] outcomes) {
		Map<OrderRequests.Key, OrderRequests.Recorded> recorded = requests
			.find(batch.stream().map(PlacementRequest::key).toList());
		Map<OrderRequests.Key, Integer> firstInBatch = new HashMap<>();
		List<Integer> fresh = new ArrayList<>();
		for (int i = 0; i < batch.size(); i++) {
			PlacementRequest request = batch.get(i);
			OrderRequests.Recorded earlier = recorded.get(request.key());
			if (earlier != null) {
				outcomes[i] = sameRequest(request, earlier.requestHash()) ? new Replayed(earlier.orderId())
						: new Refused(ProblemCode.IDEMPOTENCY_KEY_REUSED, KEY_REUSED);
			}
			else if (firstInBatch.putIfAbsent(request.key(), i) == null) {
				fresh.add(i);
			}
		}
		return fresh;
	}

	private void resolveRepeatsWithinBatch(List<PlacementRequest> batch, Outcome[] outcomes) {
		Map<OrderRequests.Key, Integer> first = new LinkedHashMap<>();
		for (int i = 0; i < batch.size(); i++) {
			PlacementRequest request = batch.get(i);
			Integer original = first.putIfAbsent(request.key(), i);
			if (original == null || outcomes[i] != null) {
				continue;
			}
			PlacementRequest originalRequest = batch.get(original);
			if (!sameRequest(request, fingerprint(originalRequest.command()))) {
				outcomes[i] = new Refused(ProblemCode.IDEMPOTENCY_KEY_REUSED, KEY_REUSED);
			}
			else if (outcomes[original] instanceof Created created) {
				outcomes[i] = new Replayed(created.order().id());
			}
			else {
				outcomes[i] = outcomes[original];
			}
		}
	}

	private void write(List<PlacementRequest> batch, Outcome[] outcomes, List<Order> placed, Instant now) {
		if (placed.isEmpty()) {
			return;
		}
		List<Timeline.Step> steps = new ArrayList<>();
		List<Deadlines.Due> due = new ArrayList<>();
		List<OrderRequests.New> keys = new ArrayList<>();
		for (int i = 0; i < batch.size(); i++) {
			if (outcomes[i] instanceof Created created) {
				steps.add(new Timeline.Step(created.order().id(), created.order().version(), created.placed()));
				due.add(created.paymentDue());
				keys.add(new OrderRequests.New(batch.get(i).key(), fingerprint(batch.get(i).command()), created.order().id()));
			}
		}
		orders.insertAll(placed);
		timeline.append(steps);
		deadlines.add(due);
		requests.record(keys, now);
		for (Order order : placed) {
			Order.State s = order.state();
			events.publishEvent(new OrderPlaced(s.id(), s.buyerId(), order.merchantId(), s.snapshot().skuId(), s.quantity(),
					s.totalFen(), now));
		}
	}

	private static Order newOrder(PlaceOrder command, SkuForSale sku, Instant now) {
		Order.Snapshot snapshot = new Order.Snapshot(sku.productId(), sku.skuId(), sku.merchantId(), sku.title(), sku.spec(),
				sku.priceFen(), sku.shopName(), sku.category());
		return Order.place(Ids.next(), OrderNumbers.next(now), command.buyerId(), snapshot, command.quantity(), now,
				command.flashSaleId());
	}

	static boolean sameRequest(PlacementRequest request, String recordedFingerprint) {
		return fingerprint(request.command()).equals(recordedFingerprint);
	}

	static String fingerprint(PlaceOrder command) {
		return RequestFingerprint.of(command.fingerprint());
	}

	static LocalizedText noSuchSku(String skuId) {
		return new LocalizedText("未找到 SKU " + skuId, "No SKU " + skuId);
	}
}
