package com.orderkeep.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;

/**
 * A shop of its own for one test: a merchant with one product of one SKU, and a buyer. Both sign in afresh for every
 * request, since tests move the clock past a token's life.
 */
public final class TestShop {

	public final Api api;
	public final String merchantId;
	public final String productId;
	public final String skuId;
	private final String merchantName;
	private final String buyerName;

	private TestShop(Api api, String merchantId, String merchantName, String buyerName, String productId, String skuId) {
		this.api = api;
		this.merchantId = merchantId;
		this.merchantName = merchantName;
		this.buyerName = buyerName;
		this.productId = productId;
		this.skuId = skuId;
	}

	/** Opens a shop listing one SKU at the price, with the stock, and registers a buyer. */
	public static TestShop open(Api api, String shopName, long priceFen, int stock) {
		String merchantName = "shop-" + UUID.randomUUID().toString().substring(0, 12);
		String merchantId = Api.expect(api.post("/api/admin/merchants", api.adminToken(), Map.of("username", merchantName,
				"password", "secret-" + merchantName, "shopName", shopName + " " + merchantName)), 201).text("merchantId");
		String buyerName = "buyer-" + UUID.randomUUID().toString().substring(0, 12);
		Api.expect(api.post("/api/auth/register", null, Map.of("username", buyerName, "password", "secret-" + buyerName)), 201);
		JsonNode product = Api.expect(api.post("/api/merchant/products", signIn(api, merchantName),
				Map.of("title", "五常大米 " + UUID.randomUUID(), "category", "粮油", "description", "新米",
						"skus", List.of(Map.of("spec", "10kg", "priceFen", priceFen, "stock", stock)))), 201).body();
		return new TestShop(api, merchantId, merchantName, buyerName, product.path("productId").asString(),
				product.path("skus").get(0).path("skuId").asString());
	}

	public static String signIn(Api api, String username) {
		return Api.expect(api.post("/api/auth/token", null, Map.of("username", username, "password", "secret-" + username)),
				200).text("token");
	}

	public String merchantToken() {
		return signIn(api, merchantName);
	}

	public String buyerToken() {
		return signIn(api, buyerName);
	}

	public String buyerName() {
		return buyerName;
	}

	public String placedOrder(int quantity) {
		return Api.expect(api.placeOrder(buyerToken(), skuId, quantity, UUID.randomUUID().toString()), 201).text("orderId");
	}

	public String paidOrder(int quantity) {
		String orderId = placedOrder(quantity);
		Api.expect(api.post("/api/orders/" + orderId + "/pay", buyerToken(), null), 200);
		return orderId;
	}

	public void merchantCancel(String orderId, String reasonCode) {
		Api.expect(api.post("/api/merchant/orders/" + orderId + "/cancel", merchantToken(), Map.of("reasonCode", reasonCode)),
				200);
	}

	public JsonNode reprice(long priceFen) {
		return Api.expect(api.send("PATCH", "/api/merchant/skus/" + skuId, merchantToken(), Map.of("priceFen", priceFen),
				Map.of()), 200).body();
	}

	public void delist(String reasonCode) {
		Api.expect(api.post("/api/merchant/products/" + productId + "/delist", merchantToken(),
				Map.of("reasonCode", reasonCode, "note", "测试")), 200);
	}

	public void relist(long priceFen) {
		Api.expect(api.post("/api/merchant/products/" + productId + "/relist", merchantToken(),
				Map.of("skus", List.of(Map.of("skuId", skuId, "priceFen", priceFen)))), 200);
	}

	public long available() {
		return Api.expect(api.get("/api/products/" + productId, null), 200).body().path("skus").get(0).path("available")
			.asLong();
	}

	public JsonNode deposit() {
		return Api.expect(api.get("/api/merchant/deposit", merchantToken()), 200).body();
	}

	public JsonNode topUp(long amountFen) {
		return topUp(UUID.randomUUID().toString(), amountFen);
	}

	public JsonNode topUp(String idempotencyKey, long amountFen) {
		return Api.expect(topUpResponse(idempotencyKey, amountFen), 200).body();
	}

	public Api.Response topUpResponse(String idempotencyKey, long amountFen) {
		return api.send("POST", "/api/merchant/deposit/top-up", merchantToken(), Map.of("amountFen", amountFen),
				Map.of("Idempotency-Key", idempotencyKey));
	}

	/** A flash sale of the SKU at the price, from now for an hour. */
	public Api.Response startFlashSale(Instant now, long priceFen) {
		return api.post("/api/merchant/flash-sales", merchantToken(), Map.of("skuId", skuId, "priceFen", priceFen,
				"stock", 1, "perBuyerLimit", 1, "startsAt", now.toString(), "endsAt", now.plusSeconds(3600).toString()));
	}

	/** The order as the platform sees it. */
	public JsonNode order(String orderId) {
		return Api.expect(api.get("/api/orders/" + orderId, api.adminToken()), 200).body();
	}

	/** The order once it satisfies the condition: what follows a change commits after the change answered. */
	public JsonNode awaitOrder(String orderId, Predicate<JsonNode> condition) {
		long giveUp = System.nanoTime() + Duration.ofSeconds(20).toNanos();
		JsonNode order = order(orderId);
		while (!condition.test(order) && System.nanoTime() < giveUp) {
			pause();
			order = order(orderId);
		}
		assertThat(condition.test(order)).as("order %s reached the expected state: %s", orderId, order).isTrue();
		return order;
	}

	/** Waits until the after-commit work of the requests so far has run, so that what it would have done is done. */
	public static void awaitPublicationsDone(JdbcClient jdbc) {
		long giveUp = System.nanoTime() + Duration.ofSeconds(10).toNanos();
		while (jdbc.sql("SELECT COUNT(*) FROM event_publication WHERE completion_date IS NULL").query(Long.class)
			.single() > 0 && System.nanoTime() < giveUp) {
			pause();
		}
	}

	private static void pause() {
		try {
			Thread.sleep(50);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}
}
