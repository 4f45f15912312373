package com.orderkeep.ordering.internal;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import com.orderkeep.catalog.CatalogManagement;
import com.orderkeep.catalog.SkuForSale;
import com.orderkeep.inventory.FlashSaleManagement;
import com.orderkeep.inventory.FlashSaleTerms;
import com.orderkeep.ordering.OrderView.Deadline;
import com.orderkeep.ordering.PlaceOrder;
import com.orderkeep.ordering.Placement;
import com.orderkeep.ordering.internal.PlacementRequest.Created;
import com.orderkeep.ordering.internal.PlacementRequest.Failed;
import com.orderkeep.ordering.internal.PlacementRequest.Outcome;
import com.orderkeep.ordering.internal.PlacementRequest.Replayed;
import com.orderkeep.ordering.seats.GroupSeats;
import com.orderkeep.ordering.OrderRefused;
import com.orderkeep.shared.LocalizedText;

/**
 * Places an order: refuses what can be refused before any lock (a repeated key, an unknown or delisted SKU, a sale
 * or group that does not exist), then hands the request to the batching writer and waits for its commit.
 */
@Component
class OrderPlacement {

	private static final Logger log = LoggerFactory.getLogger(OrderPlacement.class);

	private static final LocalizedText BATCH_FAILED = new LocalizedText("下单暂时失败，订单未创建，请使用同一幂等键重试",
			"The order could not be placed right now and was not created; retry with the same Idempotency-Key");

	private final CatalogManagement catalog;
	private final FlashSaleManagement flashSales;
	private final Clock clock;
	private final IdempotencyKeys requests;
	private final OrderBatcher batcher;
	private final Orders orders;
	private final OrderViews views;
	private final OrderMetrics metrics;
	private final OrderingProperties properties;
	/** Whether a module offers group buy: without one, no order starts or joins a group. */
	private final boolean groupBuy;

	OrderPlacement(CatalogManagement catalog, FlashSaleManagement flashSales, Clock clock, IdempotencyKeys requests, OrderBatcher batcher, Orders orders,
			OrderViews views, OrderMetrics metrics, OrderingProperties properties, Optional<GroupSeats> seats) {
		this.catalog = catalog;
		this.flashSales = flashSales;
		this.clock = clock;
		this.requests = requests;
		this.batcher = batcher;
		this.orders = orders;
		this.views = views;
		this.metrics = metrics;
		this.properties = properties;
		this.groupBuy = seats.isPresent();
	}

	Placement place(PlaceOrder command) {
		return metrics.timePlacement(() -> answer(command, outcomeOf(command)));
	}

	/**
	 * Refusals are decided from memory (the sale's terms, the sold-out hint, the SKU as read within the second), but
	 * a refused request first gets the order its key created, if any: a retry is always answered as the first time.
	 * Requests that pass go to the batching writer, which checks everything again inside the transaction.
	 */
	private Outcome outcomeOf(PlaceOrder command) {
		PlacementRefusal refused = refusedBeforeAnyLock(command);
		if (refused == null) {
			return await(batcher.submit(new PlacementRequest(command)));
		}
		return requests.find(new IdempotencyKeys.Key(command.buyerId(), command.idempotencyKey()))
			.<Outcome>map(recorded -> recorded.requestHash().equals(BatchPlacement.fingerprint(command))
					? new Replayed(recorded.orderId())
					: PlacementRefusal.KEY_REUSED)
			.orElse(refused);
	}

	private @Nullable PlacementRefusal refusedBeforeAnyLock(PlaceOrder command) {
		if (command.inGroup() && !groupBuy) {
			return command.groupId() != null ? PlacementRefusal.NO_SUCH_GROUP : PlacementRefusal.GROUP_BUY_NOT_OFFERED;
		}
		if (command.inGroup() && command.flashSaleId() != null) {
			return PlacementRefusal.NO_GROUP_ON_FLASH_SALE;
		}
		if (command.flashSaleId() != null) {
			PlacementRefusal refused = refusedBySale(command);
			if (refused != null) {
				return refused;
			}
		}
		SkuForSale sku = catalog.recentSkuForSale(command.skuId()).orElse(null);
		if (sku == null) {
			return PlacementRefusal.noSuchSku(command.skuId());
		}
		if (!sku.listed()) {
			return PlacementRefusal.notForSale(sku);
		}
		return null;
	}

	/** What the sale's terms and this node's sold-out hint refuse, without touching the database after the first read. */
	private @Nullable PlacementRefusal refusedBySale(PlaceOrder command) {
		FlashSaleTerms sale = flashSales.terms(command.flashSaleId()).orElse(null);
		if (sale == null || !sale.skuId().equals(command.skuId())) {
			return PlacementRefusal.NO_SUCH_SALE;
		}
		if (!sale.openAt(clock.instant())) {
			return PlacementRefusal.SALE_NOT_OPEN;
		}
		if (command.quantity() > sale.perBuyerLimit()) {
			return PlacementRefusal.OVER_LIMIT;
		}
		if (flashSales.knownSoldOut(sale.flashSaleId())) {
			return PlacementRefusal.SOLD_OUT;
		}
		return null;
	}

	private Outcome await(PlacementRequest request) {
		try {
			return request.outcome().get(properties.batch().waitTimeout().toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (TimeoutException | ExecutionException e) {
			return new Failed(e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return new Failed(e);
		}
	}

	private Placement answer(PlaceOrder command, Outcome outcome) {
		if (outcome instanceof Created created) {
			metrics.placed();
			Deadlines.Due due = created.paymentDue();
			return new Placement.Placed(OrderViews.view(created.order(), List.of(), List.of(new Deadline(due.kind(), due.dueAt())),
					List.of(Timeline.entry(created.placed()))), true);
		}
		if (outcome instanceof Replayed replayed) {
			return new Placement.Placed(views.of(orders.find(replayed.orderId()).orElseThrow()), false);
		}
		if (outcome instanceof PlacementRefusal refused) {
			metrics.refused(refused.reason());
			return new Placement.Refused(refused.reason(), refused.text());
		}
		log.warn("Placement for SKU {} failed and was not acknowledged: {}", command.skuId(), ((Failed) outcome).cause().toString());
		throw new OrderRefused(OrderRefused.Reason.NOT_PLACED_NOW, BATCH_FAILED);
	}
}
