package com.orderkeep.payment.internal;

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
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.orderkeep.ordering.payments.OrderPayments;
import com.orderkeep.shared.Caller;
import com.orderkeep.shared.Role;
import com.orderkeep.support.Api;
import com.orderkeep.support.MutableClock;
import com.orderkeep.support.OrderkeepHttpTest;

import tools.jackson.databind.JsonNode;

/**
 * A buyer is charged at most once for an order, however many pays and cancels race for it: concurrent pays share one
 * payment attempt (one wins, the others wait their turn with 409 {@code PAYMENT_IN_PROGRESS} or find the order
 * paid), the gateway captures a merchant order number once, and a payment lost before its capture came back is
 * resumed with the same attempt rather than captured again.
 */
@OrderkeepHttpTest
class OneCapturePerOrderTests {

	private static final int THREADS = 16;
	private static final long PRICE_FEN = 2990;

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MutableClock clock;

	@Autowired
	OrderPayments orders;

	@Autowired
	SimulatedGateway gateway;

	private Api api;
	private String skuId;
	private ExecutorService pool;

	@BeforeEach
	void openShop() {
		api = Api.onPort(port);
		Api.Merchant merchant = api.createMerchant("一单一扣 " + UUID.randomUUID());
		skuId = Api.expect(api.createProduct(merchant, "赣南脐橙 " + UUID.randomUUID(), PRICE_FEN, 500), 201).body()
			.path("skus").get(0).path("skuId").asString();
		pool = Executors.newFixedThreadPool(THREADS);
	}

	@AfterEach
	void closePool() {
		pool.shutdownNow();
	}

	@Test
	void capturesOnceWhenManyPaysOfOneOrderRace() throws Exception {
		for (int round = 0; round < 5; round++) {
			Buyer buyer = buyer();
			String orderId = place(buyer);

			List<Api.Response> answers = all(THREADS, i -> api.post("/api/orders/" + orderId + "/pay", buyer.token(), null));

			assertThat(answers).allSatisfy(answer -> assertThat(answer.status() == 200
					|| answer.status() == 409 && List.of("PAYMENT_IN_PROGRESS", "INVALID_STATE").contains(answer.text("code")))
				.as("%s", answer.raw()).isTrue());
			assertThat(answers).filteredOn(answer -> answer.status() == 200).hasSize(1);
			assertThat(answers).filteredOn(answer -> "PAYMENT_IN_PROGRESS".equals(answer.text("code")))
				.allSatisfy(answer -> assertThat(answer.headers().firstValue("Retry-After")).isPresent());
			assertCapturedOnce(orderId, buyer);
		}
	}

	@Test
	void capturesAtMostOnceAndLeavesNoMoneyBehindWhenPayRacesCancel() throws Exception {
		for (int round = 0; round < 10; round++) {
			Buyer buyer = buyer();
			String orderId = place(buyer);

			List<Api.Response> answers = all(THREADS, i -> i % 2 == 0
					? api.post("/api/orders/" + orderId + "/pay", buyer.token(), null)
					: api.post("/api/orders/" + orderId + "/cancel", buyer.token(), Map.of()));

			assertThat(answers).allSatisfy(answer -> assertThat(answer.status()).as("%s", answer.raw()).isIn(200, 409));
			JsonNode order = Api.expect(api.get("/api/orders/" + orderId, buyer.token()), 200).body();
			long captures = gatewayCaptures(orderId);
			assertThat(captures).as("captures of order %s", orderId).isLessThanOrEqualTo(1);
			assertThat(appliedCaptures(orderId)).isEqualTo(captures);
			long paid = order.path("payment").path("paidFen").asLong();
			assertThat(paid).isEqualTo(captures * PRICE_FEN);
			if (order.path("status").asString().equals("CANCELLED")) {
				awaitRefunded(orderId, buyer, paid);
			}
			else {
				assertThat(order.path("status").asString()).isEqualTo("TO_SHIP");
			}
		}
	}

	@Test
	void waitsForAPaymentUnderWayAndResumesItsAttemptWhenItWasLost() {
		Buyer buyer = buyer();
		String orderId = place(buyer);
		String orderNo = orders.startPayment(orderId, buyer.caller()).orderNo();
		gateway.capture(orderNo, orderId, PRICE_FEN);

		Api.Response meanwhile = api.post("/api/orders/" + orderId + "/pay", buyer.token(), null);
		Api.Response cancel = api.post("/api/orders/" + orderId + "/cancel", buyer.token(), Map.of());

		assertThat(meanwhile.status()).isEqualTo(409);
		assertThat(meanwhile.text("code")).isEqualTo("PAYMENT_IN_PROGRESS");
		assertThat(meanwhile.headers().firstValue("Retry-After")).hasValueSatisfying(
				seconds -> assertThat(Long.parseLong(seconds)).isBetween(1L, 120L));
		assertThat(cancel.status()).isEqualTo(409);
		assertThat(cancel.text("code")).isEqualTo("PAYMENT_IN_PROGRESS");

		clock.advance(Duration.ofMinutes(2));
		Api.expect(api.post("/api/orders/" + orderId + "/pay", buyer.token(), null), 200);

		assertCapturedOnce(orderId, buyer);
	}

	@Test
	void refusesASecondCaptureOfTheSameMerchantOrderNumber() {
		String merchantOrderNo = "MO" + System.nanoTime();
		String orderId = UUID.randomUUID().toString();

		SimulatedGateway.Capture first = gateway.capture(merchantOrderNo, orderId, PRICE_FEN);
		SimulatedGateway.Capture second = gateway.capture(merchantOrderNo, orderId, PRICE_FEN);

		assertThat(first.refusedAsRepeat()).isFalse();
		assertThat(second.refusedAsRepeat()).isTrue();
		assertThat(second.callback().body()).isEqualTo(first.callback().body());
		assertThat(jdbc.sql("SELECT COUNT(*) FROM simulated_gateway_capture WHERE merchant_order_no = ?")
			.param(merchantOrderNo).query(Long.class).single()).isEqualTo(1);
	}

	// --- the shared steps ---

	record Buyer(String userId, String token) {

		Caller caller() {
			return new Caller(userId, "buyer", Role.BUYER, null);
		}
	}

	private Buyer buyer() {
		Api.Response registered = api.registerBuyer();
		return new Buyer(registered.text("userId"), registered.text("token"));
	}

	private String place(Buyer buyer) {
		return Api.expect(api.placeOrder(buyer.token(), skuId, 1, UUID.randomUUID().toString()), 201).text("orderId");
	}

	private void assertCapturedOnce(String orderId, Buyer buyer) {
		JsonNode order = Api.expect(api.get("/api/orders/" + orderId, buyer.token()), 200).body();
		assertThat(order.path("status").asString()).isEqualTo("TO_SHIP");
		assertThat(order.path("payment").path("paidFen").asLong()).isEqualTo(PRICE_FEN);
		assertThat(gatewayCaptures(orderId)).as("captures at the gateway").isEqualTo(1);
		assertThat(appliedCaptures(orderId)).as("captures applied").isEqualTo(1);
	}

	private long gatewayCaptures(String orderId) {
		return jdbc.sql("SELECT COUNT(*) FROM simulated_gateway_capture WHERE order_id = ?").param(orderId)
			.query(Long.class).single();
	}

	private long appliedCaptures(String orderId) {
		return jdbc.sql("SELECT COUNT(*) FROM payment_transaction WHERE order_id = ? AND kind = 'CAPTURE'").param(orderId)
			.query(Long.class).single();
	}

	/** The refund of a cancelled paid order follows its cancellation's commit. */
	private void awaitRefunded(String orderId, Buyer buyer, long paid) throws InterruptedException {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
		long refunded;
		do {
			refunded = Api.expect(api.get("/api/orders/" + orderId, buyer.token()), 200).body().path("payment")
				.path("refundedFen").asLong();
			if (refunded == paid) {
				return;
			}
			Thread.sleep(50);
		}
		while (System.nanoTime() < deadline);
		assertThat(refunded).as("refunded of order %s", orderId).isEqualTo(paid);
	}

	private List<Api.Response> all(int count, IntFunction<Api.Response> request) throws Exception {
		CountDownLatch gate = new CountDownLatch(1);
		List<CompletableFuture<Api.Response>> calls = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			int n = i;
			calls.add(CompletableFuture.supplyAsync(() -> {
				try {
					gate.await();
				}
				catch (InterruptedException e) {
					Thread.currentThread().interrupt();
					throw new IllegalStateException(e);
				}
				return request.apply(n);
			}, pool));
		}
		gate.countDown();
		List<Api.Response> answers = new ArrayList<>();
		for (CompletableFuture<Api.Response> call : calls) {
			answers.add(call.get(1, TimeUnit.MINUTES));
		}
		return answers;
	}
}
