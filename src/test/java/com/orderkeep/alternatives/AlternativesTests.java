package com.orderkeep.alternatives;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;

import com.orderkeep.support.Api;
import com.orderkeep.support.MutableClock;
import com.orderkeep.support.SecondNode;
import com.orderkeep.support.OrderkeepHttpTest;

import tools.jackson.databind.JsonNode;

/**
 * Alternatives follow every change of the catalog, made on this node or another, and answer only listed, in-stock
 * products of the same kind from other merchants.
 */
@OrderkeepHttpTest
class AlternativesTests {

	@LocalServerPort
	int port;

	@Autowired
	MutableClock clock;

	@Autowired
	Environment environment;

	@Test
	void followEveryChangeOfTheCatalog() {
		Api api = Api.onPort(port);
		String category = "猫粮" + UUID.randomUUID().toString().substring(0, 8);
		Api.Merchant a = api.createMerchant("猫粮店A");
		Api.Merchant b = api.createMerchant("猫粮店B");
		Api.Merchant c = api.createMerchant("狗粮店C");
		String source = product(api, a, "皇家 猫粮 成猫 全价 鸡肉味 10kg", category, 9_900, 10).path("productId").asString();
		JsonNode other = product(api, b, "渴望 猫粮 成猫 全价 三文鱼 2kg", category, 8_800, 10);
		String otherId = other.path("productId").asString();
		String otherSku = other.path("skus").get(0).path("skuId").asString();
		String dog = product(api, c, "麦富迪 狗粮 犬粮 大型犬 牛肉", category, 5_000, 10).path("productId").asString();

		JsonNode found = await(api, source, items -> ids(items).contains(otherId));
		assertThat(ids(found)).doesNotContain(dog, source);
		JsonNode offer = found.get(0);
		assertThat(offer.path("priceFen").asLong()).isEqualTo(8_800);
		assertThat(offer.path("merchantId").asString()).isEqualTo(b.merchantId());
		assertThat(offer.path("merchantReputation").asInt()).isBetween(0, 100);
		assertThat(offer.path("why").toString()).contains("LOWER_PRICE");

		Api.expect(api.post("/api/merchant/products/" + otherId + "/delist", b.token(),
				Map.of("reasonCode", "OUT_OF_STOCK", "note", "缺货")), 200);
		await(api, source, items -> !ids(items).contains(otherId));
		Api.expect(api.post("/api/merchant/products/" + otherId + "/relist", b.token(),
				Map.of("skus", List.of(Map.of("skuId", otherSku, "priceFen", 7_700)))), 200);
		await(api, source, items -> items.size() == 1 && items.get(0).path("priceFen").asLong() == 7_700);
		Api.expect(api.send("PATCH", "/api/merchant/skus/" + otherSku, b.token(), Map.of("priceFen", 6_600), Map.of()), 200);
		await(api, source, items -> items.size() == 1 && items.get(0).path("priceFen").asLong() == 6_600);

		Api.expect(api.post("/api/merchant/skus/" + otherSku + "/restock", b.token(), Map.of("quantity", 5)), 200);
		String buyer = api.registerBuyer().text("token");
		Api.expect(api.placeOrder(buyer, otherSku, 15, UUID.randomUUID().toString()), 201);
		await(api, source, items -> !ids(items).contains(otherId));
		Api.expect(api.post("/api/merchant/skus/" + otherSku + "/restock", b.token(), Map.of("quantity", 3)), 200);
		await(api, source, items -> ids(items).contains(otherId));

		Api.expect(api.post("/api/admin/products/" + otherId + "/ban", api.adminToken(), Map.of("violation", "假货")), 200);
		await(api, source, items -> !ids(items).contains(otherId));
	}

	@Test
	void followChangesMadeOnAnotherNode() {
		Api api = Api.onPort(port);
		String category = "保温杯" + UUID.randomUUID().toString().substring(0, 8);
		Api.Merchant a = api.createMerchant("杯店A");
		String source = product(api, a, "保温杯 316不锈钢 大容量 真空杯", category, 5_900, 10).path("productId").asString();
		try (ConfigurableApplicationContext nodeB = SecondNode.start(environment, clock)) {
			Api onB = Api.onPort(((WebServerApplicationContext) nodeB).getWebServer().getPort());
			Api.Merchant b = onB.createMerchant("杯店B");
			String other = product(onB, b, "真空杯 保温杯 316不锈钢 学生", category, 4_900, 10).path("productId").asString();
			await(api, source, items -> ids(items).contains(other));
			Api.expect(onB.post("/api/merchant/products/" + other + "/delist", b.token(),
					Map.of("reasonCode", "OTHER", "note", "换款")), 200);
			await(api, source, items -> !ids(items).contains(other));
			await(onB, source, items -> !ids(items).contains(other));
		}
	}

	@Test
	void aBuyerSeesAlternativesToTheirOwnOrderOnly() {
		Api api = Api.onPort(port);
		String category = "数据线" + UUID.randomUUID().toString().substring(0, 8);
		Api.Merchant a = api.createMerchant("线店A");
		Api.Merchant b = api.createMerchant("线店B");
		JsonNode bought = product(api, a, "数据线 Type-C 快充线 1米", category, 2_000, 10);
		String other = product(api, b, "快充线 数据线 Type-C 2米", category, 1_500, 10).path("productId").asString();
		String buyer = api.registerBuyer().text("token");
		String orderId = Api.expect(api.placeOrder(buyer, bought.path("skus").get(0).path("skuId").asString(), 1,
				UUID.randomUUID().toString()), 201).text("orderId");
		await(api, bought.path("productId").asString(), items -> ids(items).contains(other));
		JsonNode items = Api.expect(api.get("/api/orders/" + orderId + "/alternatives?limit=3", buyer), 200).body()
			.path("items");
		assertThat(ids(items)).contains(other);
		String stranger = api.registerBuyer().text("token");
		Api.Response refused = api.get("/api/orders/" + orderId + "/alternatives", stranger);
		assertThat(refused.status()).isEqualTo(404);
		assertThat(refused.text("code")).isEqualTo("NOT_FOUND");
	}

	private static JsonNode product(Api api, Api.Merchant merchant, String title, String category, long priceFen, int stock) {
		return Api.expect(api.post("/api/merchant/products", merchant.token(), Map.of("title", title, "category", category,
				"description", "", "skus", List.of(Map.of("spec", "标准", "priceFen", priceFen, "stock", stock)))), 201)
			.body();
	}

	private static JsonNode await(Api api, String productId, Predicate<JsonNode> condition) {
		long giveUp = System.nanoTime() + Duration.ofSeconds(15).toNanos();
		JsonNode items;
		do {
			items = Api.expect(api.get("/api/products/" + productId + "/alternatives?limit=10", null), 200).body()
				.path("items");
			if (condition.test(items)) {
				return items;
			}
			pause();
		}
		while (System.nanoTime() < giveUp);
		throw new AssertionError("alternatives of " + productId + " never became as expected: " + items);
	}

	private static List<String> ids(JsonNode items) {
		List<String> ids = new ArrayList<>();
		items.forEach(item -> ids.add(item.path("productId").asString()));
		return ids;
	}


	private static void pause() {
		try {
			Thread.sleep(100);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}
}
