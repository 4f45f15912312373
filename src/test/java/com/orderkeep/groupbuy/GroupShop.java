package com.orderkeep.groupbuy;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.orderkeep.support.Api;
import com.orderkeep.support.TestShop;

import tools.jackson.databind.JsonNode;

/**
 * A shop of its own whose one SKU offers group buy, and a way to start, join and pay groups as new buyers.
 */
final class GroupShop {

	final Api api;
	final String merchantName;
	final String merchantId;
	final String productId;
	final String skuId;

	private GroupShop(Api api, String merchantName, String merchantId, String productId, String skuId) {
		this.api = api;
		this.merchantName = merchantName;
		this.merchantId = merchantId;
		this.productId = productId;
		this.skuId = skuId;
	}

	/** A SKU at the price with the stock, offering groups of the size at the group price. */
	static GroupShop open(Api api, long priceFen, int stock, int groupSize, long groupPriceFen) {
		String merchantName = "shop-" + UUID.randomUUID().toString().substring(0, 12);
		String merchantId = Api.expect(api.post("/api/admin/merchants", api.adminToken(), Map.of("username", merchantName,
				"password", "secret-" + merchantName, "shopName", "拼团小店 " + merchantName)), 201).text("merchantId");
		JsonNode product = Api.expect(api.post("/api/merchant/products", TestShop.signIn(api, merchantName),
				Map.of("title", "阳山水蜜桃 " + UUID.randomUUID(), "category", "水果", "description", "产地直发",
						"skus", List.of(Map.of("spec", "5斤装", "priceFen", priceFen, "stock", stock, "groupSize",
								groupSize, "groupPriceFen", groupPriceFen)))),
				201).body();
		return new GroupShop(api, merchantName, merchantId, product.path("productId").asString(),
				product.path("skus").get(0).path("skuId").asString());
	}

	/** A new buyer; it signs in afresh for each request, since tests move the clock past a token's life. */
	Buyer buyer() {
		String name = "buyer-" + UUID.randomUUID().toString().substring(0, 12);
		String userId = Api.expect(api.post("/api/auth/register", null, Map.of("username", name, "password", "secret-" + name)),
				201).text("userId");
		return new Buyer(api, userId, name);
	}

	record Buyer(Api api, String userId, String username) {

		String token() {
			return TestShop.signIn(api, username);
		}
	}

	String merchantToken() {
		return TestShop.signIn(api, merchantName);
	}

	Api.Response start(Buyer buyer) {
		return api.send("POST", "/api/orders", buyer.token(), Map.of("skuId", skuId, "quantity", 1, "startGroup", true),
				Map.of("Idempotency-Key", UUID.randomUUID().toString()));
	}

	Api.Response join(Buyer buyer, String groupId) {
		return api.send("POST", "/api/orders", buyer.token(), Map.of("skuId", skuId, "quantity", 1, "groupId", groupId),
				Map.of("Idempotency-Key", UUID.randomUUID().toString()));
	}

	/** The order of a buyer who started a group. */
	JsonNode started(Buyer buyer) {
		return Api.expect(start(buyer), 201).body();
	}

	JsonNode joined(Buyer buyer, String groupId) {
		return Api.expect(join(buyer, groupId), 201).body();
	}

	JsonNode pay(Buyer buyer, String orderId) {
		return Api.expect(api.post("/api/orders/" + orderId + "/pay", buyer.token(), null), 200).body();
	}

	JsonNode group(String groupId) {
		return Api.expect(api.get("/api/groups/" + groupId, null), 200).body();
	}

	JsonNode openGroups() {
		return Api.expect(api.get("/api/products/" + productId + "/groups", null), 200).body().path("items");
	}

	JsonNode order(String orderId) {
		return Api.expect(api.get("/api/orders/" + orderId, api.adminToken()), 200).body();
	}

	long available() {
		return Api.expect(api.get("/api/products/" + productId, null), 200).body().path("skus").get(0).path("available")
			.asLong();
	}

}
