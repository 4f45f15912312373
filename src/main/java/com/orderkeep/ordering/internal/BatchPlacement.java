package com.orderkeep.ordering.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import com.orderkeep.catalog.CatalogManagement;
import com.orderkeep.catalog.SkuForSale;
import com.orderkeep.inventory.FlashSaleManagement;
import com.orderkeep.inventory.FlashSaleManagement.Claim;
import com.orderkeep.inventory.FlashSaleManagement.ClaimResult;
import com.orderkeep.inventory.FlashSaleTerms;
import com.orderkeep.inventory.StockManagement;
import com.orderkeep.ordering.OrderPlaced;
import com.orderkeep.ordering.OrdersPlaced;
import com.orderkeep.ordering.PlaceOrder;
import com.orderkeep.ordering.internal.PlacementRequest.Created;
import com.orderkeep.ordering.internal.PlacementRequest.Outcome;
import com.orderkeep.ordering.internal.PlacementRequest.Replayed;
import com.orderkeep.ordering.seats.GroupSeats;
import com.orderkeep.shared.Actor;
import com.orderkeep.shared.Ids;

/**
 * Commits one batch of placements in one transaction: every order, timeline entry, deadline and idempotency key in
 * batched inserts, one conditional stock update per SKU for the whole batch, and one commit for all.
 * <p>
 * The locks a batch takes come in one order, so that batches written at the same time never deadlock: first the
 * flash sales it claims from, then the groups it takes seats in ({@link GroupSeats}), then its SKUs' stock rows, each
 * kind sorted by id. The stock is taken last, after the rows are written, so a hot SKU's stock row is held only for
 * its update and the commit. Where a SKU has too little
 * stock for the whole batch, the update takes nothing and the batch rolls back ({@link StockRanShort}); written again
 * with {@code stockFirst}, it takes each SKU's stock before writing, request by request, first come first served.
 */
@Component
class BatchPlacement {

	private final CatalogManagement catalog;
	private final StockManagement stock;
	private final FlashSaleManagement flashSales;
	private final Orders orders;
	private final Timeline timeline;
	private final Deadlines deadlines;
	private final IdempotencyKeys requests;
	private final ShortStock shortStock;
	private final ApplicationEventPublisher events;
	private final OrderingProperties properties;
	private final Clock clock;
	private final Optional<GroupSeats> seats;

	BatchPlacement(CatalogManagement catalog, StockManagement stock, FlashSaleManagement flashSales, Orders orders, Timeline timeline,
			Deadlines deadlines, IdempotencyKeys requests, ShortStock shortStock, ApplicationEventPublisher events,
			OrderingProperties properties, Clock clock, Optional<GroupSeats> seats) {
		this.catalog = catalog;
		this.stock = stock;
		this.flashSales = flashSales;
		this.orders = orders;
		this.timeline = timeline;
		this.deadlines = deadlines;
		this.requests = requests;
		this.shortStock = shortStock;
		this.events = events;
		this.properties = properties;
		this.clock = clock;
		this.seats = seats;
	}

	/**
	 * The outcome of every request of the batch, by position; committed when this returns.
	 *
	 * @param stockFirst take every SKU's stock before writing the orders, as for a SKU known to be short
	 * @throws StockRanShort when, taking stock last, a SKU had too little for the batch; nothing was written
	 */
	@Transactional
	List<Outcome> commit(List<PlacementRequest> batch, boolean stockFirst) {
		Instant now = clock.instant();
		Outcome[] outcomes = new Outcome[batch.size()];
		List<Integer> fresh = settleRepeats(batch, outcomes);

		Map<Lot, List<Integer>> byLot = new TreeMap<>(Lot.ORDER);
		fresh.forEach(i -> byLot.computeIfAbsent(Lot.of(batch.get(i).command()), lot -> new ArrayList<>()).add(i));
		boolean takeStockFirst = stockFirst || byLot.keySet().stream()
			.anyMatch(lot -> lot.flashSaleId() == null && !lot.inGroup() && shortStock.isShort(lot.skuId()));

		List<Order> placed = new ArrayList<>();
		Map<String, Long> takeLast = new TreeMap<>();
		byLot.forEach((lot, positions) -> {
			Optional<SkuForSale> sku = catalog.skuForSale(lot.skuId());
			if (sku.isEmpty() || !sku.get().listed()) {
				Outcome refusal = sku.isEmpty() ? PlacementRefusal.noSuchSku(lot.skuId())
						: PlacementRefusal.notForSale(sku.get());
				positions.forEach(i -> outcomes[i] = refusal);
				return;
			}
			List<Outcome> results;
			if (lot.inGroup()) {
				results = fromGroups(lot, positions, batch, sku.get(), now);
			}
			else if (lot.flashSaleId() != null) {
				results = fromSale(lot.flashSaleId(), positions, batch, sku.get(), now);
			}
			else if (takeStockFirst) {
				results = fromStock(lot, positions, batch, sku.get(), now);
			}
			else {
				results = positions.stream().<Outcome>map(i -> created(batch.get(i).command(), sku.get(), sku.get().priceFen(), now))
					.toList();
				takeLast.put(lot.skuId(), positions.stream().mapToLong(i -> batch.get(i).command().quantity()).sum());
			}
			for (int n = 0; n < positions.size(); n++) {
				outcomes[positions.get(n)] = results.get(n);
				if (results.get(n) instanceof Created created) {
					placed.add(created.order());
				}
			}
		});
		write(batch, outcomes, placed, now);
		takeLast.forEach((skuId, units) -> {
			if (!stock.take(skuId, units)) {
				shortStock.ranShort(skuId);
				throw new StockRanShort(skuId, units);
			}
		});
		resolveRepeatsWithinBatch(batch, outcomes);
		return List.of(outcomes);
	}

	/** A SKU had fewer units than the batch asked for, so the batch must be written again taking stock first. */
	static final class StockRanShort extends RuntimeException {

		StockRanShort(String skuId, long units) {
			super("SKU " + skuId + " has fewer than " + units + " units available", null, false, false);
		}
	}

	/**
	 * Answers requests whose key was used before this batch, and marks later requests that repeat an earlier key of
	 * this batch for {@link #resolveRepeatsWithinBatch}; returns the positions that need a new order.
	 */
	private List<Integer> settleRepeats(List<PlacementRequest> batch, Outcome[] outcomes) {
		Map<IdempotencyKeys.Key, IdempotencyKeys.Recorded> recorded = requests
			.find(batch.stream().map(PlacementRequest::key).toList());
		Map<IdempotencyKeys.Key, Integer> firstInBatch = new HashMap<>();
		List<Integer> fresh = new ArrayList<>();
		for (int i = 0; i < batch.size(); i++) {
			PlacementRequest request = batch.get(i);
			IdempotencyKeys.Recorded earlier = recorded.get(request.key());
			if (earlier != null) {
				outcomes[i] = sameRequest(request, earlier.requestHash()) ? new Replayed(earlier.orderId())
						: PlacementRefusal.KEY_REUSED;
			}
			else if (firstInBatch.putIfAbsent(request.key(), i) == null) {
				fresh.add(i);
			}
		}
		return fresh;
	}

	private void resolveRepeatsWithinBatch(List<PlacementRequest> batch, Outcome[] outcomes) {
		Map<IdempotencyKeys.Key, Integer> first = new LinkedHashMap<>();
		for (int i = 0; i < batch.size(); i++) {
			PlacementRequest request = batch.get(i);
			Integer original = first.putIfAbsent(request.key(), i);
			if (original == null || outcomes[i] != null) {
				continue;
			}
			PlacementRequest originalRequest = batch.get(original);
			if (!sameRequest(request, fingerprint(originalRequest.command()))) {
				outcomes[i] = PlacementRefusal.KEY_REUSED;
			}
			else if (outcomes[original] instanceof Created created) {
				outcomes[i] = new Replayed(created.order().id());
			}
			else {
				outcomes[i] = outcomes[original];
			}
		}
	}

	private List<Outcome> fromStock(Lot lot, List<Integer> positions, List<PlacementRequest> batch, SkuForSale sku,
			Instant now) {
		List<Boolean> granted = stock.reserve(lot.skuId(), positions.stream().map(i -> batch.get(i).command().quantity()).toList());
		if (granted.contains(false)) {
			shortStock.ranShort(lot.skuId());
		}
		else {
			shortStock.sufficed(lot.skuId());
		}
		List<Outcome> results = new ArrayList<>(positions.size());
		for (int n = 0; n < positions.size(); n++) {
			results.add(granted.get(n) ? created(batch.get(positions.get(n)).command(), sku, sku.priceFen(), now)
					: PlacementRefusal.SOLD_OUT);
		}
		return results;
	}

	private List<Outcome> fromSale(String saleId, List<Integer> positions, List<PlacementRequest> batch, SkuForSale sku,
			Instant now) {
		FlashSaleTerms terms = flashSales.terms(saleId).orElse(null);
		if (terms == null || !terms.skuId().equals(sku.skuId())) {
			return positions.stream().<Outcome>map(i -> PlacementRefusal.NO_SUCH_SALE).toList();
		}
		List<ClaimResult> claims = flashSales.claim(saleId, positions.stream()
			.map(i -> new Claim(batch.get(i).command().buyerId(), batch.get(i).command().quantity())).toList(), now);
		List<Outcome> results = new ArrayList<>(positions.size());
		for (int n = 0; n < positions.size(); n++) {
			results.add(switch (claims.get(n)) {
				case GRANTED -> created(batch.get(positions.get(n)).command(), sku, terms.priceFen(), now);
				case SOLD_OUT -> PlacementRefusal.SOLD_OUT;
				case LIMIT_EXCEEDED -> PlacementRefusal.OVER_LIMIT;
				case NOT_OPEN -> PlacementRefusal.SALE_NOT_OPEN;
			});
		}
		return results;
	}

	/**
	 * Orders that start or join a group: their seats first (groups are locked before any stock), then the SKU's stock
	 * request by request; a seated order the stock cannot serve gives its seat back.
	 */
	private List<Outcome> fromGroups(Lot lot, List<Integer> positions, List<PlacementRequest> batch, SkuForSale sku,
			Instant now) {
		GroupSeats groupSeats = seats.orElse(null);
		if (groupSeats == null) {
			return positions.stream().<Outcome>map(i -> PlacementRefusal.GROUP_BUY_NOT_OFFERED).toList();
		}
		List<String> orderIds = positions.stream().map(i -> Ids.next()).toList();
		List<GroupSeats.SeatRequest> asked = new ArrayList<>(positions.size());
		for (int n = 0; n < positions.size(); n++) {
			PlaceOrder command = batch.get(positions.get(n)).command();
			asked.add(new GroupSeats.SeatRequest(orderIds.get(n), command.buyerId(), command.skuId(), command.quantity(),
					command.groupId()));
		}
		List<GroupSeats.Seat> seated = groupSeats.take(asked, now);
		List<Integer> quantities = new ArrayList<>();
		for (int n = 0; n < positions.size(); n++) {
			if (seated.get(n) instanceof GroupSeats.Seat.Taken) {
				quantities.add(asked.get(n).quantity());
			}
		}
		List<Boolean> granted = quantities.isEmpty() ? List.of() : stock.reserve(lot.skuId(), quantities);
		List<Outcome> results = new ArrayList<>(positions.size());
		List<String> unserved = new ArrayList<>();
		int next = 0;
		for (int n = 0; n < positions.size(); n++) {
			if (seated.get(n) instanceof GroupSeats.Seat.Refused refused) {
				results.add(new PlacementRefusal(refused.reason(), refused.text()));
			}
			else if (granted.get(next++)) {
				GroupSeats.Seat.Taken seat = (GroupSeats.Seat.Taken) seated.get(n);
				results.add(created(newOrder(orderIds.get(n), batch.get(positions.get(n)).command(), sku,
						seat.unitPriceFen(), seat.groupId(), now), now));
			}
			else {
				results.add(PlacementRefusal.SOLD_OUT);
				unserved.add(orderIds.get(n));
			}
		}
		if (!unserved.isEmpty()) {
			groupSeats.giveBack(unserved);
		}
		return results;
	}

	private Created created(PlaceOrder command, SkuForSale sku, long priceFen, Instant now) {
		return created(newOrder(Ids.next(), command, sku, priceFen, null, now), now);
	}

	private Created created(Order order, Instant now) {
		return new Created(order, order.placedBy(Actor.buyer(order.buyerId())),
				new Deadlines.Due(order.id(), PaymentDue.NAME, now.plus(properties.paymentWindow())));
	}

	/**
	 * The orders of a batch that draw on the same stock the same way: a SKU's own stock, one of its flash sales, or
	 * its stock through seats in groups.
	 */
	record Lot(String skuId, @Nullable String flashSaleId, boolean inGroup) {

		/**
		 * The order a batch locks its lots in: flash sales, then groups (whose orders take stock right after their
		 * seats), then SKUs' own stock, each by id.
		 */
		static final Comparator<Lot> ORDER = Comparator.comparing((Lot lot) -> lot.flashSaleId() == null)
			.thenComparing(lot -> !lot.inGroup())
			.thenComparing(lot -> String.valueOf(lot.flashSaleId()))
			.thenComparing(Lot::skuId);

		static Lot of(PlaceOrder command) {
			return new Lot(command.skuId(), command.flashSaleId(), command.inGroup());
		}
	}

	private void write(List<PlacementRequest> batch, Outcome[] outcomes, List<Order> placed, Instant now) {
		if (placed.isEmpty()) {
			return;
		}
		List<Timeline.Step> steps = new ArrayList<>();
		List<Deadlines.Due> due = new ArrayList<>();
		List<IdempotencyKeys.New> keys = new ArrayList<>();
		for (int i = 0; i < batch.size(); i++) {
			if (outcomes[i] instanceof Created created) {
				steps.add(new Timeline.Step(created.order().id(), created.order().version(), created.placed()));
				due.add(created.paymentDue());
				keys.add(new IdempotencyKeys.New(batch.get(i).key(), fingerprint(batch.get(i).command()), created.order().id()));
			}
		}
		orders.insertAll(placed);
		timeline.append(steps);
		deadlines.add(due);
		requests.record(keys, now);
		List<OrderPlaced> announced = new ArrayList<>(placed.size());
		for (Order order : placed) {
			Order.State s = order.state();
			announced.add(new OrderPlaced(s.id(), s.buyerId(), order.merchantId(), s.snapshot().skuId(), s.quantity(),
					s.totalFen()));
		}
		events.publishEvent(new OrdersPlaced(Ids.next(), now, announced));
	}

	private static Order newOrder(String orderId, PlaceOrder command, SkuForSale sku, long priceFen,
			@Nullable String groupId, Instant now) {
		Order.Snapshot snapshot = new Order.Snapshot(sku.productId(), sku.skuId(), sku.merchantId(), sku.title(), sku.spec(),
				priceFen, sku.shopName(), sku.category());
		return Order.place(orderId, OrderNumbers.next(now), command.buyerId(), snapshot, command.quantity(), now,
				command.flashSaleId(), groupId);
	}

	static boolean sameRequest(PlacementRequest request, String recordedFingerprint) {
		return fingerprint(request.command()).equals(recordedFingerprint);
	}

	static String fingerprint(PlaceOrder command) {
		return RequestFingerprint.of(command.fingerprint());
	}
}
