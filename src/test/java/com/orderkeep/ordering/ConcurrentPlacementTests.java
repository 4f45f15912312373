package com.orderkeep.ordering;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.orderkeep.support.Api;
import com.orderkeep.support.Api.Response;
import com.orderkeep.support.OrderkeepHttpTest;

import tools.jackson.databind.JsonNode;

/**
 * Many buyers and retries at once against one SKU, over real HTTP: a key makes one order however often it is sent,
 * stock is never sold twice, and a race between paying and cancelling never keeps a cancelled buyer's money.
 */
@OrderkeepHttpTest
class ConcurrentPlacementTests {

	private static final int THREADS = 32;

	@LocalServerPort
	int port;

	@Test
	void makesOneOrderOfAKeySentManyTimesAtOnce() throws Exception {
		Api api = Api.onPort(port);
		Sku sku = newSku(api, 1990, 50);
		String buyer = api.registerBuyer().text("token");
		String key = UUID.randomUUID().toString();

		List<Response> responses = race(THREADS, nCopies(THREADS, () -> api.placeOrder(buyer, sku.skuId(), 2, key)));

		assertNoServerErrors(responses);
		assertThat(responses).filteredOn(r -> r.status() == 201).hasSize(1);
		assertThat(responses).filteredOn(r -> r.status() == 200).hasSize(THREADS - 1);
		assertThat(responses).extracting(r -> r.text("orderId")).containsOnly(responses.get(0).text("orderId"));
		assertThat(ordersOf(api, buyer)).hasSize(1);
		assertThat(sku.available(api)).isEqualTo(48);
	}

	@Test
	void refusesTheOtherBodiesOfAKeyRacedWithDifferentBodies() throws Exception {
		Api api = Api.onPort(port);
		Sku sku = newSku(api, 880, 50);
		String buyer = api.registerBuyer().text("token");
		String key = UUID.randomUUID().toString();
		List<Callable<Response>> attempts = new ArrayList<>();
		for (int i = 0; i < THREADS; i++) {
			int quantity = i % 2 == 0 ? 1 : 3;
			attempts.add(() -> api.placeOrder(buyer, sku.skuId(), quantity, key));
		}

		List<Response> responses = race(THREADS, attempts);

		assertNoServerErrors(responses);
		List<Response> created = responses.stream().filter(r -> r.status() == 201).toList();
		assertThat(created).hasSize(1);
		int winning = created.get(0).body().path("quantity").asInt();
		for (int i = 0; i < THREADS; i++) {
			Response response = responses.get(i);
			if ((i % 2 == 0 ? 1 : 3) == winning) {
				assertThat(response.status()).isIn(200, 201);
				assertThat(response.text("orderId")).isEqualTo(created.get(0).text("orderId"));
			}
			else {
				assertThat(response.status()).isEqualTo(409);
				assertThat(response.text("code")).isEqualTo("IDEMPOTENCY_KEY_REUSED");
			}
		}
		assertThat(ordersOf(api, buyer)).hasSize(1);
		assertThat(sku.available(api)).isEqualTo(50 - winning);
	}

	@Test
	void makesOneOrderOfAKeyRacedForTwoDifferentSkus() throws Exception {
		Api api = Api.onPort(port);
		Api.Merchant merchant = api.createMerchant("两地仓");
		List<Sku> skus = List.of(newSku(api, merchant, 1200, 30), newSku(api, merchant, 1300, 30));
		String buyer = api.registerBuyer().text("token");
		String key = UUID.randomUUID().toString();
		List<Callable<Response>> attempts = new ArrayList<>();
		for (int i = 0; i < THREADS; i++) {
			Sku sku = skus.get(i % 2);
			attempts.add(() -> api.placeOrder(buyer, sku.skuId(), 1, key));
		}

		List<Response> responses = race(THREADS, attempts);

		assertNoServerErrors(responses);
		assertThat(responses).filteredOn(r -> r.status() == 201).hasSize(1);
		assertThat(responses).filteredOn(r -> r.status() != 201)
			.allSatisfy(r -> assertThat(r.status() == 200 || "IDEMPOTENCY_KEY_REUSED".equals(r.text("code")))
				.as("%s", r.raw()).isTrue());
		assertThat(ordersOf(api, buyer)).hasSize(1);
		assertThat(skus.get(0).available(api) + skus.get(1).available(api)).isEqualTo(59);
	}

	@Test
	void neverSellsMoreThanTheStockAndItsRestocks() throws Exception {
		Api api = Api.onPort(port);
		Api.Merchant merchant = api.createMerchant("秒杀专场");
		Sku sku = newSku(api, merchant, 990, 100);
		List<String> buyers = new ArrayList<>();
		for (int i = 0; i < 40; i++) {
			buyers.add(api.registerBuyer().text("token"));
		}
		List<Callable<Attempt>> work = new ArrayList<>();
		for (int round = 0; round < 8; round++) {
			for (String buyer : buyers) {
				int quantity = ThreadLocalRandom.current().nextInt(1, 4);
				String key = UUID.randomUUID().toString();
				work.add(() -> new Attempt(Act.PLACE, buyer, quantity, api.placeOrder(buyer, sku.skuId(), quantity, key)));
			}
			if (round >= 2 && round < 6) {
				work.add(() -> restock(api, merchant, sku, 5));
			}
		}

		List<Attempt> attempts = race(THREADS, work);

		List<Attempt> restocks = attempts.stream().filter(a -> a.act() == Act.RESTOCK).toList();
		List<Attempt> placements = attempts.stream().filter(a -> a.act() == Act.PLACE).toList();
		assertThat(restocks).allSatisfy(a -> assertThat(a.response().status()).as(a.response().raw()).isEqualTo(200));
		assertNoServerErrors(placements.stream().map(Attempt::response).toList());
		List<Attempt> created = placements.stream().filter(a -> a.response().status() == 201).toList();
		assertThat(placements).filteredOn(a -> a.response().status() != 201).allSatisfy(a -> {
			assertThat(a.response().status()).as(a.response().raw()).isEqualTo(409);
			assertThat(a.response().text("code")).isEqualTo("OUT_OF_STOCK");
		});
		long stocked = 100 + restocks.stream().mapToLong(Attempt::quantity).sum();
		long sold = created.stream().mapToLong(Attempt::quantity).sum();
		long available = sku.available(api);
		assertThat(stocked).isEqualTo(120);
		assertThat(sold).isLessThanOrEqualTo(stocked);
		assertThat(sold).isEqualTo(stocked - available);
		assertThat(liveQuantity(api, buyers, sku)).as("orders listed to their buyers").isEqualTo(sold);

		List<Callable<Attempt>> churn = new ArrayList<>();
		for (int i = 0; i < created.size(); i += 2) {
			Attempt order = created.get(i);
			String path = "/api/orders/" + order.response().text("orderId") + "/cancel";
			Callable<Attempt> cancel = () -> new Attempt(Act.CANCEL, order.caller(), order.quantity(),
					api.post(path, order.caller(), Map.of("reasonCode", "CHANGED_MIND")));
			churn.add(cancel);
			churn.add(cancel);
		}
		for (String buyer : buyers.subList(0, 20)) {
			String key = UUID.randomUUID().toString();
			churn.add(() -> new Attempt(Act.PLACE, buyer, 2, api.placeOrder(buyer, sku.skuId(), 2, key)));
		}
		churn.add(() -> restock(api, merchant, sku, 7));

		List<Attempt> churned = race(THREADS, churn);

		assertNoServerErrors(churned.stream().map(Attempt::response).toList());
		Map<String, Long> cancelsAccepted = new HashMap<>();
		for (Attempt a : churned) {
			if (a.act() == Act.CANCEL) {
				assertThat(a.response().status()).as(a.response().raw()).isIn(200, 409);
				if (a.response().status() == 200) {
					cancelsAccepted.merge(a.response().text("orderId"), 1L, Long::sum);
				}
				else {
					assertThat(a.response().text("code")).isEqualTo("INVALID_STATE");
				}
			}
			else if (a.act() == Act.PLACE) {
				assertThat(a.response().status()).as(a.response().raw()).isIn(201, 409);
			}
			else {
				assertThat(a.response().status()).as(a.response().raw()).isEqualTo(200);
				stocked += a.quantity();
			}
		}
		assertThat(cancelsAccepted).as("each order cancelled exactly once").hasSize((created.size() + 1) / 2)
			.allSatisfy((order, times) -> assertThat(times).isEqualTo(1));
		assertThat(sku.available(api) + liveQuantity(api, buyers, sku)).as("available and held").isEqualTo(stocked)
			.isEqualTo(127);
	}

	@Test
	void neverKeepsTheMoneyOfAnOrderCancelledWhilePaid() throws Exception {
		Api api = Api.onPort(port);
		Sku sku = newSku(api, 4590, 40);
		String buyer = api.registerBuyer().text("token");
		List<String> orderIds = new ArrayList<>();
		for (int i = 0; i < 20; i++) {
			orderIds.add(Api.expect(api.placeOrder(buyer, sku.skuId(), 1, UUID.randomUUID().toString()), 201).text("orderId"));
		}
		List<Callable<Response>> both = new ArrayList<>();
		for (String orderId : orderIds) {
			both.add(() -> api.post("/api/orders/" + orderId + "/pay", buyer, null));
			both.add(() -> api.post("/api/orders/" + orderId + "/cancel", buyer, Map.of("reasonCode", "CHANGED_MIND")));
		}

		List<Response> responses = race(THREADS, both);

		assertNoServerErrors(responses);
		for (int i = 0; i < orderIds.size(); i++) {
			Response paid = responses.get(2 * i);
			Response cancelled = responses.get(2 * i + 1);
			for (Response r : List.of(paid, cancelled)) {
				if (r.status() != 200) {
					assertThat(r.status()).as(r.raw()).isEqualTo(409);
					assertThat(r.text("code")).isIn("INVALID_STATE", "PAYMENT_IN_PROGRESS");
				}
			}
			assertThat(paid.status() == 200 || cancelled.status() == 200).as("one of pay and cancel went through").isTrue();
			JsonNode order = settled(api, buyer, orderIds.get(i));
			String status = order.path("status").asString();
			String payment = order.path("payment").path("status").asString();
			long kept = order.path("payment").path("paidFen").asLong() - order.path("payment").path("refundedFen").asLong();
			if ("TO_SHIP".equals(status)) {
				assertThat(payment).isEqualTo("PAID");
				assertThat(kept).isEqualTo(4590);
				assertThat(cancelled.status()).as("a cancel that was answered 200 stands").isEqualTo(409);
			}
			else {
				assertThat(status).isEqualTo("CANCELLED");
				assertThat(payment).isIn("UNPAID", "REFUNDED");
				assertThat(kept).isZero();
			}
		}
		assertThat(sku.available(api) + liveQuantity(api, List.of(buyer), sku)).isEqualTo(40);
	}

	// --- the shared steps ---

	record Sku(String productId, String skuId) {

		long available(Api api) {
			return Api.expect(api.get("/api/products/" + productId, null), 200).body().path("skus").get(0).path("available")
				.asLong();
		}
	}

	enum Act {
		PLACE, RESTOCK, CANCEL
	}

	record Attempt(Act act, String caller, int quantity, Response response) {
	}

	private static Attempt restock(Api api, Api.Merchant merchant, Sku sku, int quantity) {
		return new Attempt(Act.RESTOCK, merchant.token(), quantity,
				api.post("/api/merchant/skus/" + sku.skuId() + "/restock", merchant.token(), Map.of("quantity", quantity)));
	}

	private static Sku newSku(Api api, long priceFen, int stock) {
		return newSku(api, api.createMerchant("果园直供"), priceFen, stock);
	}

	private static Sku newSku(Api api, Api.Merchant merchant, long priceFen, int stock) {
		Response product = api.createProduct(merchant, "赣南脐橙 " + UUID.randomUUID(), priceFen, stock);
		return new Sku(product.text("productId"), product.body().path("skus").get(0).path("skuId").asString());
	}

	private static List<JsonNode> ordersOf(Api api, String buyer) {
		JsonNode page = Api.expect(api.get("/api/orders?size=100", buyer), 200).body();
		List<JsonNode> items = new ArrayList<>();
		page.path("items").forEach(items::add);
		assertThat(page.path("total").asLong()).isEqualTo(items.size());
		return items;
	}

	/** Units of the SKU held by orders that are not cancelled, as their buyers' lists show them. */
	private static long liveQuantity(Api api, List<String> buyers, Sku sku) {
		long held = 0;
		for (String buyer : buyers) {
			for (JsonNode order : ordersOf(api, buyer)) {
				if (sku.skuId().equals(order.path("snapshot").path("skuId").asString())
						&& !"CANCELLED".equals(order.path("status").asString())) {
					held += order.path("quantity").asLong();
				}
			}
		}
		return held;
	}

	/** The order once no refund is pending for it any more (bounded). */
	private static JsonNode settled(Api api, String buyer, String orderId) throws InterruptedException {
		Instant giveUp = Instant.now().plus(Duration.ofSeconds(20));
		JsonNode order;
		do {
			order = Api.expect(api.get("/api/orders/" + orderId, buyer), 200).body();
			if (!Set.of("REFUNDING", "PARTIALLY_REFUNDED").contains(order.path("payment").path("status").asString())) {
				return order;
			}
			Thread.sleep(100);
		}
		while (Instant.now().isBefore(giveUp));
		return order;
	}

	private static void assertNoServerErrors(List<Response> responses) {
		assertThat(responses).allSatisfy(r -> assertThat(r.status()).as(r.raw()).isLessThan(500));
	}

	private static <T> List<Callable<T>> nCopies(int n, Callable<T> task) {
		return new ArrayList<>(java.util.Collections.nCopies(n, task));
	}

	/** Runs the tasks on a pool of {@code threads}, all released by one start gate; results in task order. */
	private static <T> List<T> race(int threads, List<Callable<T>> tasks) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		CountDownLatch gate = new CountDownLatch(1);
		try {
			List<Future<T>> futures = new ArrayList<>();
			for (Callable<T> task : tasks) {
				futures.add(pool.submit(() -> {
					gate.await();
					return task.call();
				}));
			}
			gate.countDown();
			List<T> results = new ArrayList<>();
			for (Future<T> future : futures) {
				results.add(future.get(2, TimeUnit.MINUTES));
			}
			return results;
		}
		finally {
			pool.shutdownNow();
		}
	}
}
