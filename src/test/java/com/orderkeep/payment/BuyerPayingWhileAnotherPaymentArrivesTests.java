package com.orderkeep.payment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.orderkeep.support.Api;
import com.orderkeep.support.GatewayCallbacks;
import com.orderkeep.support.OrderkeepHttpTest;

import tools.jackson.databind.JsonNode;

/**
 * The gateway calls back with a payment of the wrong amount at the moment the buyer pays the right one. Once the
 * gateway has captured money, its callback must be applied to the order (kept or returned), never refused because
 * the other payment changed the order first: a refused capture is money taken from the buyer that orderkeep does
 * not know about.
 */
@OrderkeepHttpTest
class BuyerPayingWhileAnotherPaymentArrivesTests {

	private static final long PRICE_FEN = 1280;
	private static final long SHORT_FEN = 1200;

	@LocalServerPort
	int port;

	@Test
	void appliesBothPayments() throws Exception {
		Api api = Api.onPort(port);
		Api.Merchant merchant = api.createMerchant("补差果园");
		String skuId = api.createProduct(merchant, "沃柑 " + UUID.randomUUID(), PRICE_FEN, 50).body().path("skus").get(0)
			.path("skuId").asString();
		String buyer = api.registerBuyer().text("token");
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			for (int attempt = 0; attempt < 20; attempt++) {
				String orderId = Api.expect(api.placeOrder(buyer, skuId, 1, UUID.randomUUID().toString()), 201)
					.text("orderId");
				CountDownLatch gate = new CountDownLatch(1);
				CompletableFuture<Api.Response> shortPayment = CompletableFuture.supplyAsync(() -> {
					await(gate);
					return GatewayCallbacks.deliver(api, "SHORT-" + UUID.randomUUID(), orderId, SHORT_FEN);
				}, pool);
				CompletableFuture<Api.Response> payment = CompletableFuture.supplyAsync(() -> {
					await(gate);
					return api.post("/api/orders/" + orderId + "/pay", buyer, null);
				}, pool);
				gate.countDown();

				assertThat(shortPayment.get(1, TimeUnit.MINUTES).status()).as("the gateway's callback, order %d: %s", attempt,
						shortPayment.get().raw()).isEqualTo(200);
				assertThat(payment.get(1, TimeUnit.MINUTES).status()).as("the buyer's payment, order %d: %s", attempt,
						payment.get().raw()).isEqualTo(200);
				JsonNode order = Api.expect(api.get("/api/orders/" + orderId, buyer), 200).body();
				assertThat(order.path("status").asString()).isEqualTo("TO_SHIP");
				assertThat(order.path("payment").path("paidFen").asLong()).isEqualTo(PRICE_FEN + SHORT_FEN);
			}
		}
		finally {
			pool.shutdownNow();
		}
	}

	private static void await(CountDownLatch gate) {
		try {
			gate.await();
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}

}
