package com.orderkeep.durability;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.orderkeep.support.Api;
import com.orderkeep.support.RunningService;
import com.orderkeep.support.TestDatabase;

import tools.jackson.databind.JsonNode;

/**
 * Acknowledged ⇒ durable (DESIGN.md, invariant 1), tested the hard way: the packaged service runs as a separate
 * process, takes orders and payments from several threads, and is killed with SIGKILL while requests are in flight.
 * After a restart on the same data every acknowledged order and payment must be there, the stock must balance
 * (available + ordered = initial), and a retry with the same Idempotency-Key must return the first result.
 * <p>
 * Runs under failsafe against {@code target/orderkeep.jar}, once per test database (embedded and PostgreSQL). The
 * service's console output goes to {@code target/killnine-*.log}.
 */
class KillNineIT {

	private static final int THREADS = 8;
	private static final int BUYERS = 8;

	/** One database for the class, and the service running on it (restarted by every kill). */
	private static Map<String, String> database;
	private static RunningService service;

	@BeforeAll
	static void startService() throws Exception {
		database = TestDatabase.properties("killnine");
		service = RunningService.start("killnine", database);
	}

	@AfterAll
	static void stopService() throws Exception {
		try {
			if (service != null) {
				service.stop();
			}
		}
		finally {
			RunningService.killAll();
		}
	}

	/** The running service; a test that failed half-way may have left it killed. */
	private static Api api() throws Exception {
		if (!service.isAlive()) {
			service = RunningService.start("killnine", database);
		}
		return service.api();
	}

	@Test
	void everyAcknowledgedOrderSurvivesKillNine() throws Exception {
		int stock = 5_000;
		Api api = api();
		Api.Merchant merchant = api.createMerchant("断电也不丢果园");
		JsonNode product = api.createProduct(merchant, "赣南脐橙", 1990, stock).body();
		String productId = product.path("productId").asString();
		String skuId = product.path("skus").get(0).path("skuId").asString();
		List<String> buyers = new ArrayList<>();
		for (int i = 0; i < BUYERS; i++) {
			buyers.add(api.registerBuyer().text("token"));
		}

		List<Placed> acknowledged = new ArrayList<>();
		int unknownOutcomes = 0;
		for (int cycle = 1; cycle <= 2; cycle++) {
			OrderLoad load = OrderLoad.start(api, buyers, skuId);
			load.awaitAcknowledged(20, Duration.ofSeconds(30));
			Thread.sleep(ThreadLocalRandom.current().nextLong(150, 450));
			service.kill9();
			load.finish();
			assertThat(load.unexpected).as("answers other than 201 (or OUT_OF_STOCK) before the kill").isEmpty();
			acknowledged.addAll(load.acknowledged);
			unknownOutcomes += load.unknownOutcomes.get();
			log("kill -9 #%d under order load: %d orders acknowledged, %d requests in flight, %d refused after", cycle,
					load.acknowledged.size(), load.unknownOutcomes.get(), load.refused.get());

			service = RunningService.start("killnine", database);
			api = service.api();
			Map<String, JsonNode> listed = new HashMap<>();
			for (String buyer : buyers) {
				for (JsonNode order : allOrdersOf(api, buyer)) {
					listed.put(order.path("orderId").asString(), order);
				}
			}
			for (Placed placed : acknowledged) {
				Api.Response read = api.get("/api/orders/" + placed.orderId(), placed.buyerToken());
				assertThat(read.status()).as("acknowledged order %s after kill -9 #%d: %s", placed.orderId(), cycle,
						read.raw()).isEqualTo(200);
				assertThat(read.text("orderId")).isEqualTo(placed.orderId());
				assertThat(listed).as("buyer's order list after kill -9 #%d", cycle).containsKey(placed.orderId());
			}
			assertThat(listed.size()).as("orders listed vs. acknowledged (%d) plus cut off by the kill (%d)",
					acknowledged.size(), unknownOutcomes)
				.isBetween(acknowledged.size(), acknowledged.size() + unknownOutcomes);

			// A retry of an acknowledged request (same key, same body) returns the first order and takes no stock.
			for (Placed placed : sample(acknowledged, 4)) {
				Api.Response retry = api.placeOrder(placed.buyerToken(), skuId, 1, placed.idempotencyKey());
				assertThat(retry.status()).as("retry of %s: %s", placed.idempotencyKey(), retry.raw()).isEqualTo(200);
				assertThat(retry.text("orderId")).isEqualTo(placed.orderId());
			}

			long available = api.get("/api/products/" + productId, null).body().path("skus").get(0).path("available")
				.asLong(-1);
			long ordered = 0;
			for (String buyer : buyers) {
				ordered += allOrdersOf(api, buyer).stream()
					.filter(order -> !"CANCELLED".equals(order.path("status").asString()))
					.mapToLong(order -> order.path("quantity").asLong())
					.sum();
			}
			assertThat(available + ordered).as("available (%d) + ordered (%d) after kill -9 #%d", available, ordered,
					cycle).isEqualTo(stock);
		}
	}

	@Test
	void everyAcknowledgedPaymentSurvivesKillNine() throws Exception {
		Api api = api();
		Api.Merchant merchant = api.createMerchant("付了就算数小店");
		JsonNode product = api.createProduct(merchant, "五常大米", 5990, 1_000).body();
		String skuId = product.path("skus").get(0).path("skuId").asString();
		List<String> buyers = new ArrayList<>();
		for (int i = 0; i < BUYERS; i++) {
			buyers.add(api.registerBuyer().text("token"));
		}
		// Orders to pay: placed and acknowledged before anything is killed.
		List<Placed> orders = new CopyOnWriteArrayList<>();
		runForEach(buyers, buyer -> {
			for (int i = 0; i < 25; i++) {
				String key = UUID.randomUUID().toString();
				Api.Response placed = Api.expect(api.placeOrder(buyer, skuId, 1, key), 201);
				orders.add(new Placed(buyer, key, placed.text("orderId")));
			}
		});

		// A burst of payments from every buyer at once, killed while payments are in flight.
		Map<String, Placed> paid = new ConcurrentHashMap<>();
		Collection<String> unexpected = new ConcurrentLinkedQueue<>();
		AtomicBoolean killed = new AtomicBoolean();
		ExecutorService pool = Executors.newFixedThreadPool(THREADS);
		for (List<Placed> ownOrders : orders.stream().collect(Collectors.groupingBy(Placed::buyerToken)).values()) {
			pool.execute(() -> {
				for (Placed order : ownOrders) {
					try {
						Api.Response pay = api.post("/api/orders/" + order.orderId() + "/pay", order.buyerToken(), null);
						if (pay.status() == 200) {
							paid.put(order.orderId(), order);
						}
						else if (!killed.get()) {
							unexpected.add(pay.status() + " " + pay.raw());
						}
					}
					catch (RuntimeException noAnswer) {
						return; // the process is gone; a payment it had taken may or may not have happened
					}
				}
			});
		}
		long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
		while (paid.size() < 30 && System.nanoTime() < deadline) {
			Thread.sleep(5);
		}
		Thread.sleep(ThreadLocalRandom.current().nextLong(50, 200));
		service.kill9();
		killed.set(true);
		pool.shutdown();
		assertThat(pool.awaitTermination(60, TimeUnit.SECONDS)).as("payment threads stopped").isTrue();
		assertThat(unexpected).as("answers other than 200 before the kill").isEmpty();
		assertThat(paid).as("payments acknowledged before the kill").isNotEmpty();
		log("kill -9 under payment load: %d of %d payments acknowledged", paid.size(), orders.size());

		service = RunningService.start("killnine", database);
		Api restarted = service.api();
		for (Placed order : paid.values()) {
			Api.Response read = restarted.get("/api/orders/" + order.orderId(), order.buyerToken());
			assertThat(read.status()).as("paid order %s after kill -9: %s", order.orderId(), read.raw()).isEqualTo(200);
			assertThat(read.text("status")).as("status of paid order %s: %s", order.orderId(), read.raw())
				.isEqualTo("TO_SHIP");
			assertThat(read.body().path("payment").path("status").asString())
				.as("payment of order %s: %s", order.orderId(), read.raw()).isEqualTo("PAID");
			assertThat(read.body().path("payment").path("paidFen").asLong())
				.as("paid amount of order %s: %s", order.orderId(), read.raw())
				.isEqualTo(read.body().path("totalFen").asLong());
		}
	}

	// --- the load ---

	/** An order that was acknowledged (201) to its buyer. */
	record Placed(String buyerToken, String idempotencyKey, String orderId) {
	}

	/** One thread per buyer placing orders of quantity 1 back to back, each with its own Idempotency-Key. */
	static final class OrderLoad {

		final List<Placed> acknowledged = new CopyOnWriteArrayList<>();
		final Collection<String> unexpected = new ConcurrentLinkedQueue<>();
		/** Requests in flight when the process died: no answer, and the order may or may not exist. */
		final AtomicInteger unknownOutcomes = new AtomicInteger();
		/** Requests sent after the kill, refused: no order. */
		final AtomicInteger refused = new AtomicInteger();
		private final AtomicBoolean stopped = new AtomicBoolean();
		private final AtomicBoolean killed = new AtomicBoolean();
		private final ExecutorService pool = Executors.newFixedThreadPool(THREADS);

		static OrderLoad start(Api api, List<String> buyers, String skuId) {
			OrderLoad load = new OrderLoad();
			for (int t = 0; t < THREADS; t++) {
				String buyer = buyers.get(t % buyers.size());
				load.pool.execute(() -> {
					while (!load.stopped.get()) {
						String key = UUID.randomUUID().toString();
						try {
							Api.Response response = api.placeOrder(buyer, skuId, 1, key);
							if (response.status() == 201) {
								load.acknowledged.add(new Placed(buyer, key, response.text("orderId")));
							}
							else if (!load.killed.get() && !"OUT_OF_STOCK".equals(response.text("code"))) {
								load.unexpected.add(response.status() + " " + response.raw());
							}
						}
						catch (RuntimeException noAnswer) {
							// The process is gone, so stop. A request it had taken may or may not have made an order.
							if (noAnswer.getCause() instanceof ConnectException) {
								load.refused.incrementAndGet();
							}
							else {
								load.unknownOutcomes.incrementAndGet();
							}
							return;
						}
					}
				});
			}
			return load;
		}

		void awaitAcknowledged(int count, Duration timeout) throws InterruptedException {
			long deadline = System.nanoTime() + timeout.toNanos();
			while (acknowledged.size() < count && System.nanoTime() < deadline) {
				Thread.sleep(5);
			}
			assertThat(acknowledged.size()).as("orders acknowledged under load (other answers: %s)", unexpected)
				.isGreaterThanOrEqualTo(count);
		}

		/** Called right after the kill: lets the threads see their connections fail, then stops them. */
		void finish() throws InterruptedException {
			killed.set(true);
			stopped.set(true);
			pool.shutdown();
			assertThat(pool.awaitTermination(60, TimeUnit.SECONDS)).as("load threads stopped").isTrue();
		}
	}

	// --- reading back ---

	/** Every order in the buyer's list, page by page (whether pages count from 0 or from 1). */
	private static List<JsonNode> allOrdersOf(Api api, String buyerToken) {
		Map<String, JsonNode> orders = new LinkedHashMap<>();
		for (int page = 0; page < 1_000; page++) {
			Api.Response response = api.get("/api/orders?page=" + page + "&size=50", buyerToken);
			if (page == 0 && response.status() == 400) {
				continue;
			}
			Api.expect(response, 200);
			JsonNode items = response.body().path("items");
			items.forEach(order -> orders.put(order.path("orderId").asString(), order));
			long total = response.body().path("total").asLong(-1);
			if (items.isEmpty() || (total >= 0 && orders.size() >= total)) {
				break;
			}
		}
		return new ArrayList<>(orders.values());
	}

	private static void log(String format, Object... args) {
		System.out.printf("KillNineIT [%s] %s%n", TestDatabase.isPostgres() ? "postgres" : "embedded",
				String.format(format, args));
	}

	private static List<Placed> sample(List<Placed> placed, int count) {
		List<Placed> copy = new ArrayList<>(placed);
		Collections.shuffle(copy);
		return copy.subList(0, Math.min(count, copy.size()));
	}

	private static void runForEach(List<String> buyers, Consumer<String> work)
			throws InterruptedException {
		ExecutorService pool = Executors.newFixedThreadPool(THREADS);
		List<Future<?>> done = new ArrayList<>();
		for (String buyer : buyers) {
			done.add(pool.submit(() -> work.accept(buyer)));
		}
		pool.shutdown();
		for (Future<?> future : done) {
			try {
				future.get(120, TimeUnit.SECONDS);
			}
			catch (ExecutionException | TimeoutException e) {
				throw new AssertionError("placing the orders to pay failed", e);
			}
		}
	}
}
