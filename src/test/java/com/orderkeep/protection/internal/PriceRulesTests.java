package com.orderkeep.protection.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

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
		TestShop shop = shop();
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
		TestShop shop = shop();
		String orderId = shop.paidOrder(2);
		// well inside the order's 48 hours to ship, which would otherwise cancel it under the claims
		clock.advance(Duration.ofHours(12));
		shop.reprice(35_900);

		String key = UUID.randomUUID().toString();
		JsonNode granted = claim(shop, orderId, key, 201);
		assertThat(granted.path("status").asString()).isEqualTo("GRANTED");
		assertThat(granted.path("amountFen").asLong()).isEqualTo(2 * 4_000);
		assertThat(granted.path("reasonCode").isNull()).isTrue();
		assertThat(granted.path("message").asString()).contains("¥359.00");
		assertThat(claim(shop, orderId, key, 200)).isEqualTo(granted);
		JsonNode again = claim(shop, orderId, UUID.randomUUID().toString(), 201);
		assertThat(again.path("status").asString()).isEqualTo("REFUSED");
		assertThat(again.path("reasonCode").asString()).isEqualTo("NO_LOWER_PRICE");

		clock.advance(Duration.ofHours(12));
		shop.reprice(30_000);
		JsonNode lower = claim(shop, orderId, UUID.randomUUID().toString(), 201);
		assertThat(lower.path("amountFen").asLong()).as("down to the lowest price in all: %s", lower).isEqualTo(2 * 5_900);

		JsonNode order = shop.awaitOrder(orderId, o -> o.path("compensations").size() == 2);
		assertThat(order.path("compensations")).allSatisfy(c -> assertThat(c.path("ruleCode").asString()).isEqualTo("PRICE_PROTECTION"));
		assertThat(order.path("status").asString()).isEqualTo("TO_SHIP");
	}

	@Test
	void aCheaperFlashSaleOfTheSkuCountsToo() {
		TestShop shop = shop();
		String orderId = shop.paidOrder(1);
		Instant now = clock.instant();
		Api.expect(shop.api.post("/api/merchant/flash-sales", shop.merchantToken(), Map.of("skuId", shop.skuId,
				"priceFen", 29_900, "stock", 1, "perBuyerLimit", 1, "startsAt", now.toString(),
				"endsAt", now.plus(Duration.ofHours(2)).toString())), 201);

		JsonNode granted = claim(shop, orderId, UUID.randomUUID().toString(), 201);
		assertThat(granted.path("status").asString()).isEqualTo("GRANTED");
		assertThat(granted.path("amountFen").asLong()).isEqualTo(10_000);
	}

	@Test
	void aClaimThatDoesNotHoldIsRefusedWithItsReason() {
		TestShop shop = shop();
		String unpaid = shop.placedOrder(1);
		String cancelled = shop.paidOrder(1);
		Api.expect(shop.api.post("/api/orders/" + cancelled + "/cancel", shop.buyerToken(), Map.of("reasonCode", "CHANGED_MIND")), 200);
		String late = shop.paidOrder(1);
		String unchanged = shop.paidOrder(1);

		assertThat(claim(shop, unchanged, UUID.randomUUID().toString(), 201).path("reasonCode").asString()).isEqualTo("NO_LOWER_PRICE");
		assertThat(claim(shop, unpaid, UUID.randomUUID().toString(), 201).path("reasonCode").asString()).isEqualTo("NOT_PAID");
		assertThat(claim(shop, cancelled, UUID.randomUUID().toString(), 201).path("reasonCode").asString()).isEqualTo("ORDER_CANCELLED");
		// shipped, so that its promise to ship, long past a week on, does not cancel it first
		Api.expect(shop.api.post("/api/merchant/orders/" + late + "/ship", shop.merchantToken(),
				Map.of("carrier", "顺丰", "trackingNo", "SF1000001")), 200);
		clock.advance(Duration.ofDays(7).plusMinutes(1));
		shop.reprice(20_000);
		JsonNode outside = claim(shop, late, UUID.randomUUID().toString(), 201);
		assertThat(outside.path("status").asString()).isEqualTo("REFUSED");
		assertThat(outside.path("reasonCode").asString()).isEqualTo("OUTSIDE_WINDOW");
		assertThat(outside.path("amountFen").asLong()).isZero();
		assertThat(outside.path("message").asString()).contains("7 days");

		String key = UUID.randomUUID().toString();
		claim(shop, unchanged, key, 201);
		Api.Response reused = claimResponse(shop, late, key);
		assertThat(reused.status()).isEqualTo(409);
		assertThat(reused.text("code")).isEqualTo("IDEMPOTENCY_KEY_REUSED");
		TestShop other = shop();
		assertThat(claimResponse(other, unchanged, UUID.randomUUID().toString()).status()).as("another buyer's order").isEqualTo(404);
	}

	@Test
	void aRelistingAfterAPriceAdjustmentGrantsTheDifferenceByItself() {
		TestShop shop = shop();
		String orderId = shop.paidOrder(1);
		// inside the order's 48 hours to ship, which would otherwise cancel it before the delisting
		clock.advance(Duration.ofHours(36));
		shop.delist("PRICE_ADJUSTMENT");
		shop.relist(35_900);

		JsonNode order = shop.awaitOrder(orderId, o -> o.path("compensations").size() == 1);
		JsonNode compensation = order.path("compensations").get(0);
		assertThat(compensation.path("ruleCode").asString()).isEqualTo("PRICE_PROTECTION");
		assertThat(compensation.path("amountFen").asLong()).isEqualTo(4_000);
		assertThat(claim(shop, orderId, UUID.randomUUID().toString(), 201).path("reasonCode").asString())
			.as("nothing more to claim").isEqualTo("NO_LOWER_PRICE");
	}

	@Test
	void aRelistingAtAHigherPriceWithinFifteenDaysOfACancelForAPriceAdjustmentIsBadFaith() {
		TestShop shop = shop();
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
		TestShop.awaitPublicationsDone(jdbc);
		assertThat(shop.order(orderId).path("compensations")).as("bad faith is paid once").hasSize(2);
	}

	@Test
	void aHigherPriceAfterFifteenDaysIsTheMerchantsRight() {
		TestShop shop = shop();
		String orderId = shop.paidOrder(1);
		Api.expect(shop.api.post("/api/merchant/orders/" + orderId + "/cancel", shop.merchantToken(),
				Map.of("reasonCode", "PRICE_ADJUSTMENT")), 200);
		shop.awaitOrder(orderId, o -> o.path("compensations").size() == 1);
		clock.advance(Duration.ofDays(15).plusMinutes(1));
		shop.reprice(45_900);

		TestShop.awaitPublicationsDone(jdbc);
		assertThat(shop.order(orderId).path("compensations")).extracting(c -> c.path("ruleCode").asString())
			.containsExactly("STOCK_OUT_CANCEL");
		assertThat(Api.expect(shop.api.get("/api/admin/merchants/" + shop.merchantId + "/flags", shop.api.adminToken()), 200)
			.body().path("items")).isEmpty();
	}

	@Test
	void aBanCancelsUnpaidOrdersMarksTheOthersAndCannotBeUndoneByTheMerchant() {
		TestShop shop = shop();
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
		assertThat(returnable.path("returnRight").path("reasonCode").asString()).isEqualTo("BANNED");
		assertThat(returnable.path("returnRight").path("returnShippingPaidBy").asString()).isEqualTo("MERCHANT");
		assertThat(standing.path("returnRight").isNull()).as("a paid order stands; it is not returned").isTrue();

		assertThat(Api.expect(shop.api.post("/api/merchant/products/" + shop.productId + "/relist", shop.merchantToken(),
				Map.of()), 409).text("code")).isEqualTo("INVALID_STATE");
		assertThat(Api.expect(shop.api.post("/api/admin/products/" + shop.productId + "/ban", shop.api.adminToken(),
				Map.of("violation", "again")), 409).text("code")).isEqualTo("INVALID_STATE");
		assertThat(Api.expect(shop.api.send("PATCH", "/api/merchant/skus/" + shop.skuId, shop.merchantToken(),
				Map.of("priceFen", 100), Map.of()), 409).text("code")).isEqualTo("INVALID_STATE");
	}


	private TestShop shop() {
		return TestShop.open(Api.onPort(port), "价格测试", PRICE, 20);
	}

	private static JsonNode claim(TestShop shop, String orderId, String key, int status) {
		return Api.expect(claimResponse(shop, orderId, key), status).body();
	}

	private static Api.Response claimResponse(TestShop shop, String orderId, String key) {
		return shop.api.send("POST", "/api/orders/" + orderId + "/price-protection", shop.buyerToken(), null,
				Map.of("Idempotency-Key", key));
	}
}
