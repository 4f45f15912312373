package com.orderkeep.notification;

import static com.orderkeep.notification.NotificationFixture.cancelled;
import static com.orderkeep.notification.NotificationFixture.delisted;
import static com.orderkeep.notification.NotificationFixture.refunded;
import static com.orderkeep.notification.NotificationFixture.shipBySoon;
import static com.orderkeep.support.Api.expect;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import com.orderkeep.notification.NotificationFixture.Granted;
import com.orderkeep.notification.NotificationFixture.Person;
import com.orderkeep.ordering.CancelReason;
import com.orderkeep.ordering.OrderManagement;
import com.orderkeep.ordering.OrderStatus;
import com.orderkeep.shared.Actor;
import com.orderkeep.support.Api;
import com.orderkeep.support.MutableClock;
import com.orderkeep.support.OrderkeepHttpTest;

import tools.jackson.databind.JsonNode;

/**
 * Each event the platform publishes tells the right people what happened, in their language, in the transaction
 * that made it happen: nothing told that did not happen, nothing happened that is not told, and nothing told twice.
 */
@OrderkeepHttpTest
class NotificationsTests {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	DataSource dataSource;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MutableClock clock;

	private Api api;
	@Autowired
	OrderManagement orders;

	private NotificationFixture publish;
	private Person buyer;
	private Person merchant;
	private String sku;

	@BeforeEach
	void signIn() {
		api = Api.onPort(port);
		publish = new NotificationFixture(events, transactions, orders);
		buyer = NotificationFixture.buyer(api);
		merchant = NotificationFixture.merchant(api);
		sku = NotificationFixture.sku(api, merchant);
	}

	// --- what each event tells whom ---

	@Test
	void tellsTheBuyerOfACancelWhyWhatWasRefundedAndWhatNextInBothLanguages() {
		String order = orderId(buyer);
		publish.committed(cancelled(order, buyer.userId(), merchant.merchantId(), CancelReason.OUT_OF_STOCK,
				Actor.merchant(merchant.merchantId()), 1990, clock.instant()));

		// buyer protection compensates a merchant's cancel of a paid order too, after the cancel committed
		JsonNode en = ofType(inbox(buyer, "en"), "ORDER_CANCELLED");
		assertThat(en.path("type").asString()).isEqualTo("ORDER_CANCELLED");
		assertThat(en.path("orderId").asString()).isEqualTo(order);
		assertThat(en.path("read").asBoolean()).isFalse();
		assertThat(en.path("title").asString()).isEqualTo("Your order was cancelled");
		assertThat(en.path("body").asString()).contains("The merchant is out of stock", "refund of ¥19.90",
				"compensation", "other merchants");
		assertThat(en.path("links")).singleElement().satisfies(link -> {
			assertThat(link.path("rel").asString()).isEqualTo("order");
			assertThat(link.path("href").asString()).isEqualTo("/api/orders/" + order);
		});
		JsonNode zh = ofType(inbox(buyer, "zh-CN"), "ORDER_CANCELLED");
		assertThat(zh.path("title").asString()).isEqualTo("您的订单已取消");
		assertThat(zh.path("body").asString()).contains("商家缺货，无法发货", "退款 ¥19.90", "补偿");
		assertThat(inbox(merchant, "en").path("items")).as("a merchant's own cancel is not told to it").isEmpty();
	}

	@Test
	void tellsTheMerchantTooWhenThePlatformCancelledForNotShipping() {
		String order = orderId(buyer);
		publish.committed(cancelled(order, buyer.userId(), merchant.merchantId(), CancelReason.NOT_SHIPPED_IN_TIME,
				Actor.SYSTEM, 5000, clock.instant()));

		assertThat(only(inbox(buyer, "en")).path("body").asString()).contains("did not ship by the promised deadline",
				"¥50.00");
		JsonNode toShop = only(inbox(merchant, "en"));
		assertThat(toShop.path("type").asString()).isEqualTo("ORDER_CANCELLED");
		assertThat(toShop.path("orderId").asString()).isEqualTo(order);
		assertThat(toShop.path("title").asString()).isEqualTo("Order cancelled: not shipped in time");
		assertThat(toShop.path("body").asString()).contains("refunded the buyer ¥50.00", "Do not ship");
		assertThat(only(inbox(merchant, "zh-CN")).path("body").asString()).contains("未在承诺的发货期限内发货", "¥50.00");
	}

	@Test
	void tellsTheBuyerOfAnUnpaidOrderCancelledForPaymentTimeoutThatNothingIsCharged() {
		publish.committed(cancelled(orderId(buyer), buyer.userId(), merchant.merchantId(), CancelReason.PAYMENT_TIMEOUT,
				Actor.SYSTEM, 0, clock.instant()));

		assertThat(only(inbox(buyer, "en")).path("body").asString()).contains("Not paid in time", "charged nothing",
				"place a new order").doesNotContain("refund");
		assertThat(only(inbox(buyer, "zh")).path("body").asString()).contains("无需支付任何费用");
		assertThat(inbox(merchant, "en").path("items")).isEmpty();
	}

	@Test
	void tellsTheBuyerOfARefund() {
		String order = orderId(buyer);
		publish.committed(refunded(order, buyer.userId(), merchant.merchantId(), 12345, clock.instant()));

		JsonNode en = only(inbox(buyer, "en"));
		assertThat(en.path("type").asString()).isEqualTo("REFUNDED");
		assertThat(en.path("title").asString()).isEqualTo("Refund of ¥123.45 sent");
		assertThat(only(inbox(buyer, "zh-CN")).path("body").asString()).contains("¥123.45", "原路退回");
	}

	@Test
	void tellsTheBuyerOfACompensationWithItsAmountAndTheGrantingModulesMessage() {
		String order = orderId(buyer);
		publish.committed(new Granted("grant-" + UUID.randomUUID(), order, buyer.userId(), 800, clock.instant()));

		JsonNode en = only(inbox(buyer, "en"));
		assertThat(en.path("type").asString()).isEqualTo("COMPENSATED");
		assertThat(en.path("title").asString()).isEqualTo("You were compensated ¥8.00");
		assertThat(en.path("body").asString()).contains("late shipment", "¥8.00", "The merchant shipped late; the rule pays you.");
		assertThat(only(inbox(buyer, "zh-CN")).path("body").asString()).contains("¥8.00", "商家未按时发货，按规则赔付。");
	}

	@Test
	void tellsTheBuyerThatAPaidOrderStandsWhenItsProductIsDelisted() {
		publish.committed(delisted(orderId(buyer), buyer.userId(), merchant.merchantId(), OrderStatus.TO_SHIP, "PRICE_ADJUSTMENT",
				"价格上调", clock.instant()));

		JsonNode en = only(inbox(buyer, "en"));
		assertThat(en.path("type").asString()).isEqualTo("PRODUCT_DELISTED");
		assertThat(en.path("links").toString()).contains("\"rel\":\"alternatives\"",
				"/api/orders/" + en.path("orderId").asString() + "/alternatives");
		assertThat(en.path("body").asString()).contains("a price adjustment", "Your paid order stands",
				"ship it or cancel it with a reason by its shipping deadline", "refunded in full and compensated automatically",
				"Note: 价格上调");
		assertThat(only(inbox(buyer, "zh-CN")).path("body").asString()).contains("调价", "仍然有效", "全额退款");
	}

	@Test
	void tellsTheBuyerOfAShippedOrderWhoseProductWasBannedThatItMayBeReturnedAtTheMerchantsCost() {
		publish.committed(delisted(orderId(buyer), buyer.userId(), merchant.merchantId(), OrderStatus.SHIPPED, "BANNED", "",
				clock.instant()));

		assertThat(only(inbox(buyer, "en")).path("body").asString()).contains("banned by the platform",
				"return it for a full refund", "return shipping paid by the merchant");
		assertThat(only(inbox(buyer, "zh-CN")).path("body").asString()).contains("退货", "全额退款", "运费由商家承担");
	}

	@Test
	void remindsTheMerchantToShipBeforeTheDeadline() {
		String order = orderId(buyer);
		Instant shipBy = Instant.parse("2026-12-05T04:30:00Z");
		publish.committed(shipBySoon(order, merchant.merchantId(), shipBy, clock.instant()));

		JsonNode en = only(inbox(merchant, "en"));
		assertThat(en.path("type").asString()).isEqualTo("SHIP_BY_SOON");
		assertThat(en.path("orderId").asString()).isEqualTo(order);
		assertThat(en.path("body").asString()).contains("2026-12-05 04:30 UTC", "cancel it with a reason");
		assertThat(only(inbox(merchant, "zh-CN")).path("body").asString()).contains("2026-12-05 12:30（北京时间）");
		assertThat(inbox(buyer, "en").path("items")).isEmpty();
	}

	@Test
	void showsAMerchantsUserWhatIsAddressedToItAndToItsShop() {
		Person shop = merchant;
		publish.committed(shipBySoon(orderId(buyer), shop.merchantId(), clock.instant().plusSeconds(3600), clock.instant()));
		clock.advance(Duration.ofSeconds(1));
		publish.committed(refunded(orderId(buyer), shop.userId(), shop.merchantId(), 100, clock.instant()));

		assertThat(inbox(shop, "en").path("items")).extracting(item -> item.path("type").asString())
			.containsExactly("REFUNDED", "SHIP_BY_SOON");
	}

	// --- in the reporting transaction, once ---

	@Test
	void writesNothingWhenTheReportingTransactionRollsBack() {
		String order = orderId(buyer);
		publish.rolledBack(cancelled(order, buyer.userId(), merchant.merchantId(), CancelReason.NOT_SHIPPED_IN_TIME,
				Actor.SYSTEM, 1000, clock.instant()), refunded(order, buyer.userId(), merchant.merchantId(), 1000, clock.instant()));

		assertThat(inbox(buyer, "en").path("total").asLong()).isZero();
		assertThat(inbox(merchant, "en").path("total").asLong()).isZero();
		assertThat(rowsAbout(order)).isZero();
	}

	@Test
	void writesInTheReportingTransactionSoOthersSeeItOnlyOnceCommitted() {
		String order = orderId(buyer);
		List<Long> seen = new ArrayList<>();
		new TransactionTemplate(transactions).executeWithoutResult(status -> {
			events.publishEvent(refunded(order, buyer.userId(), merchant.merchantId(), 300, clock.instant()));
			seen.add(rowsAbout(order));
			seen.add(rowsAboutFromAnotherConnection(order));
		});
		seen.add(rowsAboutFromAnotherConnection(order));

		assertThat(seen).as("inside the transaction, outside it before commit, outside it after").containsExactly(1L, 0L, 1L);
	}

	@Test
	void tellsOfTheSameEventOnceHoweverOftenItIsDelivered() {
		String order = orderId(buyer);
		Instant at = clock.instant();
		Granted grant = new Granted("grant-" + UUID.randomUUID(), order, buyer.userId(), 500, at);
		Object cancel = cancelled(order, buyer.userId(), merchant.merchantId(), CancelReason.NOT_SHIPPED_IN_TIME, Actor.SYSTEM,
				500, at);
		publish.committed(cancel, grant);
		publish.committed(cancel, grant, cancel);

		assertThat(inbox(buyer, "en").path("items")).extracting(item -> item.path("type").asString())
			.containsExactlyInAnyOrder("ORDER_CANCELLED", "COMPENSATED");
		assertThat(inbox(merchant, "en").path("total").asLong()).isEqualTo(1);
		publish.committed(new Granted("grant-" + UUID.randomUUID(), order, buyer.userId(), 500, at));
		assertThat(inbox(buyer, "en").path("total").asLong()).as("another grant is another report").isEqualTo(3);
	}

	@Test
	void aDuplicateDeliveredConcurrentlyDoesNotUndoTheTransactionThatDeliveredIt() throws Exception {
		String order = orderId(buyer);
		Object refund = refunded(order, buyer.userId(), merchant.merchantId(), 700, clock.instant());
		Object alsoInSecond = shipBySoon(order, merchant.merchantId(), clock.instant().plusSeconds(60), clock.instant());
		CountDownLatch firstWrote = new CountDownLatch(1);
		CountDownLatch secondStarted = new CountDownLatch(1);
		TransactionTemplate transaction = new TransactionTemplate(transactions);

		CompletableFuture<Void> first = CompletableFuture.runAsync(() -> transaction.executeWithoutResult(status -> {
			events.publishEvent(refund);
			firstWrote.countDown();
			await(secondStarted);
			sleep(300); // the second's insert of the same report now waits on this one's (PostgreSQL) or meets it
		}));
		await(firstWrote);
		CompletableFuture<Void> second = CompletableFuture.runAsync(() -> transaction.executeWithoutResult(status -> {
			secondStarted.countDown();
			events.publishEvent(refund);
			events.publishEvent(alsoInSecond);
		}));
		first.get(30, TimeUnit.SECONDS);
		second.get(30, TimeUnit.SECONDS);

		assertThat(inbox(buyer, "en").path("total").asLong()).as("the refund, told once").isEqualTo(1);
		assertThat(only(inbox(merchant, "en")).path("type").asString()).as("the second transaction committed")
			.isEqualTo("SHIP_BY_SOON");
	}

	// --- the inbox ---

	@Test
	void pagesTheInboxNewestFirstAndCountsWhatIsUnread() {
		List<String> orders = new ArrayList<>();
		for (int i = 0; i < 25; i++) {
			String order = orderId(buyer);
			orders.add(0, order);
			publish.committed(refunded(order, buyer.userId(), merchant.merchantId(), 100 + i, clock.instant()));
			if (i % 5 == 0) {
				clock.advance(Duration.ofSeconds(1)); // several share a time: the later written comes first all the same
			}
		}

		JsonNode first = inbox(buyer, "en", "?size=10");
		assertThat(first.path("total").asLong()).isEqualTo(25);
		assertThat(first.path("unread").asLong()).isEqualTo(25);
		assertThat(ids(first, "orderId")).containsExactlyElementsOf(orders.subList(0, 10));
		assertThat(ids(inbox(buyer, "en", "?page=2&size=10"), "orderId")).containsExactlyElementsOf(orders.subList(20, 25));
		assertThat(inbox(buyer, "en", "?page=3&size=10").path("items")).isEmpty();
		assertThat(inbox(buyer, "en").path("items").size()).as("20 by default").isEqualTo(20);

		List<String> read = ids(first, "id").subList(0, 3);
		read.forEach(id -> markRead(buyer, id, 204));
		JsonNode unread = inbox(buyer, "en", "?unread=true&size=100");
		assertThat(unread.path("total").asLong()).isEqualTo(22);
		assertThat(unread.path("unread").asLong()).isEqualTo(22);
		assertThat(ids(unread, "orderId")).containsExactlyElementsOf(orders.subList(3, 25));
		JsonNode all = inbox(buyer, "en", "?unread=false&size=5");
		assertThat(all.path("total").asLong()).isEqualTo(25);
		assertThat(all.path("unread").asLong()).isEqualTo(22);
		assertThat(all.path("items")).extracting(item -> item.path("read").asBoolean())
			.containsExactly(true, true, true, false, false);
	}

	@Test
	void marksOwnNotificationsReadOnlyAndRefusesOthersAsNotFound() {
		publish.committed(refunded(orderId(buyer), buyer.userId(), merchant.merchantId(), 100, clock.instant()));
		String id = only(inbox(buyer, "en")).path("id").asString();
		Person stranger = NotificationFixture.buyer(api);

		assertThat(markRead(stranger, id, 404).text("code")).isEqualTo("NOT_FOUND");
		assertThat(markRead(merchant, id, 404).text("code")).isEqualTo("NOT_FOUND");
		assertThat(markRead(buyer, UUID.randomUUID().toString(), 404).text("code")).isEqualTo("NOT_FOUND");
		assertThat(inbox(buyer, "en").path("unread").asLong()).as("still unread").isEqualTo(1);

		assertThat(markRead(buyer, id, 204).raw()).isEmpty();
		assertThat(only(inbox(buyer, "en")).path("read").asBoolean()).isTrue();
		assertThat(inbox(buyer, "en").path("unread").asLong()).isZero();
		markRead(buyer, id, 204);
		assertThat(inbox(buyer, "en").path("unread").asLong()).as("reading again changes nothing").isZero();
	}

	@Test
	void letsAMerchantsUserMarkItsShopsNotificationsRead() {
		publish.committed(shipBySoon(orderId(buyer), merchant.merchantId(), clock.instant().plusSeconds(600), clock.instant()));
		String id = only(inbox(merchant, "en")).path("id").asString();

		markRead(merchant, id, 204);
		assertThat(inbox(merchant, "en").path("unread").asLong()).isZero();
	}

	// --- the platform's own changes tell the buyer, end to end ---

	@Test
	void aBuyerWhoCancelsAnUnpaidOrderIsToldItWasCancelledAndNothingIsCharged() {
		Api.Merchant shop = api.createMerchant("通知果园");
		String sku = api.createProduct(shop, "赣南脐橙 " + UUID.randomUUID(), 2990, 10).body().path("skus").get(0)
			.path("skuId").asString();
		String order = expect(api.placeOrder(buyer.token(), sku, 1, "key-" + UUID.randomUUID()), 201).text("orderId");

		expect(api.post("/api/orders/" + order + "/cancel", buyer.token(), Map.of("reasonCode", "ORDERED_BY_MISTAKE")), 200);

		JsonNode told = only(inbox(buyer, "en"));
		assertThat(told.path("orderId").asString()).isEqualTo(order);
		assertThat(told.path("body").asString()).contains("The buyer ordered by mistake", "charged nothing", "order again");
	}

	@Test
	void aBuyerWhosePaidOrderTheMerchantCancelsIsToldOfTheCancelAndThenOfTheRefund() {
		Api.Merchant shop = api.createMerchant("通知山野");
		String sku = api.createProduct(shop, "秭归脐橙 " + UUID.randomUUID(), 3990, 10).body().path("skus").get(0)
			.path("skuId").asString();
		String order = expect(api.placeOrder(buyer.token(), sku, 2, "key-" + UUID.randomUUID()), 201).text("orderId");
		expect(api.post("/api/orders/" + order + "/pay", buyer.token(), null), 200);

		expect(api.post("/api/merchant/orders/" + order + "/cancel", shop.token(),
				Map.of("reasonCode", "OUT_OF_STOCK", "note", "仓库断货")), 200);

		JsonNode told = awaitInbox(buyer, inbox -> inbox.path("total").asLong() == 3);
		assertThat(told.path("items")).extracting(item -> item.path("type").asString())
			.containsExactlyInAnyOrder("REFUNDED", "COMPENSATED", "ORDER_CANCELLED");
		assertThat(told.path("items").get(2).path("type").asString()).as("the cancel is told first").isEqualTo("ORDER_CANCELLED");
		assertThat(told.path("items")).allSatisfy(item -> assertThat(item.path("orderId").asString()).isEqualTo(order));
		assertThat(ofType(told, "REFUNDED").path("title").asString()).isEqualTo("Refund of ¥79.80 sent");
		assertThat(ofType(told, "ORDER_CANCELLED").path("body").asString()).contains("refund of ¥79.80");
		assertThat(ofType(told, "COMPENSATED").path("title").asString()).isEqualTo("You were compensated ¥7.98");
	}

	@Test
	void aBuyerWhosePaidOrdersProductIsDelistedIsToldTheOrderStands() {
		Api.Merchant shop = api.createMerchant("通知优品");
		Api.Response product = api.createProduct(shop, "阳光玫瑰 " + UUID.randomUUID(), 5990, 10);
		String sku = product.body().path("skus").get(0).path("skuId").asString();
		String order = expect(api.placeOrder(buyer.token(), sku, 1, "key-" + UUID.randomUUID()), 201).text("orderId");
		expect(api.post("/api/orders/" + order + "/pay", buyer.token(), null), 200);

		expect(api.post("/api/merchant/products/" + product.text("productId") + "/delist", shop.token(),
				Map.of("reasonCode", "QUALITY_ISSUE", "note", "批次抽检不合格")), 200);

		JsonNode told = only(awaitInbox(buyer, inbox -> inbox.path("total").asLong() == 1));
		assertThat(told.path("type").asString()).isEqualTo("PRODUCT_DELISTED");
		assertThat(told.path("orderId").asString()).isEqualTo(order);
		assertThat(told.path("body").asString()).contains("a quality issue", "Your paid order stands", "批次抽检不合格");
	}

	// --- helpers ---

	private String orderId(Person of) {
		return publish.order(of, sku);
	}

	private JsonNode inbox(Person reader, String language) {
		return inbox(reader, language, "");
	}

	private JsonNode inbox(Person reader, String language, String query) {
		return expect(api.send("GET", "/api/me/notifications" + query, reader.token(), null,
				Map.of("Accept-Language", language)), 200).body();
	}

	private JsonNode awaitInbox(Person reader, java.util.function.Predicate<JsonNode> done) {
		long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
		JsonNode inbox = inbox(reader, "en");
		while (!done.test(inbox)) {
			assertThat(System.nanoTime()).as("waited for the inbox; last seen %s", inbox).isLessThan(deadline);
			sleep(50);
			inbox = inbox(reader, "en");
		}
		return inbox;
	}

	private Api.Response markRead(Person reader, String id, int status) {
		return expect(api.post("/api/me/notifications/" + id + "/read", reader.token(), null), status);
	}

	private static JsonNode ofType(JsonNode inbox, String type) {
		for (JsonNode item : inbox.path("items")) {
			if (type.equals(item.path("type").asString())) {
				return item;
			}
		}
		throw new AssertionError("no " + type + " in " + inbox);
	}

	private static JsonNode only(JsonNode inbox) {
		assertThat(inbox.path("items")).as("the inbox %s", inbox).hasSize(1);
		assertThat(inbox.path("total").asLong()).isEqualTo(1);
		return inbox.path("items").get(0);
	}

	private static List<String> ids(JsonNode inbox, String field) {
		List<String> ids = new ArrayList<>();
		inbox.path("items").forEach(item -> ids.add(item.path(field).asString()));
		return ids;
	}

	private long rowsAbout(String orderId) {
		return jdbc.sql("SELECT COUNT(*) FROM notification WHERE order_id = :order").param("order", orderId)
			.query(Long.class).single();
	}

	private long rowsAboutFromAnotherConnection(String orderId) {
		try (var connection = dataSource.getConnection();
				var statement = connection.prepareStatement("SELECT COUNT(*) FROM notification WHERE order_id = ?")) {
			statement.setString(1, orderId);
			try (var rows = statement.executeQuery()) {
				rows.next();
				return rows.getLong(1);
			}
		}
		catch (java.sql.SQLException e) {
			throw new IllegalStateException(e);
		}
	}

	private static void await(CountDownLatch latch) {
		try {
			assertThat(latch.await(30, TimeUnit.SECONDS)).isTrue();
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}
}
