package com.orderkeep.ordering.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.orderkeep.ordering.payments.OrderPayments;
import com.orderkeep.shared.Caller;
import com.orderkeep.shared.Role;
import com.orderkeep.support.Api;
import com.orderkeep.support.MutableClock;
import com.orderkeep.support.OrderkeepHttpTest;

import tools.jackson.databind.JsonNode;

/**
 * Deadlines resolved by calling the scheduler after moving the clock: an order left unpaid for the payment window is
 * cancelled and its stock returned, a shipped order completes after the confirmation window, and nothing else moves.
 */
@OrderkeepHttpTest
class PaymentWindowTests {

	private static final Duration PAYMENT_WINDOW = Duration.ofMinutes(15);
	private static final Duration CONFIRMATION_WINDOW = Duration.ofDays(10);

	@LocalServerPort
	int port;

	@Autowired
	MutableClock clock;

	@Autowired
	DeadlineScheduler scheduler;

	@Autowired
	DeadlineResolution resolution;

	@Autowired
	OrderPayments orders;

	@Test
	void cancelsAnOrderLeftUnpaidForTheWholeWindowAndReturnsItsStock() throws Exception {
		Shop shop = openShop(10);
		String orderId = place(shop, 2);
		JsonNode placed = order(orderId);
		assertThat(shop.available()).isEqualTo(8);
		assertThat(placed.path("deadlines")).hasSize(1);
		assertThat(placed.path("deadlines").get(0).path("kind").asString()).isEqualTo("PAYMENT_DUE");
		assertThat(Instant.parse(placed.path("deadlines").get(0).path("dueAt").asString()))
			.isEqualTo(Instant.parse(placed.path("createdAt").asString()).plus(PAYMENT_WINDOW));

		clock.advance(PAYMENT_WINDOW);
		resolveAll();
		JsonNode cancelled = awaitStatus(orderId, "CANCELLED");

		assertThat(cancelled.path("cancellation").path("reasonCode").asString()).isEqualTo("PAYMENT_TIMEOUT");
		assertThat(cancelled.path("cancellation").path("by").asString()).isEqualTo("SYSTEM:orderkeep");
		JsonNode last = lastEntry(cancelled);
		assertThat(last.path("event").asString()).isEqualTo("CANCELLED");
		assertThat(last.path("actor").asString()).isEqualTo("SYSTEM:orderkeep");
		assertThat(last.path("reasonCode").asString()).isEqualTo("PAYMENT_TIMEOUT");
		assertThat(cancelled.path("payment").path("status").asString()).isEqualTo("UNPAID");
		assertThat(kinds(cancelled.path("deadlines"))).doesNotContain("PAYMENT_DUE");
		assertThat(shop.available()).isEqualTo(10);
	}

	@Test
	void leavesAnUnpaidOrderAloneUntilItsWindowEnds() throws Exception {
		Shop shop = openShop(10);
		String orderId = place(shop, 1);

		clock.advance(PAYMENT_WINDOW.minusSeconds(1));
		resolveAll();

		JsonNode waiting = order(orderId);
		assertThat(waiting.path("status").asString()).isEqualTo("PENDING_PAYMENT");
		assertThat(waiting.path("timeline")).hasSize(1);
		assertThat(kinds(waiting.path("deadlines"))).containsExactly("PAYMENT_DUE");
		assertThat(shop.available()).isEqualTo(9);

		clock.advance(Duration.ofSeconds(1));
		resolveAll();
		assertThat(awaitStatus(orderId, "CANCELLED").path("cancellation").path("reasonCode").asString())
			.isEqualTo("PAYMENT_TIMEOUT");
	}

	@Test
	void leavesAnOrderPaidInTimeAlone() throws Exception {
		Shop shop = openShop(10);
		String orderId = place(shop, 1);
		clock.advance(PAYMENT_WINDOW.minusMinutes(1));
		Api.expect(shop.api().post("/api/orders/" + orderId + "/pay", shop.buyer(), null), 200);
		JsonNode paid = order(orderId);

		clock.advance(PAYMENT_WINDOW);
		resolveAll();

		assertThat(order(orderId)).isEqualTo(paid);
		assertThat(paid.path("status").asString()).isEqualTo("TO_SHIP");
		assertThat(kinds(paid.path("deadlines"))).as("only the merchant's promise to ship is left").containsExactly("SHIP_BY");
		assertThat(shop.available()).isEqualTo(9);
	}

	@Test
	void waitsForAPaymentStartedInTimeBeforeCancelling() throws Exception {
		Shop shop = openShop(10);
		String orderId = place(shop, 1);
		clock.advance(PAYMENT_WINDOW.minusMinutes(1));
		orders.startPayment(orderId, new Caller(buyerId(shop), "buyer", Role.BUYER, null));

		clock.advance(Order.PAYMENT_HOLD.minusSeconds(1));
		resolveAll();
		assertThat(order(orderId).path("status").asString()).isEqualTo("PENDING_PAYMENT");

		clock.advance(Duration.ofSeconds(1));
		resolveAll();
		assertThat(awaitStatus(orderId, "CANCELLED").path("cancellation").path("reasonCode").asString())
			.isEqualTo("PAYMENT_TIMEOUT");
		assertThat(shop.available()).isEqualTo(10);
	}

	@Test
	void completesAShippedOrderWhenTheConfirmationWindowEnds() throws Exception {
		Shop shop = openShop(10);
		String orderId = shipped(shop);
		JsonNode onItsWay = order(orderId);
		assertThat(kinds(onItsWay.path("deadlines"))).containsExactly("AUTO_COMPLETE");
		Instant shippedAt = Instant.parse(lastEntry(onItsWay).path("at").asString());
		assertThat(Instant.parse(onItsWay.path("deadlines").get(0).path("dueAt").asString()))
			.isEqualTo(shippedAt.plus(CONFIRMATION_WINDOW));

		clock.advance(CONFIRMATION_WINDOW.minusMinutes(1));
		resolveAll();
		assertThat(order(orderId)).isEqualTo(onItsWay);

		clock.advance(Duration.ofMinutes(1));
		resolveAll();
		JsonNode completed = awaitStatus(orderId, "COMPLETED");

		JsonNode last = lastEntry(completed);
		assertThat(last.path("event").asString()).isEqualTo("AUTO_COMPLETED");
		assertThat(last.path("actor").asString()).isEqualTo("SYSTEM:orderkeep");
		assertThat(last.path("reasonCode").asString()).isEqualTo("CONFIRMATION_WINDOW_ENDED");
		assertThat(completed.path("deadlines")).isEmpty();
		assertThat(completed.path("payment").path("status").asString()).isEqualTo("PAID");
	}

	@Test
	void changesNothingWhenDeadlinesAreResolvedAgain() throws Exception {
		Shop shop = openShop(10);
		String unpaid = place(shop, 3);
		String onItsWay = shipped(shop);
		clock.advance(CONFIRMATION_WINDOW.plusSeconds(1));
		resolveAll();
		JsonNode cancelled = awaitStatus(unpaid, "CANCELLED");
		JsonNode completed = awaitStatus(onItsWay, "COMPLETED");
		long available = shop.available();

		assertThat(scheduler.resolveDue()).isZero();
		Instant cancelledAt = Instant.parse(cancelled.path("createdAt").asString()).plus(PAYMENT_WINDOW);
		resolution.resolve(new Deadlines.Due(unpaid, PaymentDue.NAME, cancelledAt));
		resolution.resolve(new Deadlines.Due(onItsWay, AutoComplete.NAME, clock.instant()));

		assertThat(order(unpaid)).isEqualTo(cancelled);
		assertThat(order(onItsWay)).isEqualTo(completed);
		assertThat(shop.available()).isEqualTo(available).isEqualTo(9);
	}

	// --- the shared steps ---

	record Shop(Api api, Api.Merchant merchant, String productId, String skuId, String buyer) {

		long available() {
			return Api.expect(api.get("/api/products/" + productId, null), 200).body().path("skus").get(0).path("available")
				.asLong();
		}
	}

	private Shop openShop(int stock) {
		Api api = Api.onPort(port);
		Api.Merchant merchant = api.createMerchant("限时果园");
		JsonNode product = api.createProduct(merchant, "丑橘 " + UUID.randomUUID(), 2590, stock).body();
		return new Shop(api, merchant, product.path("productId").asString(),
				product.path("skus").get(0).path("skuId").asString(), api.registerBuyer().text("token"));
	}

	private static String place(Shop shop, int quantity) {
		return Api.expect(shop.api().placeOrder(shop.buyer(), shop.skuId(), quantity, UUID.randomUUID().toString()), 201)
			.text("orderId");
	}

	private static String shipped(Shop shop) {
		String orderId = place(shop, 1);
		Api.expect(shop.api().post("/api/orders/" + orderId + "/pay", shop.buyer(), null), 200);
		Api.expect(shop.api().post("/api/merchant/orders/" + orderId + "/ship", shop.merchant().token(),
				Map.of("carrier", "中通", "trackingNo", "ZT" + System.nanoTime())), 200);
		return orderId;
	}

	private String buyerId(Shop shop) {
		return Api.expect(shop.api().get("/api/orders?size=1", shop.buyer()), 200).body().path("items").get(0)
			.path("buyerId").asString();
	}

	/** Read as the platform, whose token is fresh whatever the clock says. */
	private JsonNode order(String orderId) {
		Api api = Api.onPort(port);
		return Api.expect(api.get("/api/orders/" + orderId, api.adminToken()), 200).body();
	}

	/** Resolves every due deadline, this test's and any left by others, until none is left. */
	private void resolveAll() {
		for (int round = 0; round < 100 && scheduler.resolveDue() > 0; round++) {
		}
	}

	/**
	 * The order once it reached the status: the scheduler's own tick may be committing the same deadline as this
	 * test, so allow a moment for the commit that won.
	 */
	private JsonNode awaitStatus(String orderId, String status) throws InterruptedException {
		Instant giveUp = Instant.now().plusSeconds(5);
		JsonNode order = order(orderId);
		while (!status.equals(order.path("status").asString()) && Instant.now().isBefore(giveUp)) {
			Thread.sleep(50);
			order = order(orderId);
		}
		assertThat(order.path("status").asString()).as("status of %s", orderId).isEqualTo(status);
		return order;
	}

	private static JsonNode lastEntry(JsonNode order) {
		JsonNode timeline = order.path("timeline");
		return timeline.get(timeline.size() - 1);
	}

	private static List<String> kinds(JsonNode deadlines) {
		List<String> kinds = new ArrayList<>();
		deadlines.forEach(d -> kinds.add(d.path("kind").asString()));
		return kinds;
	}
}
