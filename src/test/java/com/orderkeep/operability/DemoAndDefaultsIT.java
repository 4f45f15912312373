package com.orderkeep.operability;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.orderkeep.support.Api;
import com.orderkeep.support.RunningService;
import com.orderkeep.support.TestDatabase;

import tools.jackson.databind.JsonNode;

/**
 * The packaged service as a new user first meets it: started with demo data and its default rate limits.
 */
class DemoAndDefaultsIT {

	private static Map<String, String> database;
	private static RunningService service;

	@BeforeAll
	static void start() throws Exception {
		database = TestDatabase.properties("demo");
		service = RunningService.start("demo", database, "--orderkeep.demo-data=true", "--orderkeep.rate-limit.enabled=true");
	}

	@AfterAll
	static void stop() throws Exception {
		service.stop();
		RunningService.killAll();
	}

	@Test
	void aDemoBuyerHasOrdersInEveryTabAndTheMarketIsStocked() {
		Api api = service.api();
		String buyer = signIn(api, "xiaoming");
		for (String status : List.of("PENDING_PAYMENT", "TO_SHIP", "SHIPPED", "COMPLETED", "CANCELLED")) {
			assertThat(Api.expect(api.get("/api/orders?status=" + status, buyer), 200).body().path("total").asLong())
				.as("demo orders %s", status).isPositive();
		}
		JsonNode products = Api.expect(api.get("/api/products?limit=100", null), 200).body().path("items");
		assertThat(products.size()).isGreaterThanOrEqualTo(25);
		String merchant = signIn(api, "guoyuan");
		assertThat(api.get("/api/merchant/orders?affectedByDelisting=true", merchant).body().path("total").asLong())
			.isPositive();
	}

	@Test
	void aRestartKeepsTheDemoAsItIsInsteadOfSeedingAgain() throws Exception {
		Api api = service.api();
		long before = api.get("/api/orders", signIn(api, "lili")).body().path("total").asLong();
		service.stop();
		service = RunningService.start("demo", database, "--orderkeep.demo-data=true", "--orderkeep.rate-limit.enabled=true");
		api = service.api();
		assertThat(api.get("/api/orders", signIn(api, "lili")).body().path("total").asLong()).isEqualTo(before);
	}

	@Test
	void aBuyerPlacingOrdersFasterThanAPersonCanIsTold429WithRetryAfter() {
		Api api = service.api();
		String buyer = signIn(api, "wangfang");
		String skuId = Api.expect(api.get("/api/products?limit=1", null), 200).body().path("items").get(0).path("skus").get(0)
			.path("skuId").asString();
		List<Api.Response> answers = new ArrayList<>();
		for (int i = 0; i < 20; i++) {
			answers.add(api.placeOrder(buyer, skuId, 1, UUID.randomUUID().toString()));
		}
		List<Api.Response> limited = answers.stream().filter(a -> a.status() == 429).toList();
		assertThat(limited).isNotEmpty();
		assertThat(limited.get(0).text("code")).isEqualTo("RATE_LIMITED");
		assertThat(limited.get(0).headers().firstValue("Retry-After")).isPresent();
		assertThat(answers.stream().filter(a -> a.status() == 201).count()).isBetween(1L, 10L);
	}

	private static String signIn(Api api, String username) {
		return Api.expect(api.post("/api/auth/token", null, Map.of("username", username, "password", "demo1234")), 200)
			.text("token");
	}
}
