package com.orderkeep.payment;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.orderkeep.support.Api;
import com.orderkeep.support.GatewayCallbacks;
import com.orderkeep.support.OrderkeepHttpTest;

import tools.jackson.databind.JsonNode;

/**
 * The gateway captures a second payment for a paid order, and the buyer cancels before that payment went back. Two
 * refunds are then due (the returned payment and the cancellation), and the buyer must get everything back at once,
 * whichever the payment module handles first: neither refund may fail and wait for the retry of failed event
 * publications, since a refund that fails after asking the gateway has paid out an amount the ledger does not show.
 * The event publication registry tells whether a refund failed.
 */
@OrderkeepHttpTest
class OrderPaidTwiceThenCancelledTests {

	private static final long PRICE_FEN = 4500;
	private static final String REFUND_LISTENER = "payment.refund-what-is-due";

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DataSource dataSource;

	@Test
	void refundsBothPaymentsWhenTheReturnedOneGoesBackFirst() throws Exception {
		Api api = Api.onPort(port);
		String buyer = api.registerBuyer().text("token");
		String orderId = Api.expect(api.placeOrder(buyer, newSku(api), 1, UUID.randomUUID().toString()), 201).text("orderId");
		Api.expect(api.post("/api/orders/" + orderId + "/pay", buyer, null), 200);
		String secondTxn = "AGAIN-" + UUID.randomUUID();

		try (Connection returnedRefund = holdRefund(orderId, "RETURNED:" + secondTxn);
				Connection cancellationRefund = holdRefund(orderId, "CANCELLED")) {
			assertThat(callback(api, secondTxn, orderId, PRICE_FEN).text("outcome")).isEqualTo("RETURNED_TO_BUYER");
			CompletableFuture<Void> cancelled = CompletableFuture.runAsync(() -> cancel(api, buyer, orderId));
			try {
				cancelled.get(3, TimeUnit.SECONDS);
			}
			catch (TimeoutException waitingForTheHeldRefund) {
				// this refund takes the order before its own row: the cancel goes on once the refund does
			}
			returnedRefund.rollback();
			cancelled.get(1, TimeUnit.MINUTES);
			awaitOrder(api, buyer, orderId, o -> o.path("payment").path("refundedFen").asLong() > 0);
			cancellationRefund.rollback();
		}

		assertRefundedInFull(api, buyer, orderId);
	}

	@Test
	void refundsBothPaymentsWhenTheyRace() throws Exception {
		Api api = Api.onPort(port);
		String skuId = newSku(api);
		String buyer = api.registerBuyer().text("token");
		List<String> orderIds = new ArrayList<>();
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			for (int i = 0; i < 10; i++) {
				String orderId = Api.expect(api.placeOrder(buyer, skuId, 1, UUID.randomUUID().toString()), 201)
					.text("orderId");
				Api.expect(api.post("/api/orders/" + orderId + "/pay", buyer, null), 200);
				CountDownLatch gate = new CountDownLatch(1);
				Future<Api.Response> secondPayment = pool.submit(() -> {
					gate.await();
					return callback(api, "AGAIN-" + UUID.randomUUID(), orderId, PRICE_FEN);
				});
				Future<?> cancelled = pool.submit(() -> {
					gate.await();
					cancel(api, buyer, orderId);
					return null;
				});
				gate.countDown();
				assertThat(secondPayment.get(1, TimeUnit.MINUTES).text("outcome")).isEqualTo("RETURNED_TO_BUYER");
				cancelled.get(1, TimeUnit.MINUTES);
				orderIds.add(orderId);
			}
		}
		finally {
			pool.shutdownNow();
		}

		for (String orderId : orderIds) {
			assertRefundedInFull(api, buyer, orderId);
		}
	}

	private void assertRefundedInFull(Api api, String buyer, String orderId) throws InterruptedException {
		JsonNode order = awaitOrder(api, buyer, orderId,
				o -> !"REFUNDING".equals(o.path("payment").path("status").asString()) || !failedRefunds(orderId).isEmpty());
		assertThat(failedRefunds(orderId)).as("refunds of order %s that failed and wait to be retried", orderId).isEmpty();
		assertThat(order.path("status").asString()).isEqualTo("CANCELLED");
		assertThat(order.path("payment").path("paidFen").asLong()).isEqualTo(2 * PRICE_FEN);
		assertThat(order.path("payment").path("refundedFen").asLong()).as("refunded of the %s fen paid", 2 * PRICE_FEN)
			.isEqualTo(2 * PRICE_FEN);
		assertThat(order.path("payment").path("status").asString()).isEqualTo("REFUNDED");
	}

	private static String newSku(Api api) {
		Api.Merchant merchant = api.createMerchant("双扣果园");
		return api.createProduct(merchant, "砂糖橘 " + UUID.randomUUID(), PRICE_FEN, 50).body().path("skus").get(0)
			.path("skuId").asString();
	}

	/** Takes the refund's unique row in an open transaction, so the payment module's refund waits until rollback. */
	private Connection holdRefund(String orderId, String cause) throws Exception {
		Connection connection = dataSource.getConnection();
		connection.setAutoCommit(false);
		try (PreparedStatement insert = connection.prepareStatement("""
				INSERT INTO refund (id, order_id, cause, amount_fen, gateway_txn_id, occurred_at)
				VALUES (?, ?, ?, 0, 'HELD-BY-TEST', CURRENT_TIMESTAMP)
				""")) {
			insert.setString(1, UUID.randomUUID().toString());
			insert.setString(2, orderId);
			insert.setString(3, cause);
			insert.executeUpdate();
		}
		return connection;
	}

	/** The buyer cancels; a payment or refund that changed the order a moment before makes them reload and try again. */
	private static void cancel(Api api, String buyer, String orderId) {
		Api.Response cancelled = api.post("/api/orders/" + orderId + "/cancel", buyer, Map.of("reasonCode", "CHANGED_MIND"));
		for (int retry = 0; retry < 5 && "INVALID_STATE".equals(cancelled.text("code")); retry++) {
			cancelled = api.post("/api/orders/" + orderId + "/cancel", buyer, Map.of("reasonCode", "CHANGED_MIND"));
		}
		Api.expect(cancelled, 200);
	}

	private static JsonNode awaitOrder(Api api, String buyer, String orderId, Predicate<JsonNode> until)
			throws InterruptedException {
		Instant giveUp = Instant.now().plus(Duration.ofSeconds(15));
		JsonNode order = Api.expect(api.get("/api/orders/" + orderId, buyer), 200).body();
		while (!until.test(order) && Instant.now().isBefore(giveUp)) {
			Thread.sleep(100);
			order = Api.expect(api.get("/api/orders/" + orderId, buyer), 200).body();
		}
		return order;
	}

	/** Refunds of the order whose listener threw, whether or not a retry has completed them since. */
	private List<String> failedRefunds(String orderId) {
		return jdbc.sql("""
				SELECT status FROM event_publication WHERE listener_id = :listener AND serialized_event LIKE :order
				AND (status = 'FAILED' OR status = 'RESUBMITTED' OR completion_attempts > 1)
				""").param("listener", REFUND_LISTENER).param("order", "%" + orderId + "%").query(String.class).list();
	}

	/** Calls back as a gateway does: again with the same transaction while orderkeep answers 409. */
	private static Api.Response callback(Api api, String gatewayTxnId, String orderId, long amountFen) throws Exception {
		Api.Response response = GatewayCallbacks.deliver(api, gatewayTxnId, orderId, amountFen);
		for (int retry = 0; retry < 3 && response.status() == 409; retry++) {
			response = GatewayCallbacks.deliver(api, gatewayTxnId, orderId, amountFen);
		}
		return Api.expect(response, 200);
	}

}
