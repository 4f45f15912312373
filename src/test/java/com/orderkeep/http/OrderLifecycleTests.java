package com.orderkeep.http;

import static com.orderkeep.http.HttpTestKit.assertProblem;
import static com.orderkeep.http.HttpTestKit.events;
import static com.orderkeep.http.HttpTestKit.idempotencyKey;
import static com.orderkeep.http.HttpTestKit.text;
import static com.orderkeep.http.HttpTestKit.timelineEntry;
import static com.orderkeep.http.HttpTestKit.unique;
import static com.orderkeep.support.Api.expect;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.orderkeep.support.Api;
import com.orderkeep.support.MutableClock;
import com.orderkeep.support.OrderkeepHttpTest;

import tools.jackson.databind.JsonNode;

/**
 * An order's whole life through the HTTP API: placing, paying, shipping, receipt, cancellation and refunds, the
 * frozen snapshot, the buyer's and merchant's lists, and the deadlines the scheduler enforces on the test's clock.
 */
@OrderkeepHttpTest
class OrderLifecycleTests {

	private static final String SYSTEM = "SYSTEM:orderkeep";
	private static final String GATEWAY = "GATEWAY:gateway";

	@LocalServerPort
	int port;

	@Autowired
	MutableClock clock;

	@Autowired
	DataSource dataSource;

	private Api api;

	@BeforeEach
	void connect() {
		api = Api.onPort(port);
	}

	@Test
	void completesOrderThroughPaymentShippingAndReceipt() {
		String shop = unique("果园");
		Api.Merchant merchant = api.createMerchant(shop);
		String title = unique("阿克苏苹果");
		Api.Response product = api.createProduct(merchant, title, 1990, 10);
		String productId = product.text("productId");
		String sku = skuOf(product);
		Api.Response buyer = api.registerBuyer();
		String token = buyer.text("token");
		String buyerId = buyer.text("userId");
		String key = idempotencyKey();

		JsonNode placed = expect(api.placeOrder(token, sku, 2, key), 201).body();
		String orderId = placed.path("orderId").asString();
		assertThat(placed.path("orderNo").asString()).isNotBlank();
		assertThat(placed.path("status").asString()).isEqualTo("PENDING_PAYMENT");
		assertThat(placed.path("buyerId").asString()).isEqualTo(buyerId);
		assertThat(placed.path("merchantId").asString()).isEqualTo(merchant.merchantId());
		assertThat(placed.path("quantity").asInt()).isEqualTo(2);
		assertThat(placed.path("unitPriceFen").asLong()).isEqualTo(1990);
		assertThat(placed.path("totalFen").asLong()).isEqualTo(3980);
		JsonNode snapshot = placed.path("snapshot");
		assertThat(snapshot.path("productId").asString()).isEqualTo(productId);
		assertThat(snapshot.path("skuId").asString()).isEqualTo(sku);
		assertThat(snapshot.path("title").asString()).isEqualTo(title);
		assertThat(snapshot.path("spec").asString()).isEqualTo("5斤装");
		assertThat(snapshot.path("priceFen").asLong()).isEqualTo(1990);
		assertThat(snapshot.path("shopName").asString()).isEqualTo(shop);
		assertThat(snapshot.path("category").asString()).isEqualTo("水果");
		assertPayment(placed, "UNPAID", 0, 0);
		assertThat(placed.path("cancellation").isNull()).isTrue();
		Instant createdAt = Instant.parse(placed.path("createdAt").asString());
		assertThat(deadlines(placed)).containsExactly("PAYMENT_DUE@" + createdAt.plus(Duration.ofMinutes(15)));
		assertThat(available(productId)).as("stock reserved at placement").isEqualTo(8);

		JsonNode replayed = expect(api.placeOrder(token, sku, 2, key), 200).body();
		assertThat(replayed.path("orderId").asString()).as("a repeat of the key answers the same order").isEqualTo(orderId);
		assertThat(available(productId)).as("a repeat reserves nothing").isEqualTo(8);

		JsonNode paid = expect(api.post("/api/orders/" + orderId + "/pay", token, null), 200).body();
		assertThat(paid.path("status").asString()).isEqualTo("TO_SHIP");
		assertPayment(paid, "PAID", 3980, 0);
		Instant paidAt = Instant.parse(timelineEntry(paid, "PAID").path("at").asString());
		assertThat(deadlines(paid)).as("the merchant's promise to ship")
			.containsExactly("SHIP_BY@" + paidAt.plus(Duration.ofHours(48)));

		JsonNode shipped = expect(api.post("/api/merchant/orders/" + orderId + "/ship", merchant.token(),
				Map.of("carrier", "SF Express", "trackingNo", "SF1234567890")), 200).body();
		assertThat(shipped.path("status").asString()).isEqualTo("SHIPPED");
		Instant shippedAt = Instant.parse(timelineEntry(shipped, "SHIPPED").path("at").asString());
		assertThat(deadlines(shipped)).containsExactly("AUTO_COMPLETE@" + shippedAt.plus(Duration.ofDays(10)));

		JsonNode completed = expect(api.post("/api/orders/" + orderId + "/confirm-receipt", token, null), 200).body();
		assertThat(completed.path("status").asString()).isEqualTo("COMPLETED");
		assertPayment(completed, "PAID", 3980, 0);
		assertThat(deadlines(completed)).isEmpty();

		JsonNode order = order(token, orderId);
		assertThat(order.path("status").asString()).isEqualTo("COMPLETED");
		assertThat(events(order)).containsExactly("PLACED", "PAID", "SHIPPED", "RECEIPT_CONFIRMED");
		assertThat(field(order.path("timeline"), "status")).containsExactly("PENDING_PAYMENT", "TO_SHIP", "SHIPPED", "COMPLETED");
		assertThat(field(order.path("timeline"), "actor"))
			.containsExactly("BUYER:" + buyerId, GATEWAY, "MERCHANT:" + merchant.merchantId(), "BUYER:" + buyerId);
		List<String> english = field(order.path("timeline"), "message");
		assertThat(english).allSatisfy(message -> assertThat(message).isNotBlank().doesNotContainPattern("\\p{IsHan}"));
		assertThat(english.get(1)).contains("¥39.80");
		assertThat(english.get(2)).contains("SF Express").contains("SF1234567890");
		Instant previous = Instant.MIN;
		for (JsonNode entry : order.path("timeline")) {
			Instant at = Instant.parse(entry.path("at").asString());
			assertThat(at).as("timeline in order").isAfterOrEqualTo(previous);
			previous = at;
		}

		JsonNode chinese = expect(HttpTestKit.getIn(port, "/api/orders/" + orderId, token, "zh-CN"), 200).body();
		List<String> zh = field(chinese.path("timeline"), "message");
		assertThat(zh).hasSize(4).allSatisfy(message -> assertThat(message).containsPattern("\\p{IsHan}"));
		assertThat(zh.get(1)).contains("¥39.80");
		assertThat(zh.get(2)).contains("SF1234567890");
		assertThat(zh).doesNotContainAnyElementsOf(english);
	}

	@Test
	void keepsOrderSnapshotWhenMerchantRelistsAtNewPrice() {
		Api.Merchant merchant = api.createMerchant(unique("调价店"));
		String title = unique("赣南脐橙");
		Api.Response product = api.createProduct(merchant, title, 1000, 10);
		String productId = product.text("productId");
		String sku = skuOf(product);
		String token = api.registerBuyer().text("token");
		String orderId = expect(api.placeOrder(token, sku, 1, idempotencyKey()), 201).text("orderId");
		expect(api.post("/api/orders/" + orderId + "/pay", token, null), 200);

		clock.advance(Duration.ofSeconds(1));
		JsonNode delisted = expect(api.post("/api/merchant/products/" + productId + "/delist", merchant.token(),
				Map.of("reasonCode", "PRICE_ADJUSTMENT", "note", "原料涨价")), 200).body();
		assertThat(delisted.path("status").asString()).isEqualTo("DELISTED");
		clock.advance(Duration.ofSeconds(1));
		JsonNode relisted = expect(api.post("/api/merchant/products/" + productId + "/relist", merchant.token(),
				Map.of("skus", List.of(Map.of("skuId", sku, "priceFen", 1500)))), 200).body();
		assertThat(relisted.path("status").asString()).isEqualTo("LISTED");
		assertThat(relisted.path("skus").get(0).path("priceFen").asLong()).isEqualTo(1500);

		JsonNode page = expect(api.get("/api/products/" + productId, null), 200).body();
		JsonNode history = page.path("statusHistory");
		assertThat(field(history, "status")).containsExactly("LISTED", "DELISTED", "LISTED");
		assertThat(history.get(1).path("reasonCode").asString()).isEqualTo("PRICE_ADJUSTMENT");
		assertThat(history.get(1).path("note").asString()).isEqualTo("原料涨价");
		assertThat(page.path("skus").get(0).path("priceFen").asLong()).isEqualTo(1500);
		assertThat(JdbcClient.create(dataSource)
			.sql("SELECT price_fen FROM sku_price_change WHERE sku_id = :sku ORDER BY occurred_at")
			.param("sku", sku).query(Long.class).list())
			.as("price history of the SKU").containsExactly(1000L, 1500L);

		JsonNode order = order(token, orderId);
		assertThat(order.path("unitPriceFen").asLong()).as("the order keeps the price it was placed at").isEqualTo(1000);
		assertThat(order.path("totalFen").asLong()).isEqualTo(1000);
		assertThat(order.path("snapshot").path("priceFen").asLong()).isEqualTo(1000);
		assertThat(order.path("snapshot").path("title").asString()).isEqualTo(title);

		JsonNode newOrder = expect(api.placeOrder(token, sku, 1, idempotencyKey()), 201).body();
		assertThat(newOrder.path("unitPriceFen").asLong()).as("a new order takes the new price").isEqualTo(1500);

		// the delisting notice is written after the delist answered: the paid order stands on its snapshot
		JsonNode noticed = HttpTestKit.await("the delisting notice", () -> order(token, orderId),
				o -> events(o).contains("PRODUCT_DELISTED"));
		assertThat(noticed.path("status").asString()).isEqualTo("TO_SHIP");
		assertPayment(noticed, "PAID", 1000, 0);
	}

	@Test
	void reservesStockAtPlacementAndReturnsItOnCancel() {
		Api.Merchant merchant = api.createMerchant(unique("库存店"));
		Api.Response product = api.createProduct(merchant, unique("草莓"), 3000, 5);
		String productId = product.text("productId");
		Api.Response buyer = api.registerBuyer();
		String token = buyer.text("token");

		String orderId = expect(api.placeOrder(token, skuOf(product), 3, idempotencyKey()), 201).text("orderId");
		assertThat(available(productId)).isEqualTo(2);

		JsonNode cancelled = expect(api.post("/api/orders/" + orderId + "/cancel", token,
				Map.of("reasonCode", "ORDERED_BY_MISTAKE")), 200).body();
		assertThat(cancelled.path("status").asString()).isEqualTo("CANCELLED");
		JsonNode cancellation = cancelled.path("cancellation");
		assertThat(cancellation.path("reasonCode").asString()).isEqualTo("ORDERED_BY_MISTAKE");
		assertThat(cancellation.path("by").asString()).isEqualTo("BUYER:" + buyer.text("userId"));
		assertThat(cancellation.path("at").asString()).isNotBlank();
		assertThat(cancellation.path("message").asString()).isEqualTo("The buyer ordered by mistake");
		assertPayment(cancelled, "UNPAID", 0, 0);
		assertThat(deadlines(cancelled)).as("nothing left to pay").isEmpty();
		assertThat(available(productId)).as("stock returned on cancel").isEqualTo(5);

		JsonNode entry = timelineEntry(order(token, orderId), "CANCELLED");
		assertThat(entry.path("actor").asString()).isEqualTo("BUYER:" + buyer.text("userId"));
		assertThat(entry.path("reasonCode").asString()).isEqualTo("ORDERED_BY_MISTAKE");
		assertThat(entry.path("status").asString()).isEqualTo("CANCELLED");
	}

	@Test
	void refundsPaidOrderInFullWhenBuyerCancels() {
		Api.Merchant merchant = api.createMerchant(unique("退款店"));
		Api.Response product = api.createProduct(merchant, unique("车厘子"), 2590, 10);
		String token = api.registerBuyer().text("token");
		String orderId = expect(api.placeOrder(token, skuOf(product), 2, idempotencyKey()), 201).text("orderId");
		expect(api.post("/api/orders/" + orderId + "/pay", token, null), 200);
		assertThat(available(product.text("productId"))).isEqualTo(8);

		JsonNode cancelled = expect(api.post("/api/orders/" + orderId + "/cancel", token, null), 200).body();
		assertThat(cancelled.path("status").asString()).isEqualTo("CANCELLED");
		assertThat(cancelled.path("cancellation").path("reasonCode").asString()).as("the default reason").isEqualTo("CHANGED_MIND");
		assertThat(cancelled.path("payment").path("status").asString()).isIn("REFUNDING", "REFUNDED");

		JsonNode refunded = HttpTestKit.await("the refund", () -> order(token, orderId),
				o -> o.path("payment").path("status").asString().equals("REFUNDED"));
		assertPayment(refunded, "REFUNDED", 5180, 5180);
		assertThat(events(refunded)).containsExactly("PLACED", "PAID", "CANCELLED", "REFUNDED");
		assertThat(timelineEntry(refunded, "REFUNDED").path("message").asString()).contains("¥51.80");
		assertThat(available(product.text("productId"))).isEqualTo(10);
	}

	@Test
	void refundsPaidOrderInFullWhenMerchantCancels() {
		Api.Merchant merchant = api.createMerchant(unique("质检店"));
		Api.Response product = api.createProduct(merchant, unique("蓝莓"), 4500, 6);
		String productId = product.text("productId");
		String token = api.registerBuyer().text("token");
		String orderId = expect(api.placeOrder(token, skuOf(product), 1, idempotencyKey()), 201).text("orderId");
		expect(api.post("/api/orders/" + orderId + "/pay", token, null), 200);

		JsonNode cancelled = expect(api.post("/api/merchant/orders/" + orderId + "/cancel", merchant.token(),
				Map.of("reasonCode", "QUALITY_ISSUE", "note", "批次抽检不合格")), 200).body();
		assertThat(cancelled.path("status").asString()).isEqualTo("CANCELLED");
		assertThat(available(productId)).as("stock returned").isEqualTo(6);

		JsonNode refunded = HttpTestKit.await("the refund", () -> order(token, orderId),
				o -> o.path("payment").path("status").asString().equals("REFUNDED"));
		assertPayment(refunded, "REFUNDED", 4500, 4500);
		JsonNode cancellation = refunded.path("cancellation");
		assertThat(cancellation.path("reasonCode").asString()).isEqualTo("QUALITY_ISSUE");
		assertThat(cancellation.path("by").asString()).isEqualTo("MERCHANT:" + merchant.merchantId());
		assertThat(Instant.parse(cancellation.path("at").asString())).isNotNull();
		assertThat(cancellation.path("message").asString()).isEqualTo("The product has a quality issue");
		JsonNode entry = timelineEntry(refunded, "CANCELLED");
		assertThat(entry.path("actor").asString()).isEqualTo("MERCHANT:" + merchant.merchantId());
		assertThat(entry.path("reasonCode").asString()).isEqualTo("QUALITY_ISSUE");
		assertThat(entry.path("message").asString()).contains("quality issue").contains("¥45.00");

		JsonNode chinese = expect(HttpTestKit.getIn(port, "/api/orders/" + orderId, token, "zh-CN"), 200).body();
		assertThat(chinese.path("cancellation").path("message").asString()).isEqualTo("商品存在质量问题");
	}

	@Test
	void refusesOrdersForDelistedProduct() {
		Api.Merchant merchant = api.createMerchant(unique("下架店"));
		Api.Response product = api.createProduct(merchant, unique("荔枝"), 1200, 10);
		String productId = product.text("productId");
		expect(api.post("/api/merchant/products/" + productId + "/delist", merchant.token(),
				Map.of("reasonCode", "OUT_OF_STOCK")), 200);
		String token = api.registerBuyer().text("token");

		assertProblem(api.placeOrder(token, skuOf(product), 1, idempotencyKey()), 409, "PRODUCT_DELISTED");
		assertThat(expect(api.get("/api/orders", token), 200).body().path("total").asLong()).isZero();
		assertThat(available(productId)).isEqualTo(10);
	}

	@Test
	void refusesOrdersBeyondAvailableStock() {
		Api.Merchant merchant = api.createMerchant(unique("限量店"));
		Api.Response product = api.createProduct(merchant, unique("榴莲"), 9900, 3);
		String productId = product.text("productId");
		String sku = skuOf(product);
		String token = api.registerBuyer().text("token");

		assertProblem(api.placeOrder(token, sku, 4, idempotencyKey()), 409, "OUT_OF_STOCK");
		assertThat(available(productId)).isEqualTo(3);
		expect(api.placeOrder(token, sku, 3, idempotencyKey()), 201);
		assertProblem(api.placeOrder(token, sku, 1, idempotencyKey()), 409, "OUT_OF_STOCK");
		assertThat(available(productId)).isZero();
		assertThat(expect(api.get("/api/orders", token), 200).body().path("total").asLong()).isEqualTo(1);
	}

	@Test
	void listsEveryOrderOfTheBuyerNewestFirstInEachStatusTab() {
		Api.Merchant merchant = api.createMerchant(unique("列表店"));
		String sku = skuOf(api.createProduct(merchant, unique("山竹"), 1500, 20));
		String token = api.registerBuyer().text("token");
		List<String> placed = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			placed.add(expect(api.placeOrder(token, sku, 1, idempotencyKey()), 201).text("orderId"));
			clock.advance(Duration.ofSeconds(1));
		}
		String completed = placed.get(0);
		String shipped = placed.get(1);
		String toShip = placed.get(2);
		String cancelled = placed.get(3);
		String pending = placed.get(4);
		for (String id : List.of(completed, shipped, toShip)) {
			expect(api.post("/api/orders/" + id + "/pay", token, null), 200);
		}
		for (String id : List.of(completed, shipped)) {
			expect(api.post("/api/merchant/orders/" + id + "/ship", merchant.token(),
					Map.of("carrier", "YTO", "trackingNo", "YT" + id.substring(0, 8))), 200);
		}
		expect(api.post("/api/orders/" + completed + "/confirm-receipt", token, null), 200);
		expect(api.post("/api/orders/" + cancelled + "/cancel", token, Map.of("reasonCode", "CHANGED_MIND")), 200);

		JsonNode all = expect(api.get("/api/orders", token), 200).body();
		assertThat(all.path("total").asLong()).isEqualTo(5);
		assertThat(field(all.path("items"), "orderId")).as("newest first, cancelled ones included")
			.containsExactly(pending, cancelled, toShip, shipped, completed);
		assertThat(field(all.path("items"), "status"))
			.containsExactly("PENDING_PAYMENT", "CANCELLED", "TO_SHIP", "SHIPPED", "COMPLETED");
		assertThat(all.path("items").get(1).path("cancellation").path("reasonCode").asString()).isEqualTo("CHANGED_MIND");

		Map<String, String> tabs = Map.of("PENDING_PAYMENT", pending, "TO_SHIP", toShip, "SHIPPED", shipped,
				"COMPLETED", completed, "CANCELLED", cancelled);
		tabs.forEach((status, orderId) -> {
			JsonNode tab = expect(api.get("/api/orders?status=" + status, token), 200).body();
			assertThat(field(tab.path("items"), "orderId")).as("tab %s", status).containsExactly(orderId);
			assertThat(tab.path("total").asLong()).as("total of tab %s", status).isEqualTo(1);
		});
		JsonNode grouping = expect(api.get("/api/orders?status=GROUPING", token), 200).body();
		assertThat(grouping.path("items").size()).isZero();
		assertThat(grouping.path("total").asLong()).isZero();

		JsonNode first = expect(api.get("/api/orders?page=0&size=2", token), 200).body();
		assertThat(field(first.path("items"), "orderId")).containsExactly(pending, cancelled);
		assertThat(first.path("total").asLong()).isEqualTo(5);
		JsonNode last = expect(api.get("/api/orders?page=2&size=2", token), 200).body();
		assertThat(field(last.path("items"), "orderId")).containsExactly(completed);
	}

	@Test
	void hidesOrderFromOtherBuyersAndMerchantsButShowsItToAgentsAndAdmin() {
		Api.Merchant merchant = api.createMerchant(unique("隐私店"));
		Api.Merchant otherMerchant = api.createMerchant(unique("别家店"));
		String sku = skuOf(api.createProduct(merchant, unique("芒果"), 800, 10));
		String token = api.registerBuyer().text("token");
		String orderId = expect(api.placeOrder(token, sku, 1, idempotencyKey()), 201).text("orderId");
		String otherBuyer = api.registerBuyer().text("token");
		String admin = api.adminToken();
		String agentName = unique("agent");
		expect(api.post("/api/admin/agents", admin, Map.of("username", agentName, "password", "secret-" + agentName)), 201);
		String agent = expect(api.post("/api/auth/token", null,
				Map.of("username", agentName, "password", "secret-" + agentName)), 200).text("token");

		assertProblem(api.get("/api/orders/" + orderId, otherBuyer), 404, "NOT_FOUND");
		assertProblem(api.get("/api/orders/" + orderId, otherMerchant.token()), 404, "NOT_FOUND");
		assertProblem(api.post("/api/orders/" + orderId + "/cancel", otherBuyer, null), 404, "NOT_FOUND");
		assertThat(expect(api.get("/api/orders", otherBuyer), 200).body().path("total").asLong()).isZero();

		for (String reader : List.of(token, merchant.token(), agent, admin)) {
			JsonNode order = expect(api.get("/api/orders/" + orderId, reader), 200).body();
			assertThat(order.path("orderId").asString()).isEqualTo(orderId);
			assertThat(order.path("status").asString()).isEqualTo("PENDING_PAYMENT");
		}
	}

	@Test
	void showsOrderToItsMerchantAndFlagsItWhenTheProductIsDelisted() {
		Api.Merchant merchant = api.createMerchant(unique("履约店"));
		Api.Response product = api.createProduct(merchant, unique("菠萝"), 1100, 10);
		String productId = product.text("productId");
		String sku = skuOf(product);
		String token = api.registerBuyer().text("token");
		String open = expect(api.placeOrder(token, sku, 1, idempotencyKey()), 201).text("orderId");
		expect(api.post("/api/orders/" + open + "/pay", token, null), 200);
		String done = expect(api.placeOrder(token, sku, 1, idempotencyKey()), 201).text("orderId");
		expect(api.post("/api/orders/" + done + "/pay", token, null), 200);
		expect(api.post("/api/merchant/orders/" + done + "/ship", merchant.token(),
				Map.of("carrier", "SF", "trackingNo", "SF42")), 200);
		expect(api.post("/api/orders/" + done + "/confirm-receipt", token, null), 200);

		JsonNode mine = expect(api.get("/api/merchant/orders", merchant.token()), 200).body();
		assertThat(field(mine.path("items"), "orderId")).containsExactlyInAnyOrder(open, done);
		assertThat(mine.path("total").asLong()).isEqualTo(2);
		JsonNode toShip = expect(api.get("/api/merchant/orders?status=TO_SHIP", merchant.token()), 200).body();
		assertThat(field(toShip.path("items"), "orderId")).containsExactly(open);
		assertThat(expect(api.get("/api/merchant/orders?affectedByDelisting=true", merchant.token()), 200)
			.body().path("total").asLong()).isZero();

		expect(api.post("/api/merchant/products/" + productId + "/delist", merchant.token(),
				Map.of("reasonCode", "QUALITY_ISSUE", "note", "批次问题")), 200);

		JsonNode affected = HttpTestKit.await("the delisting to reach the orders",
				() -> expect(api.get("/api/merchant/orders?affectedByDelisting=true", merchant.token()), 200).body(),
				list -> list.path("total").asLong() > 0);
		assertThat(field(affected.path("items"), "orderId")).as("open orders only").containsExactly(open);
		JsonNode order = order(token, open);
		assertThat(order.path("status").asString()).as("the order stands").isEqualTo("TO_SHIP");
		assertThat(order.path("affectedByDelisting").asBoolean()).isTrue();
		assertThat(events(order)).containsExactly("PLACED", "PAID", "PRODUCT_DELISTED");
		JsonNode notice = timelineEntry(order, "PRODUCT_DELISTED");
		assertThat(notice.path("actor").asString()).isEqualTo(SYSTEM);
		assertThat(notice.path("reasonCode").asString()).isEqualTo("QUALITY_ISSUE");
		assertThat(notice.path("status").asString()).isEqualTo("TO_SHIP");
		assertThat(notice.path("message").asString()).isNotBlank().doesNotContainPattern("\\p{IsHan}");
		assertThat(events(order(token, done))).doesNotContain("PRODUCT_DELISTED");
	}

	@Test
	void cancelsUnpaidOrderWhenPaymentWindowEnds() {
		Api.Merchant merchant = api.createMerchant(unique("超时店"));
		Api.Response product = api.createProduct(merchant, unique("杨梅"), 2000, 5);
		String productId = product.text("productId");
		String sku = skuOf(product);
		String token = api.registerBuyer().text("token");
		JsonNode placed = expect(api.placeOrder(token, sku, 2, idempotencyKey()), 201).body();
		String unpaid = placed.path("orderId").asString();
		Instant due = Instant.parse(placed.path("createdAt").asString()).plus(Duration.ofMinutes(15));
		String paid = expect(api.placeOrder(token, sku, 1, idempotencyKey()), 201).text("orderId");
		expect(api.post("/api/orders/" + paid + "/pay", token, null), 200);
		assertThat(available(productId)).isEqualTo(2);

		clock.advance(Duration.ofMinutes(16));

		String admin = api.adminToken();
		JsonNode cancelled = HttpTestKit.await("the payment window to close", () -> order(admin, unpaid),
				o -> o.path("status").asString().equals("CANCELLED"));
		JsonNode cancellation = cancelled.path("cancellation");
		assertThat(cancellation.path("reasonCode").asString()).isEqualTo("PAYMENT_TIMEOUT");
		assertThat(cancellation.path("by").asString()).isEqualTo(SYSTEM);
		assertThat(Instant.parse(cancellation.path("at").asString())).isEqualTo(due);
		assertPayment(cancelled, "UNPAID", 0, 0);
		JsonNode entry = timelineEntry(cancelled, "CANCELLED");
		assertThat(entry.path("actor").asString()).isEqualTo(SYSTEM);
		assertThat(entry.path("reasonCode").asString()).isEqualTo("PAYMENT_TIMEOUT");
		assertThat(entry.path("message").asString()).isNotBlank().doesNotContainPattern("\\p{IsHan}");
		assertThat(deadlines(cancelled)).isEmpty();
		assertThat(available(productId)).as("the stock is back").isEqualTo(4);

		assertThat(order(admin, paid).path("status").asString()).as("a paid order has no payment window").isEqualTo("TO_SHIP");
		String buyer = freshToken(token);
		assertProblem(api.post("/api/orders/" + unpaid + "/pay", buyer, null), 409, "INVALID_STATE");
		JsonNode tab = expect(api.get("/api/orders?status=CANCELLED", buyer), 200).body();
		assertThat(field(tab.path("items"), "orderId")).containsExactly(unpaid);
	}

	@Test
	void completesShippedOrderAutomaticallyAfterConfirmationWindow() {
		Api.Merchant merchant = api.createMerchant(unique("自动收货店"));
		String sku = skuOf(api.createProduct(merchant, unique("猕猴桃"), 1800, 5));
		String token = api.registerBuyer().text("token");
		String shipped = expect(api.placeOrder(token, sku, 1, idempotencyKey()), 201).text("orderId");
		expect(api.post("/api/orders/" + shipped + "/pay", token, null), 200);
		JsonNode shipping = expect(api.post("/api/merchant/orders/" + shipped + "/ship", merchant.token(),
				Map.of("carrier", "ZTO", "trackingNo", "ZT778899")), 200).body();
		Instant shippedAt = Instant.parse(timelineEntry(shipping, "SHIPPED").path("at").asString());
		String notShipped = expect(api.placeOrder(token, sku, 1, idempotencyKey()), 201).text("orderId");
		expect(api.post("/api/orders/" + notShipped + "/pay", token, null), 200);

		clock.advance(Duration.ofDays(11));

		String admin = api.adminToken();
		JsonNode completed = HttpTestKit.await("the confirmation window to close", () -> order(admin, shipped),
				o -> o.path("status").asString().equals("COMPLETED"));
		assertThat(events(completed)).containsExactly("PLACED", "PAID", "SHIPPED", "AUTO_COMPLETED");
		JsonNode entry = timelineEntry(completed, "AUTO_COMPLETED");
		assertThat(entry.path("actor").asString()).isEqualTo(SYSTEM);
		assertThat(entry.path("reasonCode").asString()).isEqualTo("CONFIRMATION_WINDOW_ENDED");
		assertThat(entry.path("status").asString()).isEqualTo("COMPLETED");
		assertThat(Instant.parse(entry.path("at").asString())).isEqualTo(shippedAt.plus(Duration.ofDays(10)));
		assertThat(entry.path("message").asString()).isNotBlank().doesNotContainPattern("\\p{IsHan}");
		assertPayment(completed, "PAID", 1800, 0);
		assertThat(deadlines(completed)).isEmpty();
		assertThat(order(admin, notShipped).path("status").asString()).as("only shipped orders complete by themselves")
			.isNotEqualTo("COMPLETED");
	}

	// --- helpers ---

	private static String skuOf(Api.Response product) {
		return product.body().path("skus").get(0).path("skuId").asString();
	}

	private long available(String productId) {
		return expect(api.get("/api/products/" + productId, null), 200).body().path("skus").get(0).path("available").asLong();
	}

	private JsonNode order(String token, String orderId) {
		return expect(api.get("/api/orders/" + orderId, token), 200).body();
	}

	/** The same user signed in again: a token issued before the clock moved may have expired meanwhile. */
	private String freshToken(String token) {
		String payload = new String(java.util.Base64.getUrlDecoder().decode(token.split("\\.")[1]),
				java.nio.charset.StandardCharsets.UTF_8);
		String username = tools.jackson.databind.json.JsonMapper.builder().build().readTree(payload).path("username").asString();
		return expect(api.post("/api/auth/token", null, Map.of("username", username, "password", "secret-" + username)), 200)
			.text("token");
	}

	private static void assertPayment(JsonNode order, String status, long paidFen, long refundedFen) {
		JsonNode payment = order.path("payment");
		assertThat(payment.path("status").asString()).as("payment status of %s", order.path("orderId")).isEqualTo(status);
		assertThat(payment.path("paidFen").asLong()).as("paidFen").isEqualTo(paidFen);
		assertThat(payment.path("refundedFen").asLong()).as("refundedFen").isEqualTo(refundedFen);
	}

	private static List<String> deadlines(JsonNode order) {
		List<String> deadlines = new ArrayList<>();
		order.path("deadlines").forEach(d -> deadlines.add(d.path("kind").asString() + "@" + Instant.parse(d.path("dueAt").asString())));
		return deadlines;
	}

	private static List<String> field(JsonNode array, String name) {
		List<String> values = new ArrayList<>();
		array.forEach(item -> values.add(text(item, name)));
		return values;
	}
}
