package com.orderkeep.groupbuy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.orderkeep.support.Api;
import com.orderkeep.support.MutableClock;
import com.orderkeep.support.SecondNode;
import com.orderkeep.support.OrderkeepHttpTest;

/**
 * Two nodes on one database. Hundreds of buyers race for a group's last seats through both: exactly the seats left are
 * taken, every other joiner is told the group is full, and the stock taken is the seats' and no more; the winners then
 * pay, and the group completes once, with all of them. And groups whose deadline passes while both nodes' schedulers
 * run fail once each: every paid member refunded once, every unit back in stock.
 */
@OrderkeepHttpTest
class GroupsOnTwoNodesTests {

	private static final int JOINERS = 240;
	private static final int SIZE = 10;

	@LocalServerPort
	int port;

	@Autowired
	MutableClock clock;

	@Autowired
	Environment environment;

	@Autowired
	JdbcClient jdbc;

	@Test
	void exactlyTheFreeSeatsAreTakenWhateverTheRace() throws Exception {
		Api api = Api.onPort(port);
		GroupShop shop = GroupShop.open(api, 2_990, 1_000, SIZE, 1_990);
		GroupShop.Buyer leader = shop.buyer();
		String leaderOrder = shop.started(leader).path("orderId").asString();
		String groupId = shop.order(leaderOrder).path("groupId").asString();
		List<String> tokens = new ArrayList<>();
		for (int i = 0; i < JOINERS; i++) {
			tokens.add(api.registerBuyer().text("token"));
		}

		List<Api.Response> answers = new ArrayList<>();
		try (ConfigurableApplicationContext nodeB = SecondNode.start(environment, clock)) {
			Api onB = Api.onPort(((WebServerApplicationContext) nodeB).getWebServer().getPort());
			ExecutorService pool = Executors.newFixedThreadPool(48);
			CountDownLatch go = new CountDownLatch(1);
			List<CompletableFuture<Api.Response>> joins = new ArrayList<>();
			for (int i = 0; i < JOINERS; i++) {
				Api node = i % 2 == 0 ? api : onB;
				String token = tokens.get(i);
				joins.add(CompletableFuture.supplyAsync(() -> {
					await(go);
					return node.send("POST", "/api/orders", token, Map.of("skuId", shop.skuId, "quantity", 1, "groupId", groupId),
							Map.of("Idempotency-Key", UUID.randomUUID().toString()));
				}, pool));
			}
			go.countDown();
			for (CompletableFuture<Api.Response> join : joins) {
				answers.add(join.get());
			}
			pool.shutdown();
		}

		List<Api.Response> seated = answers.stream().filter(a -> a.status() == 201).toList();
		assertThat(seated).hasSize(SIZE - 1);
		assertThat(answers).filteredOn(a -> a.status() != 201)
			.allSatisfy(a -> assertThat(a.text("code")).isEqualTo("GROUP_FULL"));
		assertThat(count("SELECT COUNT(*) FROM orders WHERE group_id = :g", groupId)).isEqualTo(SIZE);
		assertThat(count("SELECT seats_held FROM buy_group WHERE id = :g", groupId)).isEqualTo(SIZE);
		assertThat(count("SELECT COUNT(*) FROM group_member WHERE group_id = :g AND released_at IS NULL", groupId))
			.isEqualTo(SIZE);
		assertThat(shop.available()).isEqualTo(1_000 - SIZE);

		shop.pay(leader, leaderOrder);
		for (int i = 0; i < JOINERS; i++) {
			if (answers.get(i).status() == 201) {
				Api.expect(api.post("/api/orders/" + answers.get(i).text("orderId") + "/pay", tokens.get(i), null), 200);
			}
		}
		long giveUp = System.nanoTime() + Duration.ofSeconds(20).toNanos();
		while (!"COMPLETE".equals(shop.group(groupId).path("status").asString()) && System.nanoTime() < giveUp) {
			Thread.sleep(50);
		}
		assertThat(shop.group(groupId).path("status").asString()).isEqualTo("COMPLETE");
		assertThat(count("SELECT COUNT(*) FROM orders WHERE group_id = :g AND status = 'TO_SHIP'", groupId)).isEqualTo(SIZE);
	}

	@Test
	void eachExpiredGroupFailsOnceWhileBothNodesSettle() throws Exception {
		Api api = Api.onPort(port);
		GroupShop shop = GroupShop.open(api, 2_990, 100, 3, 1_990);
		List<String> orderIds = new ArrayList<>();
		List<String> groupIds = new ArrayList<>();
		try (ConfigurableApplicationContext nodeB = SecondNode.start(environment, clock)) {
			Api onB = Api.onPort(((WebServerApplicationContext) nodeB).getWebServer().getPort());
			for (int i = 0; i < 6; i++) {
				Api node = i % 2 == 0 ? api : onB;
				GroupShop.Buyer buyer = shop.buyer();
				String token = buyer.token();
				Api.Response started = Api.expect(node.send("POST", "/api/orders", token, Map.of("skuId", shop.skuId,
						"quantity", 2, "startGroup", true), Map.of("Idempotency-Key", UUID.randomUUID().toString())), 201);
				Api.expect(node.post("/api/orders/" + started.text("orderId") + "/pay", token, null), 200);
				orderIds.add(started.text("orderId"));
				groupIds.add(started.text("groupId"));
			}
			assertThat(shop.available()).isEqualTo(100 - 12);

			nodeB.getBean(MutableClock.class).advance(Duration.ofHours(25));
			clock.advance(Duration.ofHours(25));

			long giveUp = System.nanoTime() + Duration.ofSeconds(30).toNanos();
			while (count("SELECT COUNT(*) FROM refund WHERE order_id IN (:g)", orderIds) < orderIds.size()
					&& System.nanoTime() < giveUp) {
				Thread.sleep(100);
			}
		}
		for (String groupId : groupIds) {
			assertThat(shop.group(groupId).path("status").asString()).isEqualTo("FAILED");
		}
		for (String orderId : orderIds) {
			assertThat(count("SELECT COUNT(*) FROM refund WHERE order_id = :g", orderId)).as("refunds of %s", orderId)
				.isEqualTo(1);
			assertThat(count("SELECT COUNT(*) FROM order_event WHERE order_id = :g AND event = 'CANCELLED'", orderId))
				.isEqualTo(1);
			assertThat(shop.order(orderId).path("cancellation").path("reasonCode").asString()).isEqualTo("GROUP_FAILED");
		}
		assertThat(shop.available()).isEqualTo(100);
	}

	private long count(String sql, Object groupId) {
		return jdbc.sql(sql).param("g", groupId).query(Long.class).single();
	}

	private static void await(CountDownLatch go) {
		try {
			go.await();
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}

}
