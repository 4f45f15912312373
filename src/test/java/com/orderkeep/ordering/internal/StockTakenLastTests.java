package com.orderkeep.ordering.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.orderkeep.inventory.FlashSaleManagement;
import com.orderkeep.inventory.StockManagement;
import com.orderkeep.ordering.PlaceOrder;
import com.orderkeep.ordering.Placement;
import com.orderkeep.ordering.internal.PlacementRequest.Created;
import com.orderkeep.ordering.internal.PlacementRequest.Outcome;
import com.orderkeep.support.Api;
import com.orderkeep.support.MutableClock;
import com.orderkeep.support.OrderkeepHttpTest;

/**
 * A batch writes its orders first and takes its SKUs' stock last. Where the stock is too short for the whole batch,
 * nothing of that attempt stays and the batch is written again taking the stock first, first come first served;
 * batches of any mix of SKUs and sales written at the same time never deadlock and never sell what is not there.
 */
@OrderkeepHttpTest
class StockTakenLastTests {

	@LocalServerPort
	int port;

	@Autowired
	BatchPlacement placement;

	@Autowired
	ShortStock shortStock;

	@Autowired
	StockManagement stock;

	@Autowired
	FlashSaleManagement flashSales;

	@Autowired
	MutableClock clock;

	@Test
	void leavesNothingOfABatchTheStockCannotCoverAndWritesItAgainStockFirst() {
		Api api = Api.onPort(port);
		Shelf shelf = Shelf.open(api, 3);
		List<PlacementRequest> batch = shelf.requests(api, 5, null);

		assertThatThrownBy(() -> placement.commit(batch, false)).isInstanceOf(BatchPlacement.StockRanShort.class);

		assertThat(stock.level(shelf.skuId()).available()).isEqualTo(3);
		assertThat(shelf.ordersHeld(api)).isZero();
		assertThat(shortStock.isShort(shelf.skuId())).isTrue();

		List<Outcome> outcomes = placement.commit(batch, false);

		assertThat(outcomes.subList(0, 3)).allMatch(Created.class::isInstance);
		assertThat(outcomes.subList(3, 5)).allMatch(o -> o instanceof PlacementRefusal r && r.reason() == Placement.Reason.SOLD_OUT);
		assertThat(stock.level(shelf.skuId()).available()).isZero();
		assertThat(shelf.ordersHeld(api)).isEqualTo(3);
	}

	@Test
	void takesStockLastAgainOnceABatchGetsAllItAskedFor() {
		Api api = Api.onPort(port);
		Shelf shelf = Shelf.open(api, 1);
		placement.commit(shelf.requests(api, 2, null), true);
		assertThat(shortStock.isShort(shelf.skuId())).isTrue();

		stock.restock(shelf.skuId(), 10);
		assertThat(placement.commit(shelf.requests(api, 2, null), false)).allMatch(Created.class::isInstance);
		assertThat(shortStock.isShort(shelf.skuId())).isFalse();

		assertThat(placement.commit(shelf.requests(api, 3, null), false)).allMatch(Created.class::isInstance);
		assertThat(stock.level(shelf.skuId()).available()).isEqualTo(5);
		assertThat(shelf.ordersHeld(api)).isEqualTo(6);
	}

	/**
	 * Threads commit mixed batches at once, as the lanes of several nodes may: a plentiful SKU (stock taken last), a
	 * scarce one (short, so stock taken first) and a flash sale (claimed first). A lock taken out of order would
	 * deadlock and fail a batch; a stock update that judged wrongly would sell more than there is.
	 */
	@Test
	void neverDeadlocksNorOversellsWithBatchesOfMixedLotsAtOnce() throws Exception {
		Api api = Api.onPort(port);
		// The sale's SKU sorts last, so that a batch locking stock rows by SKU before sales would meet one locking the
		// sale first.
		List<Shelf> bySku = new ArrayList<>();
		for (int i = 0; i < 3; i++) {
			bySku.add(Shelf.open(api, 100_000));
		}
		bySku.sort(Comparator.comparing(Shelf::skuId));
		Shelf plentiful = bySku.get(0);
		Shelf onSale = bySku.get(2);
		Shelf scarce = bySku.get(1);
		stock.adjustTo(scarce.skuId(), 40);
		String saleId = createSale(api, onSale, 30);
		List<String> buyers = new ArrayList<>();
		for (int i = 0; i < 12; i++) {
			buyers.add(api.registerBuyer().text("userId"));
		}
		int threads = 8;
		int batchesEach = 15;

		List<Callable<Map<Shelf, Integer>>> writers = new ArrayList<>();
		for (int t = 0; t < threads; t++) {
			writers.add(() -> {
				Map<Shelf, Integer> created = new HashMap<>(Map.of(plentiful, 0, scarce, 0, onSale, 0));
				for (int b = 0; b < batchesEach; b++) {
					List<Shelf> lots = lotsOfOneBatch(plentiful, scarce, onSale);
					List<PlacementRequest> batch = new ArrayList<>();
					List<Shelf> shelves = new ArrayList<>();
					for (int r = 0; r < 12; r++) {
						Shelf shelf = lots.get(ThreadLocalRandom.current().nextInt(lots.size()));
						String buyer = buyers.get(ThreadLocalRandom.current().nextInt(buyers.size()));
						batch.add(new PlacementRequest(new PlaceOrder(buyer, UUID.randomUUID().toString(), shelf.skuId(), 1,
								shelf == onSale ? saleId : null, null, false)));
						shelves.add(shelf);
					}
					List<Outcome> outcomes = commitAsTheBatcherDoes(batch);
					for (int r = 0; r < outcomes.size(); r++) {
						if (outcomes.get(r) instanceof Created) {
							created.merge(shelves.get(r), 1, Integer::sum);
						}
					}
				}
				return created;
			});
		}
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		Map<Shelf, Integer> created = new HashMap<>(Map.of(plentiful, 0, scarce, 0, onSale, 0));
		try {
			for (Future<Map<Shelf, Integer>> written : pool.invokeAll(writers, 2, TimeUnit.MINUTES)) {
				written.get().forEach((shelf, n) -> created.merge(shelf, n, Integer::sum));
			}
		}
		finally {
			pool.shutdownNow();
		}

		assertThat(created.get(scarce)).isEqualTo(40);
		assertThat(stock.level(scarce.skuId()).available()).isZero();
		assertThat(stock.level(plentiful.skuId()).available()).isEqualTo(100_000 - created.get(plentiful));
		assertThat(created.get(onSale)).isEqualTo(30);
		assertThat(flashSales.sale(saleId).sold()).isEqualTo(30);
		assertThat(flashSales.sale(saleId).available()).isZero();
		for (Shelf shelf : List.of(plentiful, scarce, onSale)) {
			assertThat(shelf.ordersHeld(api)).isEqualTo(created.get(shelf).longValue());
		}
	}

	/** Some of the three, so that batches taking stock first and batches taking it last run at the same time. */
	private static List<Shelf> lotsOfOneBatch(Shelf... shelves) {
		List<Shelf> lots = new ArrayList<>();
		while (lots.isEmpty()) {
			for (Shelf shelf : shelves) {
				if (ThreadLocalRandom.current().nextBoolean()) {
					lots.add(shelf);
				}
			}
		}
		return lots;
	}

	private List<Outcome> commitAsTheBatcherDoes(List<PlacementRequest> batch) {
		try {
			return placement.commit(batch, false);
		}
		catch (BatchPlacement.StockRanShort ranShort) {
			return placement.commit(batch, true);
		}
	}

	/** One merchant's product with a single SKU, so the merchant's orders are the SKU's. */
	record Shelf(Api.Merchant merchant, String skuId) {

		static Shelf open(Api api, int stock) {
			Api.Merchant merchant = api.createMerchant("货架 " + UUID.randomUUID().toString().substring(0, 8));
			String skuId = api.createProduct(merchant, "赣南脐橙 " + UUID.randomUUID(), 3990, stock).body().path("skus").get(0)
				.path("skuId").asString();
			return new Shelf(merchant, skuId);
		}

		List<PlacementRequest> requests(Api api, int count, @Nullable String flashSaleId) {
			List<PlacementRequest> requests = new ArrayList<>();
			for (int i = 0; i < count; i++) {
				requests.add(new PlacementRequest(new PlaceOrder(api.registerBuyer().text("userId"),
						UUID.randomUUID().toString(), skuId, 1, flashSaleId, null, false)));
			}
			return requests;
		}

		long ordersHeld(Api api) {
			return Api.expect(api.get("/api/merchant/orders", merchant.token()), 200).body().path("total").asLong();
		}
	}

	private String createSale(Api api, Shelf shelf, int stock) {
		return Api.expect(api.post("/api/merchant/flash-sales", shelf.merchant().token(), Map.of("skuId", shelf.skuId(),
				"priceFen", 1990, "stock", stock, "perBuyerLimit", 100, "startsAt", clock.instant().minusSeconds(60).toString(),
				"endsAt", clock.instant().plus(Duration.ofHours(1)).toString())), 201).text("flashSaleId");
	}
}
