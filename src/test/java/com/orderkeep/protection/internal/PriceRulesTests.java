package com.orderkeep.protection.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.orderkeep.support.Api;
import com.orderkeep.support.MutableClock;
import com.orderkeep.support.OrderkeepHttpTest;

import tools.jackson.databind.JsonNode;

/**
 * The rules about prices, judged by a moved clock: a SKU's public price history; price protection (价保) within 7 days
 * after payment, claimed or granted by itself after a price-adjustment relisting; bad-faith relisting (恶意调价)
 * within 15 days of a cancel for a price adjustment; and the platform's ban.
 */
@OrderkeepHttpTest
class PriceRulesTests {

	private static final long PRICE = 39_900;

	@LocalServerPort
	int port;

	@Autowired
	MutableClock clock;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aSkusPriceChangesArePublicHistory() {
		Shop shop = shop();
		Instant listedAt = clock.instant();
		clock.advance(Duration.ofHours(1));
		JsonNode patched = shop.reprice(35_900);
		assertThat(patched.path("priceFen").asLong()).isEqualTo(35_900);
		Instant repricedAt = clock.instant();
		clock.advance(Duration.ofHours(1));
		shop.delist("PRICE_ADJUSTMENT");
		shop.relist(37_900);
		shop.reprice(37_900);

		JsonNode history = Api.expect(shop.api.get("/api/products/" + shop.productId + "/price-history", null), 200).body();
		assertThat(history.path("items")).extracting(p -> p.path("priceFen").asLong()).containsExactly(PRICE, 35_900L, 37_900L);
		assertThat(history.path("items").get(0).path("from").asString()).isEqualTo(listedAt.toString());
		assertThat(history.path("items").get(0).path("to").asString()).isEqualTo(repricedAt.toString());
		assertThat(history.path("items").get(2).path("to").isNull()).isTrue();
		assertThat(history.path("items")).allSatisfy(p -> assertThat(p.path("skuId").asString()).isEqualTo(shop.skuId));
		assertThat(Api.expect(shop.api.get("/api/products/" + UUID.randomUUID() + "/price-history", null), 404)
			.text("code")).isEqualTo("NOT_FOUND");
	}

	@Test
	void aBuyerWhoPaidMoreThanTheSkuSoldForWithinAWeekGetsTheDifferenceOncePerLowerPrice() {
		Shop shop = shop();
		String orderId = shop.paidOrder(2);
		clock.advance(Duration.ofDays(1));
		shop.reprice(35_900);

		String key = UUID.randomUUID().toString();
		JsonNode granted = shop.claim(orderId, key, 201);
		assertThat(granted.path("status").asString()).isEqualTo("GRANTED");
		assertThat(granted.path("amountFen").asLong()).isEqualTo(2 * 4_000);
		assertThat(granted.path("reasonCode").isNull()).isTrue();
		assertThat(granted.path("message").asString()).contains("¥359.00");
		assertThat(shop.claim(orderId, key, 200)).isEqualTo(granted);
		JsonNode again = shop.claim(orderId, UUID.randomUUID().toString(), 201);
		assertThat(again.path("status").asString()).isEqualTo("REFUSED");
		assertThat(again.path("reasonCode").asString()).isEqualTo("NO_LOWER_PRICE");

		clock.advance(Duration.ofDays(1));
		shop.reprice(30_000);
		JsonNode lower = shop.claim(orderId, UUID.randomUUID().toString(), 201);
		assertThat(lower.path("amountFen").asLong()).as("down to the lowest price in all").isEqualTo(2 * 5_900);

		JsonNode order = shop.awaitOrder(orderId, o -> o.path("compensations").size() == 2);
		assertThat(order.path("compensations")).allSatisfy(c -> assertThat(c.path("ruleCode").asString()).isEqualTo("PRICE_PROTECTION"));
		assertThat(order.path("status").asString()).isEqualTo("TO_SHIP");
	}

	@Test
	void aCheaperFlashSaleOfTheSkuCountsToo() {
		Shop shop = shop();
		String orderId = shop.paidOrder(1);
		Instant now = clock.instant();
		Api.expect(shop.api.post("/api/merchant/flash-sales", shop.merchantToken(), Map.of("skuId", shop.skuId,
				"priceFen", 29_900, "stock", 1, "perBuyerLimit", 1, "startsAt", now.toString(),
				"endsAt", now.plus(Duration.ofHours(2)).toString())), 201);

		JsonNode granted = shop.claim(orderId, UUID.randomUUID().toString(), 201);
		assertThat(granted.path("status").asString()).isEqualTo("GRANTED");
		assertThat(granted.path("amountFen").asLong()).isEqualTo(10_000);
	}

	@Test
	void aClaimThatDoesNotHoldIsRefusedWithItsReason() {
		Shop shop = shop();
		String unpaid = shop.placedOrder(1);
		String cancelled = shop.paidOrder(1);
		Api.expect(shop.api.post("/api/orders/" + cancelled + "/cancel", shop.buyerToken(), Map.of("reasonCode", "CHANGED_MIND")), 200);
		String late = shop.paidOrder(1);
		String unchanged = shop.paidOrder(1);

		assertThat(shop.claim(unchanged, UUID.randomUUID().toString(), 201).path("reasonCode").asString()).isEqualTo("NO_LOWER_PRICE");
		assertThat(shop.claim(unpaid, UUID.randomUUID().toString(), 201).path("reasonCode").asString()).isEqualTo("NOT_PAID");
		assertThat(shop.claim(cancelled, UUID.randomUUID().toString(), 201).path("reasonCode").asString()).isEqualTo("ORDER_CANCELLED");
		clock.advance(Duration.ofDays(7).plusMinutes(1));
		shop.reprice(20_000);
		JsonNode outside = shop.claim(late, UUID.randomUUID().toString(), 201);
		assertThat(outside.path("status").asString()).isEqualTo("REFUSED");
		assertThat(outside.path("reasonCode").asString()).isEqualTo("OUTSIDE_WINDOW");
		assertThat(outside.path("amountFen").asLong()).isZero();
		assertThat(outside.path("message").asString()).contains("7 days");

		String key = UUID.randomUUID().toString();
		shop.claim(unchanged, key, 201);
		Api.Response reused = shop.claimResponse(late, key);
		assertThat(reused.status()).isEqualTo(409);
		assertThat(reused.text("code")).isEqualTo("IDEMPOTENCY_KEY_REUSED");
		Shop other = shop();
		assertThat(other.claimResponse(unchanged, UUID.randomUUID().toString()).status()).as("another buyer's order").isEqualTo(404);
	}

	@Test
	void aRelistingAfterAPriceAdjustmentGrantsTheDifferenceByItself() {
		Shop shop = shop();
		String orderId = shop.paidOrder(1);
		clock.advance(Duration.ofDays(2));
		shop.delist("PRICE_ADJUSTMENT");
		shop.relist(35_900);

		JsonNode order = shop.awaitOrder(orderId, o -> o.path("compensations").size() == 1);
		JsonNode compensation = order.path("compensations").get(0);
		assertThat(compensation.path("ruleCode").asString()).isEqualTo("PRICE_PROTECTION");
		assertThat(compensation.path("amountFen").asLong()).isEqualTo(4_000);
		assertThat(shop.claim(orderId, UUID.randomUUID().toString(), 201).path("reasonCode").asString())
			.as("nothing more to claim").isEqualTo("NO_LOWER_PRICE");
	}

	@Test
	void aRelistingAtAHigherPriceWithinFifteenDaysOfACancelForAPriceAdjustmentIsBadFaith() {
		Shop shop = shop();
		shop.topUp(1_000_000);
		String orderId = shop.paidOrder(1);
		Api.expect(shop.api.post("/api/merchant/orders/" + orderId + "/cancel", shop.merchantToken(),
				Map.of("reasonCode", "PRICE_ADJUSTMENT", "note", "成本上涨")), 200);
		shop.awaitOrder(orderId, o -> o.path("compensations").size() == 1);
		shop.delist("PRICE_ADJUSTMENT");
		clock.advance(Duration.ofDays(10));
		shop.relist(45_900);

		JsonNode order = shop.awaitOrder(orderId, o -> o.path("compensations").size() == 2);
		JsonNode badFaith = order.path("compensations").get(1);
		assertThat(badFaith.path("ruleCode").asString()).isEqualTo("BAD_FAITH_RELIST");
		assertThat(badFaith.path("amountFen").asLong()).as("the difference, plus 10 % of what was paid").isEqualTo(6_000 + 3_990);
		assertThat(badFaith.path("fundedBy").asString()).isEqualTo("MERCHANT_DEPOSIT");
		JsonNode flags = Api.expect(shop.api.get("/api/admin/merchants/" + shop.merchantId + "/flags", shop.api.adminToken()), 200).body();
		assertThat(flags.path("items")).singleElement().satisfies(flag -> {
			assertThat(flag.path("code").asString()).isEqualTo("BAD_FAITH_RELIST");
			assertThat(flag.path("orderId").asString()).isEqualTo(orderId);
			assertThat(flag.path("detail").asString()).contains("¥459.00");
		});

		shop.reprice(49_900);
		awaitPublicationsDone();
		assertThat(shop.order(orderId).path("compensations")).as("bad faith is paid once").hasSize(2);
	}

	@Test
	void aHigherPriceAfterFifteenDaysIsTheMerchantsRight() {
		Shop shop = shop();
		String orderId = shop.paidOrder(1);
		Api.expect(shop.api.post("/api/merchant/orders/" + orderId + "/cancel", shop.merchantToken(),
				Map.of("reasonCode", "PRICE_ADJUSTMENT")), 200);
		shop.awaitOrder(orderId, o -> o.path("compensations").size() == 1);
		clock.advance(Duration.ofDays(15).plusMinutes(1));
		shop.reprice(45_900);

		awaitPublicationsDone();
		assertThat(shop.order(orderId).path("compensations")).extracting(c -> c.path("ruleCode").asString())
			.containsExactly("STOCK_OUT_CANCEL");
		assertThat(Api.expect(shop.api.get("/api/admin/merchants/" + shop.merchantId + "/flags", shop.api.adminToken()), 200)
			.body().path("items")).isEmpty();
	}

	@Test
	void aBanCancelsUnpaidOrdersMarksTheOthersAndCannotBeUndoneByTheMerchant() {
		Shop shop = shop();
		String paid = shop.paidOrder(1);
		String shipped = shop.paidOrder(1);
		Api.expect(shop.api.post("/api/merchant/orders/" + shipped + "/ship", shop.merchantToken(),
				Map.of("carrier", "中通", "trackingNo", "ZT" + System.nanoTime())), 200);
		String unpaid = shop.placedOrder(1);

		JsonNode banned = Api.expect(shop.api.post("/api/admin/products/" + shop.productId + "/ban", shop.api.adminToken(),
				Map.of("violation", "虚假宣传")), 200).body();
		assertThat(banned.path("status").asString()).isEqualTo("BANNED");
		JsonNode last = banned.path("statusHistory").get(banned.path("statusHistory").size() - 1);
		assertThat(last.path("status").asString()).isEqualTo("BANNED");
		assertThat(last.path("note").asString()).isEqualTo("虚假宣传");

		assertThat(shop.awaitOrder(unpaid, o -> "CANCELLED".equals(o.path("status").asString()))
			.path("cancellation").path("reasonCode").asString()).isEqualTo("PRODUCT_DELISTED");
		JsonNode standing = shop.awaitOrder(paid, o -> o.path("affectedByDelisting").asBoolean());
		assertThat(standing.path("status").asString()).isEqualTo("TO_SHIP");
		JsonNode returnable = shop.awaitOrder(shipped, o -> o.path("affectedByDelisting").asBoolean());
		JsonNode notice = returnable.path("timeline").get(returnable.path("timeline").size() - 1);
		assertThat(notice.path("reasonCode").asString()).isEqualTo("BANNED");
		assertThat(notice.path("message").asString()).contains("return it for a full refund");

		assertThat(Api.expect(shop.api.post("/api/merchant/products/" + shop.productId + "/relist", shop.merchantToken(),
				Map.of()), 409).text("code")).isEqualTo("INVALID_STATE");
		assertThat(Api.expect(shop.api.post("/api/admin/products/" + shop.productId + "/ban", shop.api.adminToken(),
				Map.of("violation", "again")), 409).text("code")).isEqualTo("INVALID_STATE");
		assertThat(Api.expect(shop.api.send("PATCH", "/api/merchant/skus/" + shop.skuId, shop.merchantToken(),
				Map.of("priceFen", 100), Map.of()), 409).text("code")).isEqualTo("INVALID_STATE");
	}

	/** After-commit work of the requests so far has run: what it would have done is done. */
	private void awaitPublicationsDone() {
		long giveUp = System.nanoTime() + Duration.ofSeconds(10).toNanos();
		while (jdbc.sql("SELECT COUNT(*) FROM event_publication WHERE completion_date IS NULL").query(Long.class)
			.single() > 0 && System.nanoTime() < giveUp) {
			pause();
		}
	}

	// --- the shop each test opens ---

	private Shop shop() {
		Api api = Api.onPort(port);
		String merchantName = "shop-" + UUID.randomUUID().toString().substring(0, 12);
		JsonNode created = Api.expect(api.post("/api/admin/merchants", api.adminToken(), Map.of("username", merchantName,
				"password", "secret-" + merchantName, "shopName", "价格测试 " + merchantName)), 201).body();
		String buyerName = "buyer-" + UUID.randomUUID().toString().substring(0, 12);
		Api.expect(api.post("/api/auth/register", null, Map.of("username", buyerName, "password", "secret-" + buyerName)), 201);
		Shop shop = new Shop(api, created.path("merchantId").asString(), merchantName, buyerName);
		JsonNode product = Api.expect(api.post("/api/merchant/products", shop.merchantToken(),
				Map.of("title", "东北大米 " + UUID.randomUUID(), "category", "粮油", "description", "新米",
						"skus", List.of(Map.of("spec", "10kg", "priceFen", PRICE, "stock", 20)))), 201).body();
		shop.productId = product.path("productId").asString();
		shop.skuId = product.path("skus").get(0).path("skuId").asString();
		return shop;
	}

	private final class Shop {

		final Api api;
		final String merchantId;
		final String merchantName;
		final String buyerName;
		String productId = "";
		String skuId = "";

		Shop(Api api, String merchantId, String merchantName, String buyerName) {
			this.api = api;
			this.merchantId = merchantId;
			this.merchantName = merchantName;
			this.buyerName = buyerName;
		}

		String merchantToken() {
			return signIn(merchantName);
		}

		String buyerToken() {
			return signIn(buyerName);
		}

		private String signIn(String username) {
			return Api.expect(api.post("/api/auth/token", null, Map.of("username", username, "password", "secret-" + username)),
					200).text("token");
		}

		String placedOrder(int quantity) {
			return Api.expect(api.placeOrder(buyerToken(), skuId, quantity, UUID.randomUUID().toString()), 201).text("orderId");
		}

		String paidOrder(int quantity) {
			String orderId = placedOrder(quantity);
			Api.expect(api.post("/api/orders/" + orderId + "/pay", buyerToken(), null), 200);
			return orderId;
		}

		JsonNode reprice(long priceFen) {
			return Api.expect(api.send("PATCH", "/api/merchant/skus/" + skuId, merchantToken(), Map.of("priceFen", priceFen),
					Map.of()), 200).body();
		}

		void delist(String reason) {
			Api.expect(api.post("/api/merchant/products/" + productId + "/delist", merchantToken(),
					Map.of("reasonCode", reason, "note", "调价")), 200);
		}

		void relist(long priceFen) {
			Api.expect(api.post("/api/merchant/products/" + productId + "/relist", merchantToken(),
					Map.of("skus", List.of(Map.of("skuId", skuId, "priceFen", priceFen)))), 200);
		}

		void topUp(long amountFen) {
			Api.expect(api.send("POST", "/api/merchant/deposit/top-up", merchantToken(), Map.of("amountFen", amountFen),
					Map.of("Idempotency-Key", UUID.randomUUID().toString())), 200);
		}

		JsonNode claim(String orderId, String key, int status) {
			return Api.expect(claimResponse(orderId, key), status).body();
		}

		Api.Response claimResponse(String orderId, String key) {
			return api.send("POST", "/api/orders/" + orderId + "/price-protection", buyerToken(), null,
					Map.of("Idempotency-Key", key));
		}

		JsonNode order(String orderId) {
			return Api.expect(api.get("/api/orders/" + orderId, api.adminToken()), 200).body();
		}

		JsonNode awaitOrder(String orderId, Predicate<JsonNode> condition) {
			long giveUp = System.nanoTime() + Duration.ofSeconds(10).toNanos();
			JsonNode order = order(orderId);
			while (!condition.test(order) && System.nanoTime() < giveUp) {
				pause();
				order = order(orderId);
			}
			assertThat(condition.test(order)).as("order %s reached the expected state: %s", orderId, order).isTrue();
			return order;
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
