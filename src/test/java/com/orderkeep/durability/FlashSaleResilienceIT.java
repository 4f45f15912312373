package com.orderkeep.durability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.orderkeep.support.Api;
import com.orderkeep.support.RunningService;
import com.orderkeep.support.TestDatabase;

import tools.jackson.databind.JsonNode;

/**
 * A flash sale under the faults that make other platforms oversell or lose orders: two application nodes on one
 * PostgreSQL, a node killed with SIGKILL mid-sale, and PostgreSQL itself stopped mid-sale. Every time: no
 * acknowledged order lost, the sale's stock = sold + available, the SKU's stock conserved, nobody past the limit,
 * and the service recovers by itself.
 */
class FlashSaleResilienceIT {

	private static final int THREADS = 16;
	private final List<RunningService> services = new ArrayList<>();

	@AfterEach
	void stopServices() throws InterruptedException {
		for (RunningService service : services) {
			service.stop();
		}
		RunningService.killAll();
	}

	@Test
	void twoNodesOnOnePostgresNeverOversell() throws Exception {
		assumeTrue(TestDatabase.isPostgres(), "an embedded store belongs to one process");
		Map<String, String> database = TestDatabase.properties("twonodes");
		RunningService first = started("twonodes-a", database);
		RunningService second = started("twonodes-b", database);
		Sale sale = Sale.open(first.api(), 150, 2, 100);

		Stampede stampede = Stampede.start(List.of(first.api(), second.api()), sale);
		stampede.runFor(Duration.ofSeconds(20), () -> sale.soldOut(first.api()));
		stampede.stop();

		assertThat(stampede.answers.keySet()).as("answers %s", stampede.answers)
			.allMatch(a -> a.equals("201") || a.equals("409 OUT_OF_STOCK") || a.equals("409 LIMIT_EXCEEDED"));
		sale.assertConsistent(first.api(), stampede.acknowledged);
		assertThat(stampede.acknowledged.stream().mapToInt(Acknowledged::quantity).sum()).isEqualTo(150);
	}

	@Test
	void aNodeKilledMidSaleLosesNoAcknowledgedOrder() throws Exception {
		Map<String, String> database = TestDatabase.properties("salekill");
		RunningService service = started("salekill", database);
		Sale sale = Sale.open(service.api(), 400, 3, 80);

		Stampede stampede = Stampede.start(List.of(service.api()), sale);
		stampede.awaitAcknowledged(30, Duration.ofSeconds(60));
		service.kill9();
		stampede.stop();

		RunningService restarted = started("salekill", database);
		sale.assertConsistent(restarted.api(), stampede.acknowledged);
		Stampede after = Stampede.start(List.of(restarted.api()), sale);
		after.awaitAcknowledged(5, Duration.ofSeconds(60));
		after.stop();
		List<Acknowledged> all = new ArrayList<>(stampede.acknowledged);
		all.addAll(after.acknowledged);
		sale.assertConsistent(restarted.api(), all);
	}

	@Test
	void postgresStoppedMidSaleThenStartedAgain() throws Exception {
		assumeTrue(TestDatabase.isPostgres(), "stops the PostgreSQL server itself");
		Map<String, String> database = TestDatabase.properties("salepgstop");
		RunningService service = started("salepgstop", database);
		Sale sale = Sale.open(service.api(), 400, 3, 80);

		Stampede stampede = Stampede.start(List.of(service.api()), sale);
		stampede.awaitAcknowledged(30, Duration.ofSeconds(60));
		try {
			Postgres.stop();
			Thread.sleep(3_000);
			assertThat(stampede.answers.keySet()).as("answers during the outage %s", stampede.answers)
				.allMatch(a -> !a.startsWith("5") || a.equals("503 UNAVAILABLE"));
		}
		finally {
			Postgres.start();
		}
		int before = stampede.acknowledged.size();
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
		while (stampede.acknowledged.size() < before + 5 && System.nanoTime() < deadline) {
			Thread.sleep(200);
		}
		stampede.stop();
		assertThat(stampede.acknowledged.size()).as("orders taken after PostgreSQL came back").isGreaterThanOrEqualTo(before + 5);
		assertThat(stampede.answers.keySet()).as("answers %s", stampede.answers).allMatch(a -> a.equals("201")
				|| a.equals("409 OUT_OF_STOCK") || a.equals("409 LIMIT_EXCEEDED") || a.equals("503 UNAVAILABLE"));
		sale.assertConsistent(service.api(), stampede.acknowledged);
	}

	private RunningService started(String name, Map<String, String> database) throws Exception {
		RunningService service = RunningService.start(name, database, "--orderkeep.auth.bcrypt-strength=4");
		services.add(service);
		return service;
	}

	record Acknowledged(String buyerToken, String orderId, int quantity) {
	}

	/** A product with stock, a flash sale carved out of it, and the buyers who want it. */
	record Sale(String productId, String skuId, String saleId, int skuStock, int saleStock, int limit, List<String> buyers) {

		static Sale open(Api api, int saleStock, int limit, int buyerCount) {
			Api.Merchant merchant = api.createMerchant("抢购压力店");
			int skuStock = saleStock + 1_000;
			JsonNode product = api.createProduct(merchant, "秒杀 空气炸锅", 39900, skuStock).body();
			String skuId = product.path("skus").get(0).path("skuId").asString();
			Instant now = Instant.now();
			String saleId = Api.expect(api.post("/api/merchant/flash-sales", merchant.token(), Map.of("skuId", skuId,
					"priceFen", 19900, "stock", saleStock, "perBuyerLimit", limit, "startsAt", now.minusSeconds(60).toString(),
					"endsAt", now.plus(Duration.ofHours(2)).toString())), 201).text("flashSaleId");
			List<String> buyers = new ArrayList<>();
			for (int i = 0; i < buyerCount; i++) {
				buyers.add(api.registerBuyer().text("token"));
			}
			return new Sale(product.path("productId").asString(), skuId, saleId, skuStock, saleStock, limit, buyers);
		}

		boolean soldOut(Api api) {
			return api.get("/api/flash-sales/" + saleId, null).body().path("available").asLong(-1) == 0;
		}

		/** Every acknowledged order is there; the sale and the SKU account for every unit; nobody past the limit. */
		void assertConsistent(Api api, List<Acknowledged> acknowledged) {
			Map<String, Integer> unitsByBuyer = new HashMap<>();
			long saleUnitsInLiveOrders = 0;
			for (String buyer : buyers) {
				for (JsonNode order : ordersOf(api, buyer)) {
					if (saleId.equals(order.path("flashSaleId").asString()) && !"CANCELLED".equals(order.path("status").asString())) {
						saleUnitsInLiveOrders += order.path("quantity").asInt();
						unitsByBuyer.merge(buyer, order.path("quantity").asInt(), Integer::sum);
					}
				}
			}
			for (Acknowledged ack : acknowledged) {
				Api.Response read = api.get("/api/orders/" + ack.orderId(), ack.buyerToken());
				assertThat(read.status()).as("acknowledged order %s", ack.orderId()).isEqualTo(200);
				assertThat(read.text("flashSaleId")).isEqualTo(saleId);
			}
			assertThat(unitsByBuyer.values()).allMatch(units -> units <= limit);
			JsonNode sale = api.get("/api/flash-sales/" + saleId, null).body();
			assertThat(sale.path("stock").asLong()).isEqualTo(sale.path("sold").asLong() + sale.path("available").asLong());
			assertThat(sale.path("sold").asLong()).as("sold = units in live sale orders").isEqualTo(saleUnitsInLiveOrders);
			assertThat(sale.path("stock").asLong()).isEqualTo(saleStock);
			long skuAvailable = api.get("/api/products/" + productId, null).body().path("skus").get(0).path("available").asLong();
			assertThat(skuAvailable + sale.path("stock").asLong()).as("SKU stock conserved").isEqualTo(skuStock);
		}

		private static List<JsonNode> ordersOf(Api api, String buyer) {
			List<JsonNode> orders = new ArrayList<>();
			Api.expect(api.get("/api/orders?size=100", buyer), 200).body().path("items").forEach(orders::add);
			return orders;
		}
	}

	/** Buyers hammering one sale from many threads across the given nodes, each attempt with a fresh key. */
	static final class Stampede {

		final Map<String, AtomicInteger> answers = new ConcurrentHashMap<>();
		final List<Acknowledged> acknowledged = java.util.Collections.synchronizedList(new ArrayList<>());
		private final AtomicBoolean running = new AtomicBoolean(true);
		private final ExecutorService pool = Executors.newFixedThreadPool(THREADS);
		private final ConcurrentLinkedQueue<Throwable> cutOff = new ConcurrentLinkedQueue<>();

		static Stampede start(List<Api> nodes, Sale sale) {
			Stampede stampede = new Stampede();
			for (int t = 0; t < THREADS; t++) {
				Api node = nodes.get(t % nodes.size());
				stampede.pool.execute(() -> stampede.hammer(node, sale));
			}
			return stampede;
		}

		private void hammer(Api node, Sale sale) {
			while (running.get()) {
				String buyer = sale.buyers().get(ThreadLocalRandom.current().nextInt(sale.buyers().size()));
				int quantity = 1 + ThreadLocalRandom.current().nextInt(2);
				try {
					Api.Response response = node.send("POST", "/api/orders", buyer,
							Map.of("skuId", sale.skuId(), "quantity", quantity, "flashSaleId", sale.saleId()),
							Map.of("Idempotency-Key", UUID.randomUUID().toString()));
					String answer = response.status() == 201 ? "201" : response.status() + " " + response.text("code");
					answers.computeIfAbsent(answer, a -> new AtomicInteger()).incrementAndGet();
					if (response.status() == 201) {
						acknowledged.add(new Acknowledged(buyer, response.text("orderId"), quantity));
					}
				}
				catch (RuntimeException connectionCutOff) {
					cutOff.add(connectionCutOff);
					pause();
				}
			}
		}

		void awaitAcknowledged(int count, Duration patience) throws InterruptedException {
			long deadline = System.nanoTime() + patience.toNanos();
			while (acknowledged.size() < count && System.nanoTime() < deadline) {
				Thread.sleep(20);
			}
			assertThat(acknowledged.size()).as("orders acknowledged, answers %s", answers).isGreaterThanOrEqualTo(count);
		}

		void runFor(Duration atMost, java.util.function.BooleanSupplier done) throws InterruptedException {
			long deadline = System.nanoTime() + atMost.toNanos();
			while (!done.getAsBoolean() && System.nanoTime() < deadline) {
				Thread.sleep(200);
			}
		}

		void stop() throws InterruptedException {
			running.set(false);
			pool.shutdown();
			assertThat(pool.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
		}

		private static void pause() {
			try {
				Thread.sleep(100);
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
		}
	}

	/** The local PostgreSQL cluster, stopped and started as an operator would. */
	static final class Postgres {

		static void stop() throws Exception {
			run("pg_ctlcluster", "--skip-systemctl-redirect", version(), "main", "stop", "-m", "fast");
		}

		static void start() throws Exception {
			run("pg_ctlcluster", "--skip-systemctl-redirect", version(), "main", "start");
			long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
			while (new ProcessBuilder("pg_isready", "-h", "127.0.0.1", "-p", "5432").start().waitFor() != 0
					&& System.nanoTime() < deadline) {
				Thread.sleep(250);
			}
		}

		private static String version() throws Exception {
			try (var versions = java.nio.file.Files.list(java.nio.file.Path.of("/etc/postgresql"))) {
				return versions.map(p -> p.getFileName().toString()).sorted().reduce((a, b) -> b).orElseThrow();
			}
		}

		private static void run(String... command) throws Exception {
			Process process = new ProcessBuilder(command).inheritIO().start();
			assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
			assertThat(process.exitValue()).as(String.join(" ", command)).isZero();
		}
	}
}
