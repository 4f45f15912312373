package com.orderkeep.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.orderkeep.support.Api;
import com.orderkeep.support.MutableClock;
import com.orderkeep.support.OrderkeepHttpTest;

import tools.jackson.databind.JsonNode;

/**
 * Thousands of attempts from hundreds of buyers on one flash sale: exactly the sale's stock is sold, nobody gets past
 * the per-buyer limit, nobody gets a 5xx, and every loser is told why.
 */
@OrderkeepHttpTest
class FlashSaleStampedeTests {

	private static final int SALE_STOCK = 100;
	private static final int LIMIT = 2;
	private static final int BUYERS = 200;
	private static final int ATTEMPTS = 2_000;

	@LocalServerPort
	int port;

	@Autowired
	MutableClock clock;

	@Test
	void sellsExactlyTheSaleStockAndNoBuyerPastTheLimit() throws Exception {
		Api api = Api.onPort(port);
		Api.Merchant merchant = api.createMerchant("秒杀旗舰店");
		String skuId = api.createProduct(merchant, "秒杀 爆款电饭煲", 29900, 1_000).body().path("skus").get(0).path("skuId").asString();
		String saleId = createSale(api, merchant, skuId, SALE_STOCK, LIMIT, clock.instant());
		long started = System.nanoTime();
		List<Buyer> buyers = register(api, BUYERS);

		Map<String, AtomicInteger> unitsByBuyer = new ConcurrentHashMap<>();
		Map<String, AtomicInteger> answers = new ConcurrentHashMap<>();
		ConcurrentLinkedQueue<String> orderIds = new ConcurrentLinkedQueue<>();
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(64);
		List<Future<?>> attempts = new ArrayList<>();
		for (int i = 0; i < ATTEMPTS; i++) {
			Buyer buyer = buyers.get(ThreadLocalRandom.current().nextInt(buyers.size()));
			attempts.add(pool.submit(() -> {
				start.await();
				Api.Response response = api.send("POST", "/api/orders", buyer.token(),
						Map.of("skuId", skuId, "quantity", 1, "flashSaleId", saleId),
						Map.of("Idempotency-Key", UUID.randomUUID().toString()));
				String answer = response.status() == 201 ? "201" : response.status() + " " + response.text("code");
				answers.computeIfAbsent(answer, a -> new AtomicInteger()).incrementAndGet();
				if (response.status() == 201) {
					orderIds.add(response.text("orderId"));
					unitsByBuyer.computeIfAbsent(buyer.userId(), b -> new AtomicInteger()).addAndGet(response.body().path("quantity").asInt());
					assertThat(response.body().path("unitPriceFen").asLong()).isEqualTo(9900);
					assertThat(response.text("flashSaleId")).isEqualTo(saleId);
				}
				return null;
			}));
		}
		System.out.printf("registered %d buyers in %d ms%n", BUYERS, (System.nanoTime() - started) / 1_000_000);
		started = System.nanoTime();
		start.countDown();
		for (Future<?> attempt : attempts) {
			attempt.get(2, TimeUnit.MINUTES);
		}
		pool.shutdown();
		System.out.printf("%d attempts in %d ms: %s%n", ATTEMPTS, (System.nanoTime() - started) / 1_000_000, answers);

		assertThat(answers.keySet()).as("answers %s", answers).allMatch(a -> a.equals("201")
				|| a.equals("409 OUT_OF_STOCK") || a.equals("409 LIMIT_EXCEEDED"));
		assertThat(answers.get("201")).hasValue(SALE_STOCK);
		assertThat(unitsByBuyer.values()).allMatch(units -> units.get() <= LIMIT);
		JsonNode sale = api.get("/api/flash-sales/" + saleId, null).body();
		assertThat(sale.path("sold").asLong()).isEqualTo(SALE_STOCK);
		assertThat(sale.path("available").asLong()).isZero();
		assertThat(sale.path("stock").asLong()).isEqualTo(SALE_STOCK);
		assertThat(orderIds).doesNotHaveDuplicates().hasSize(SALE_STOCK);
	}

	@Test
	void anUnpaidSaleOrderThatTimesOutGoesBackToTheSaleAndTheUnsoldBackToTheSku() throws Exception {
		Api api = Api.onPort(port);
		Api.Merchant merchant = api.createMerchant("限时抢购店");
		JsonNode product = api.createProduct(merchant, "限时抢购 保温杯", 15900, 50).body();
		String productId = product.path("productId").asString();
		String skuId = product.path("skus").get(0).path("skuId").asString();
		String saleId = createSale(api, merchant, skuId, 2, 1, clock.instant());
		assertThat(available(api, productId)).isEqualTo(48);

		List<Buyer> buyers = register(api, 3);
		String unpaid = Api.expect(order(api, buyers.get(0), skuId, saleId), 201).text("orderId");
		String paid = Api.expect(order(api, buyers.get(1), skuId, saleId), 201).text("orderId");
		Api.expect(api.post("/api/orders/" + paid + "/pay", buyers.get(1).token(), null), 200);
		assertThat(order(api, buyers.get(2), skuId, saleId).text("code")).isEqualTo("OUT_OF_STOCK");

		clock.advance(Duration.ofMinutes(16));
		awaitStatus(api, buyers.get(0), unpaid, "CANCELLED");
		JsonNode sale = api.get("/api/flash-sales/" + saleId, null).body();
		assertThat(sale.path("sold").asLong()).isEqualTo(1);
		assertThat(sale.path("available").asLong()).isEqualTo(1);
		awaitSoldOutHintExpiry();
		Api.expect(order(api, buyers.get(2), skuId, saleId), 201);

		clock.advance(Duration.ofHours(2));
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
		while (!"CLOSED".equals(api.get("/api/flash-sales/" + saleId, null).text("status")) && System.nanoTime() < deadline) {
			Thread.sleep(100);
		}
		sale = api.get("/api/flash-sales/" + saleId, null).body();
		assertThat(sale.path("status").asString()).isEqualTo("CLOSED");
		assertThat(sale.path("stock").asLong()).isEqualTo(sale.path("sold").asLong() + sale.path("available").asLong());
	}

	static String createSale(Api api, Api.Merchant merchant, String skuId, int stock, int limit, Instant now) {
		return Api.expect(api.post("/api/merchant/flash-sales", merchant.token(), Map.of("skuId", skuId, "priceFen", 9900,
				"stock", stock, "perBuyerLimit", limit, "startsAt", now.minusSeconds(60).toString(),
				"endsAt", now.plus(Duration.ofHours(1)).toString())), 201).text("flashSaleId");
	}

	private static Api.Response order(Api api, Buyer buyer, String skuId, String saleId) {
		return api.send("POST", "/api/orders", buyer.token(), Map.of("skuId", skuId, "quantity", 1, "flashSaleId", saleId),
				Map.of("Idempotency-Key", UUID.randomUUID().toString()));
	}

	private static long available(Api api, String productId) {
		return api.get("/api/products/" + productId, null).body().path("skus").get(0).path("available").asLong();
	}

	private static void awaitStatus(Api api, Buyer buyer, String orderId, String status) throws InterruptedException {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
		while (!status.equals(api.get("/api/orders/" + orderId, buyer.token()).text("status")) && System.nanoTime() < deadline) {
			Thread.sleep(100);
		}
		assertThat(api.get("/api/orders/" + orderId, buyer.token()).text("status")).isEqualTo(status);
	}

	/** The sold-out hint lives a second of monotonic time on the node that saw the sale sold out. */
	private static void awaitSoldOutHintExpiry() throws InterruptedException {
		Thread.sleep(1_100);
	}

	record Buyer(String userId, String token) {
	}

	static List<Buyer> register(Api api, int count) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(8);
		List<Future<Buyer>> futures = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			futures.add(pool.submit(() -> {
				Api.Response registered = api.registerBuyer();
				return new Buyer(registered.text("userId"), registered.text("token"));
			}));
		}
		List<Buyer> buyers = new ArrayList<>();
		for (Future<Buyer> future : futures) {
			buyers.add(future.get());
		}
		pool.shutdown();
		return buyers;
	}
}
