package com.orderkeep.groupbuy;

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

import com.orderkeep.groupbuy.GroupShop.Buyer;
import com.orderkeep.support.Api;
import com.orderkeep.support.GatewayCallbacks;
import com.orderkeep.support.MutableClock;
import com.orderkeep.support.OrderkeepHttpTest;
import com.orderkeep.support.TestShop;

import tools.jackson.databind.JsonNode;

/**
 * Group buy through HTTP, judged by an injected clock: a group starts at the group price, fills and completes with
 * every member to be shipped together, or fails at its deadline with every paid member refunded in full; a seat
 * comes back when its order is cancelled or not paid in time; a payment that comes after its group closed is
 * refunded; a merchant may ship a group before it fills.
 */
@OrderkeepHttpTest
class GroupBuyTests {

	private static final long PRICE = 5_990;
	private static final long GROUP_PRICE = 3_990;
	private static final Duration WINDOW = Duration.ofHours(24);

	@LocalServerPort
	int port;

	@Autowired
	MutableClock clock;

	@Autowired
	JdbcClient jdbc;

	@Test
	void membersPayTheGroupPriceAndAllShipOnceTheGroupIsFull() {
		GroupShop shop = GroupShop.open(Api.onPort(port), PRICE, 10, 2, GROUP_PRICE);
		Buyer leader = shop.buyer();
		Buyer friend = shop.buyer();

		JsonNode started = shop.started(leader);
		String groupId = started.path("groupId").asString();
		assertThat(started.path("unitPriceFen").asLong()).isEqualTo(GROUP_PRICE);
		assertThat(started.path("status").asString()).isEqualTo("PENDING_PAYMENT");
		JsonNode paid = shop.pay(leader, started.path("orderId").asString());
		assertThat(paid.path("status").asString()).isEqualTo("GROUPING");
		assertThat(paid.path("deadlines").findValuesAsString("kind")).doesNotContain("SHIP_BY");

		JsonNode open = shop.group(groupId);
		assertThat(open.path("status").asString()).isEqualTo("OPEN");
		assertThat(open.path("size").asInt()).isEqualTo(2);
		assertThat(open.path("paidMembers").asInt()).isEqualTo(1);
		assertThat(open.path("seatsHeld").asInt()).isEqualTo(1);
		assertThat(Instant.parse(open.path("expiresAt").asString())).isEqualTo(clock.instant().plus(WINDOW));
		assertThat(open.path("members").get(0).path("maskedName").asString()).contains("*").isNotEqualTo(leader.username());
		assertThat(shop.openGroups().findValuesAsString("groupId")).containsExactly(groupId);

		JsonNode joined = shop.joined(friend, groupId);
		assertThat(joined.path("groupId").asString()).isEqualTo(groupId);
		assertThat(joined.path("totalFen").asLong()).isEqualTo(GROUP_PRICE);
		assertThat(shop.openGroups()).isEmpty();
		shop.pay(friend, joined.path("orderId").asString());

		for (String orderId : List.of(started.path("orderId").asString(), joined.path("orderId").asString())) {
			JsonNode order = awaitOrder(shop, orderId, o -> "TO_SHIP".equals(o.path("status").asString()));
			assertThat(order.path("deadlines").findValuesAsString("kind")).contains("SHIP_BY");
			assertThat(order.path("timeline").findValuesAsString("event")).containsSubsequence("PAID", "GROUP_COMPLETED");
		}
		JsonNode complete = shop.group(groupId);
		assertThat(complete.path("status").asString()).isEqualTo("COMPLETE");
		assertThat(complete.path("paidMembers").asInt()).isEqualTo(2);
		assertThat(complete.path("members")).allSatisfy(m -> assertThat(m.path("paid").asBoolean()).isTrue());
		assertThat(notificationTypes(leader)).contains("GROUP_COMPLETE");
		assertThat(shop.available()).isEqualTo(8);
	}

	@Test
	void aGroupThatDoesNotFillByItsDeadlineFailsAndRefundsEveryPaidMemberInFull() {
		GroupShop shop = GroupShop.open(Api.onPort(port), PRICE, 10, 3, GROUP_PRICE);
		Buyer leader = shop.buyer();
		Buyer paying = shop.buyer();
		Buyer unpaid = shop.buyer();
		String first = shop.started(leader).path("orderId").asString();
		shop.pay(leader, first);
		String groupId = shop.order(first).path("groupId").asString();
		String second = shop.joined(paying, groupId).path("orderId").asString();
		shop.pay(paying, second);
		clock.advance(WINDOW.minusMinutes(10));
		String third = shop.joined(unpaid, groupId).path("orderId").asString();
		assertThat(shop.available()).isEqualTo(7);

		clock.advance(Duration.ofMinutes(11));

		for (String orderId : List.of(first, second)) {
			JsonNode order = awaitOrder(shop, orderId, o -> "REFUNDED".equals(o.path("payment").path("status").asString()));
			assertThat(order.path("status").asString()).isEqualTo("CANCELLED");
			assertThat(order.path("cancellation").path("reasonCode").asString()).isEqualTo("GROUP_FAILED");
			assertThat(order.path("payment").path("refundedFen").asLong()).isEqualTo(GROUP_PRICE);
		}
		JsonNode unpaidOrder = shop.order(third);
		assertThat(unpaidOrder.path("status").asString()).isEqualTo("CANCELLED");
		assertThat(unpaidOrder.path("cancellation").path("reasonCode").asString()).isEqualTo("GROUP_FAILED");
		assertThat(shop.available()).isEqualTo(10);
		JsonNode failed = shop.group(groupId);
		assertThat(failed.path("status").asString()).isEqualTo("FAILED");
		assertThat(failed.path("paidMembers").asInt()).isEqualTo(2);
		assertThat(failed.path("members")).hasSize(3);
		assertThat(notificationTypes(leader)).contains("GROUP_FAILED", "REFUNDED");
		assertThat(notificationTypes(unpaid)).contains("GROUP_FAILED");
		assertThat(shop.openGroups()).isEmpty();
		Api.expect(shop.join(shop.buyer(), groupId), 409);
		assertThat(shop.join(shop.buyer(), groupId).text("code")).isEqualTo("GROUP_CLOSED");
	}

	@Test
	void aSeatComesBackWhenItsOrderIsCancelledOrNotPaidInTime() {
		GroupShop shop = GroupShop.open(Api.onPort(port), PRICE, 10, 2, GROUP_PRICE);
		Buyer leader = shop.buyer();
		JsonNode started = shop.started(leader);
		shop.pay(leader, started.path("orderId").asString());
		String groupId = started.path("groupId").asString();
		Buyer changesMind = shop.buyer();
		String held = shop.joined(changesMind, groupId).path("orderId").asString();
		Api.Response full = shop.join(shop.buyer(), groupId);
		assertThat(full.status()).isEqualTo(409);
		assertThat(full.text("code")).isEqualTo("GROUP_FULL");

		Api.expect(shop.api.post("/api/orders/" + held + "/cancel", changesMind.token(), Map.of("reasonCode", "CHANGED_MIND")),
				200);
		assertThat(shop.group(groupId).path("seatsHeld").asInt()).isEqualTo(1);
		Buyer slow = shop.buyer();
		String unpaid = shop.joined(slow, groupId).path("orderId").asString();
		assertThat(shop.group(groupId).path("seatsHeld").asInt()).isEqualTo(2);

		clock.advance(Duration.ofMinutes(16));
		awaitOrder(shop, unpaid, o -> "PAYMENT_TIMEOUT".equals(o.path("cancellation").path("reasonCode").asString()));
		JsonNode group = shop.group(groupId);
		assertThat(group.path("seatsHeld").asInt()).isEqualTo(1);
		assertThat(group.path("members")).hasSize(1);
		assertThat(shop.joined(shop.buyer(), groupId).path("groupId").asString()).isEqualTo(groupId);
	}

	@Test
	void aPaymentArrivingAfterItsGroupFailedIsRefundedAndTheBuyerTold() {
		GroupShop shop = GroupShop.open(Api.onPort(port), PRICE, 10, 3, GROUP_PRICE);
		Buyer leader = shop.buyer();
		String leaderOrder = shop.started(leader).path("orderId").asString();
		shop.pay(leader, leaderOrder);
		String groupId = shop.order(leaderOrder).path("groupId").asString();
		clock.advance(WINDOW.minusMinutes(10));
		Buyer late = shop.buyer();
		String lateOrder = shop.joined(late, groupId).path("orderId").asString();
		clock.advance(Duration.ofMinutes(11));
		awaitGroup(shop, groupId, "FAILED");
		JsonNode cancelled = shop.order(lateOrder);
		assertThat(cancelled.path("cancellation").path("reasonCode").asString()).isEqualTo("GROUP_FAILED");

		Api.expect(GatewayCallbacks.deliver(shop.api, "late-" + UUID.randomUUID(), lateOrder, GROUP_PRICE), 200);

		JsonNode refunded = awaitOrder(shop, lateOrder,
				o -> "REFUNDED".equals(o.path("payment").path("status").asString()));
		assertThat(refunded.path("status").asString()).isEqualTo("CANCELLED");
		assertThat(refunded.path("payment").path("paidFen").asLong()).isEqualTo(GROUP_PRICE);
		assertThat(refunded.path("payment").path("refundedFen").asLong()).isEqualTo(GROUP_PRICE);
		assertThat(notificationTypes(late)).contains("GROUP_FAILED", "REFUNDED");
	}

	@Test
	void aPaymentOfAnExpiredGroupNotYetSettledCancelsAndRefundsTheOrder() {
		GroupShop shop = GroupShop.open(Api.onPort(port), PRICE, 10, 2, GROUP_PRICE);
		Buyer leader = shop.buyer();
		String leaderOrder = shop.started(leader).path("orderId").asString();
		String groupId = shop.order(leaderOrder).path("groupId").asString();
		Buyer late = shop.buyer();
		String lateOrder = shop.joined(late, groupId).path("orderId").asString();
		jdbc.sql("UPDATE buy_group SET expires_at = :at WHERE id = :id")
			.param("at", java.time.OffsetDateTime.ofInstant(clock.instant().minusSeconds(1), java.time.ZoneOffset.UTC))
			.param("id", groupId).update();

		Api.expect(GatewayCallbacks.deliver(shop.api, "late-" + UUID.randomUUID(), lateOrder, GROUP_PRICE), 200);

		JsonNode refunded = awaitOrder(shop, lateOrder, o -> "REFUNDED".equals(o.path("payment").path("status").asString()));
		assertThat(refunded.path("cancellation").path("reasonCode").asString()).isEqualTo("GROUP_FAILED");
		assertThat(refunded.path("timeline").findValuesAsString("event")).containsSubsequence("PAID", "CANCELLED", "REFUNDED");
		assertThat(notificationTypes(late)).contains("GROUP_FAILED", "REFUNDED");
	}

	@Test
	void aMerchantShipsAGroupBeforeItFillsAtTheGroupPriceAndUnpaidMembersAreCancelled() {
		GroupShop shop = GroupShop.open(Api.onPort(port), PRICE, 10, 3, GROUP_PRICE);
		Buyer leader = shop.buyer();
		String paidOrder = shop.started(leader).path("orderId").asString();
		String groupId = shop.order(paidOrder).path("groupId").asString();
		Api.Response unpaidGroup = shop.api.post("/api/merchant/groups/" + groupId + "/complete", shop.merchantToken(), null);
		assertThat(unpaidGroup.status()).isEqualTo(409);
		assertThat(unpaidGroup.text("code")).isEqualTo("INVALID_STATE");
		shop.pay(leader, paidOrder);
		String unpaidOrder = shop.joined(shop.buyer(), groupId).path("orderId").asString();
		GroupShop otherShop = GroupShop.open(shop.api, PRICE, 10, 3, GROUP_PRICE);
		Api.expect(shop.api.post("/api/merchant/groups/" + groupId + "/complete", otherShop.merchantToken(), null), 404);

		JsonNode group = Api.expect(shop.api.post("/api/merchant/groups/" + groupId + "/complete", shop.merchantToken(), null),
				200).body();

		assertThat(group.path("status").asString()).isEqualTo("COMPLETE");
		assertThat(group.path("completedByMerchant").asBoolean()).isTrue();
		JsonNode shipped = shop.order(paidOrder);
		assertThat(shipped.path("status").asString()).isEqualTo("TO_SHIP");
		assertThat(shipped.path("totalFen").asLong()).isEqualTo(GROUP_PRICE);
		assertThat(shipped.path("timeline").findValuesAsString("reasonCode")).contains("COMPLETED_BY_MERCHANT");
		assertThat(shop.order(unpaidOrder).path("cancellation").path("reasonCode").asString()).isEqualTo("GROUP_CLOSED");
		Api.Response again = shop.api.post("/api/merchant/groups/" + groupId + "/complete", shop.merchantToken(), null);
		assertThat(again.status()).isEqualTo(409);
		assertThat(again.text("code")).isEqualTo("GROUP_CLOSED");
	}

	@Test
	void aDelistingFailsTheProductsOpenGroupsWithRefunds() {
		GroupShop shop = GroupShop.open(Api.onPort(port), PRICE, 10, 3, GROUP_PRICE);
		Buyer leader = shop.buyer();
		String orderId = shop.started(leader).path("orderId").asString();
		shop.pay(leader, orderId);
		String groupId = shop.order(orderId).path("groupId").asString();

		Api.expect(shop.api.post("/api/merchant/products/" + shop.productId + "/delist", shop.merchantToken(),
				Map.of("reasonCode", "OUT_OF_STOCK", "note", "断货")), 200);

		JsonNode order = awaitOrder(shop, orderId, o -> "REFUNDED".equals(o.path("payment").path("status").asString()));
		assertThat(order.path("cancellation").path("reasonCode").asString()).isEqualTo("GROUP_FAILED");
		assertThat(shop.group(groupId).path("status").asString()).isEqualTo("FAILED");
	}

	@Test
	void aMerchantsCancelOfAGroupingOrderIsRefundedAndCompensated() {
		GroupShop shop = GroupShop.open(Api.onPort(port), PRICE, 10, 3, GROUP_PRICE);
		Buyer leader = shop.buyer();
		String orderId = shop.started(leader).path("orderId").asString();
		shop.pay(leader, orderId);

		Api.expect(shop.api.post("/api/merchant/orders/" + orderId + "/cancel", shop.merchantToken(),
				Map.of("reasonCode", "OUT_OF_STOCK", "note", "断货")), 200);

		JsonNode order = awaitOrder(shop, orderId, o -> o.path("compensations").size() == 1
				&& "REFUNDED".equals(o.path("payment").path("status").asString()));
		assertThat(order.path("compensations").get(0).path("ruleCode").asString()).isEqualTo("STOCK_OUT_CANCEL");
		JsonNode group = shop.group(order.path("groupId").asString());
		assertThat(group.path("paidMembers").asInt()).isZero();
		assertThat(group.path("seatsHeld").asInt()).isZero();
	}

	@Test
	void refusesGroupBuyWhereItIsNotOfferedAndGroupsThatDoNotExist() {
		GroupShop shop = GroupShop.open(Api.onPort(port), PRICE, 10, 2, GROUP_PRICE);
		TestShop plain = TestShop.open(shop.api, "不拼团", PRICE, 10);
		Api.Response notOffered = shop.api.send("POST", "/api/orders", plain.buyerToken(),
				Map.of("skuId", plain.skuId, "quantity", 1, "startGroup", true), Map.of("Idempotency-Key", UUID.randomUUID().toString()));
		assertThat(notOffered.status()).isEqualTo(409);
		assertThat(notOffered.text("code")).isEqualTo("GROUP_BUY_NOT_OFFERED");
		Api.Response noGroup = shop.join(shop.buyer(), "no-such-group");
		assertThat(noGroup.status()).isEqualTo(404);
		String groupId = shop.started(shop.buyer()).path("groupId").asString();
		Api.Response otherSku = shop.api.send("POST", "/api/orders", plain.buyerToken(),
				Map.of("skuId", plain.skuId, "quantity", 1, "groupId", groupId), Map.of("Idempotency-Key", UUID.randomUUID().toString()));
		assertThat(otherSku.status()).isEqualTo(404);
		Buyer twice = shop.buyer();
		shop.joined(twice, groupId);
		assertThat(shop.group(groupId).path("seatsHeld").asInt()).isEqualTo(2);
		Api.expect(shop.api.get("/api/groups/no-such-group", null), 404);
		Api.expect(shop.api.get("/api/products/no-such-product/groups", null), 404);
		assertThat(plain.available()).isEqualTo(10);
	}

	@Test
	void theDashboardCountsGroupsFormedAndFailed() {
		JsonNode before = Api.expect(Api.onPort(port).get("/api/admin/stats", Api.onPort(port).adminToken()), 200).body();
		GroupShop shop = GroupShop.open(Api.onPort(port), PRICE, 10, 2, GROUP_PRICE);
		Buyer leader = shop.buyer();
		String orderId = shop.started(leader).path("orderId").asString();
		shop.pay(leader, orderId);
		Api.expect(shop.api.post("/api/merchant/groups/" + shop.order(orderId).path("groupId").asString() + "/complete",
				shop.merchantToken(), null), 200);
		shop.started(shop.buyer());
		clock.advance(WINDOW.plusMinutes(1));
		TestShop.awaitPublicationsDone(jdbc);
		long giveUp = System.nanoTime() + Duration.ofSeconds(20).toNanos();
		JsonNode after = stats(shop);
		while (after.path("groupsFailed").asLong() == before.path("groupsFailed").asLong() && System.nanoTime() < giveUp) {
			after = stats(shop);
		}
		assertThat(after.path("groupsFormed").asLong()).isGreaterThan(before.path("groupsFormed").asLong());
		assertThat(after.path("groupsFailed").asLong()).isGreaterThan(before.path("groupsFailed").asLong());
	}

	private static JsonNode stats(GroupShop shop) {
		return Api.expect(shop.api.get("/api/admin/stats", shop.api.adminToken()), 200).body();
	}

	private JsonNode awaitOrder(GroupShop shop, String orderId, Predicate<JsonNode> condition) {
		long giveUp = System.nanoTime() + Duration.ofSeconds(20).toNanos();
		JsonNode order = shop.order(orderId);
		while (!condition.test(order) && System.nanoTime() < giveUp) {
			pause();
			order = shop.order(orderId);
		}
		assertThat(condition.test(order)).as("order %s reached the expected state: %s", orderId, order).isTrue();
		return order;
	}

	private void awaitGroup(GroupShop shop, String groupId, String status) {
		long giveUp = System.nanoTime() + Duration.ofSeconds(20).toNanos();
		while (!status.equals(shop.group(groupId).path("status").asString()) && System.nanoTime() < giveUp) {
			pause();
		}
		assertThat(shop.group(groupId).path("status").asString()).isEqualTo(status);
	}

	private List<String> notificationTypes(Buyer buyer) {
		TestShop.awaitPublicationsDone(jdbc);
		return Api.expect(Api.onPort(port).get("/api/me/notifications?size=50", buyer.token()), 200).body().path("items")
			.findValuesAsString("type");
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
