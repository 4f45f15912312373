package com.orderkeep.reputation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.orderkeep.support.Api;
import com.orderkeep.support.MutableClock;
import com.orderkeep.support.OrderkeepHttpTest;
import com.orderkeep.support.TestShop;

import tools.jackson.databind.JsonNode;

/**
 * Buyers review their completed orders once, and a merchant's reputation follows what it does to its orders.
 */
@OrderkeepHttpTest
class ReputationTests {

	@LocalServerPort
	int port;

	@Autowired
	MutableClock clock;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aBuyerReviewsTheirCompletedOrderOnceWithinTheWindow() {
		TestShop shop = TestShop.open(Api.onPort(port), "评价店", 5_000, 10);
		String completed = completedOrder(shop);
		String paid = shop.paidOrder(1);

		assertRefused(review(shop, paid, shop.buyerToken()), 409, "INVALID_STATE");
		String stranger = shop.api.registerBuyer().text("token");
		assertRefused(review(shop, completed, stranger), 404, "NOT_FOUND");
		assertRefused(review(shop, "no-such-order", shop.buyerToken()), 404, "NOT_FOUND");

		JsonNode review = Api.expect(review(shop, completed, shop.buyerToken()), 201).body();
		assertThat(review.path("merchantId").asString()).isEqualTo(shop.merchantId);
		assertRefused(review(shop, completed, shop.buyerToken()), 409, "INVALID_STATE");

		String late = completedOrder(shop);
		clock.advance(Duration.ofDays(16));
		assertRefused(review(shop, late, shop.buyerToken()), 409, "INVALID_STATE");

		JsonNode reputation = reputation(shop);
		assertThat(reputation.path("components").get(0).path("code").asString()).isEqualTo("RATING");
		assertThat(reputation.path("components").get(0).path("count").asInt()).isEqualTo(1);
	}

	@Test
	void aMerchantCancellingPaidOrdersLosesReputationAndRecoversAsTimePasses() {
		TestShop cancels = TestShop.open(Api.onPort(port), "取消店", 5_000, 40);
		TestShop ships = TestShop.open(Api.onPort(port), "发货店", 5_000, 40);
		for (int i = 0; i < 8; i++) {
			cancels.merchantCancel(cancels.paidOrder(1), "OUT_OF_STOCK");
			completedOrder(ships);
		}
		TestShop.awaitPublicationsDone(jdbc);
		JsonNode cancelling = reputation(cancels);
		JsonNode shipping = reputation(ships);
		assertThat(cancelling.path("score").asInt()).isLessThan(shipping.path("score").asInt());
		JsonNode component = component(cancelling, "CANCELLED_AFTER_PAYMENT");
		assertThat(component.path("count").asInt()).isEqualTo(8);
		assertThat(component.path("outOf").asInt()).isEqualTo(8);
		assertThat(component.path("detail").asString()).contains("8 of 8 paid orders");
		assertThat(cancelling.path("warnings").toString()).contains("BELOW_THRESHOLD");
		cancels.topUp(1_000_000);
		Api.Response flashSale = cancels.startFlashSale(clock.instant(), 1_000);
		assertRefused(flashSale, 403, "FORBIDDEN");
		assertThat(flashSale.text("detail")).contains("reputation score");

		clock.advance(Duration.ofDays(60));
		JsonNode later = reputation(cancels);
		assertThat(later.path("score").asInt()).isGreaterThan(cancelling.path("score").asInt());
		clock.advance(Duration.ofDays(31));
		assertThat(component(reputation(cancels), "CANCELLED_AFTER_PAYMENT").path("count").asInt()).isZero();
	}

	@Test
	void anUnknownMerchantHasNoReputation() {
		assertRefused(Api.onPort(port).get("/api/merchants/no-such-merchant/reputation", null), 404, "NOT_FOUND");
	}

	private String completedOrder(TestShop shop) {
		String orderId = shop.paidOrder(1);
		Api.expect(shop.api.post("/api/merchant/orders/" + orderId + "/ship", shop.merchantToken(),
				Map.of("carrier", "顺丰", "trackingNo", "SF1")), 200);
		Api.expect(shop.api.post("/api/orders/" + orderId + "/confirm-receipt", shop.buyerToken(), null), 200);
		return orderId;
	}

	private static Api.Response review(TestShop shop, String orderId, String token) {
		return shop.api.post("/api/orders/" + orderId + "/review", token,
				Map.of("description", 5, "service", 4, "logistics", 5, "text", "很好"));
	}

	private static JsonNode reputation(TestShop shop) {
		return Api.expect(shop.api.get("/api/merchants/" + shop.merchantId + "/reputation", null), 200).body();
	}

	private static JsonNode component(JsonNode reputation, String code) {
		for (JsonNode component : reputation.path("components")) {
			if (component.path("code").asString().equals(code)) {
				return component;
			}
		}
		throw new AssertionError("no component " + code + " in " + reputation);
	}

	private static void assertRefused(Api.Response response, int status, String code) {
		assertThat(response.status()).as(response.raw()).isEqualTo(status);
		assertThat(response.text("code")).isEqualTo(code);
	}
}
