package com.orderkeep.groupbuy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
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
 * Money balances over every road a group order can take: a group that completes and ships, one that fails with
 * paid and unpaid members, one the merchant completes early, a member cancelled by the merchant, and a payment that
 * comes after its group failed. Every journal sums to zero, and each order's escrow holds what was paid and neither
 * refunded nor settled.
 */
@OrderkeepHttpTest
class GroupLedgerTests {

	private static final long PRICE = 8_800;
	private static final long GROUP_PRICE = 6_600;

	@LocalServerPort
	int port;

	@Autowired
	MutableClock clock;

	@Autowired
	JdbcClient jdbc;

	record Posting(String journalId, String account, long amountFen, String kind) {
	}

	@Test
	void everyGroupOrdersMoneyIsExplainedLineByLine() throws Exception {
		GroupShop shop = GroupShop.open(Api.onPort(port), PRICE, 100, 2, GROUP_PRICE);
		List<String> orders = new ArrayList<>();

		Buyer a = shop.buyer();
		JsonNode completing = shop.started(a);
		shop.pay(a, completing.path("orderId").asString());
		Buyer b = shop.buyer();
		String joined = shop.joined(b, completing.path("groupId").asString()).path("orderId").asString();
		shop.pay(b, joined);
		orders.add(completing.path("orderId").asString());
		orders.add(joined);
		awaitStatus(shop, joined, "TO_SHIP");
		Api.expect(shop.api.post("/api/merchant/orders/" + joined + "/ship", shop.merchantToken(),
				Map.of("carrier", "SF", "trackingNo", "SF" + UUID.randomUUID().toString().substring(0, 8))), 200);
		Api.expect(shop.api.post("/api/orders/" + joined + "/confirm-receipt", b.token(), null), 200);

		Buyer c = shop.buyer();
		JsonNode early = shop.started(c);
		shop.pay(c, early.path("orderId").asString());
		Api.expect(shop.api.post("/api/merchant/groups/" + early.path("groupId").asString() + "/complete",
				shop.merchantToken(), null), 200);
		orders.add(early.path("orderId").asString());

		Buyer d = shop.buyer();
		String cancelledByMerchant = shop.started(d).path("orderId").asString();
		shop.pay(d, cancelledByMerchant);
		Api.expect(shop.api.post("/api/merchant/orders/" + cancelledByMerchant + "/cancel", shop.merchantToken(),
				Map.of("reasonCode", "OUT_OF_STOCK", "note", "断货")), 200);
		orders.add(cancelledByMerchant);

		Buyer e = shop.buyer();
		JsonNode failing = shop.started(e);
		shop.pay(e, failing.path("orderId").asString());
		orders.add(failing.path("orderId").asString());
		clock.advance(Duration.ofHours(24).minusMinutes(10));
		Buyer f = shop.buyer();
		String latePayer = shop.joined(f, failing.path("groupId").asString()).path("orderId").asString();
		orders.add(latePayer);
		clock.advance(Duration.ofMinutes(11));
		awaitStatus(shop, latePayer, "CANCELLED");
		Api.expect(GatewayCallbacks.deliver(shop.api, "late-" + UUID.randomUUID(), latePayer, GROUP_PRICE), 200);

		for (String orderId : orders) {
			awaitSettled(shop, orderId);
		}
		TestShop.awaitPublicationsDone(jdbc);

		assertThat(jdbc.sql("SELECT journal_id FROM ledger_entry GROUP BY journal_id HAVING SUM(amount_fen) <> 0")
			.query(String.class).list()).as("journals that do not balance").isEmpty();
		for (String orderId : orders) {
			JsonNode order = shop.order(orderId);
			long paid = order.path("payment").path("paidFen").asLong();
			long refunded = order.path("payment").path("refundedFen").asLong();
			List<Posting> postings = postingsOf(orderId);
			long settled = sum(postings, "ESCROW:" + orderId, "SETTLEMENT");
			assertThat(sum(postings, "GATEWAY", "CAPTURE")).as("captured for %s", orderId).isEqualTo(paid);
			assertThat(sum(postings, "ESCROW:" + orderId, "REFUND")).as("refunded for %s", orderId).isEqualTo(refunded);
			assertThat(sum(postings, "ESCROW:" + orderId, null)).as("escrow of %s", orderId)
				.isEqualTo(-(paid - refunded - settled));
			if ("CANCELLED".equals(order.path("status").asString())) {
				assertThat(refunded).as("refunded in full: %s", order).isEqualTo(paid);
			}
		}
		assertThat(shop.order(orders.get(4)).path("payment").path("refundedFen").asLong()).isEqualTo(GROUP_PRICE);
		assertThat(shop.order(latePayer).path("payment").path("refundedFen").asLong()).isEqualTo(GROUP_PRICE);
	}

	private static void awaitStatus(GroupShop shop, String orderId, String status) throws InterruptedException {
		long giveUp = System.nanoTime() + Duration.ofSeconds(20).toNanos();
		while (!status.equals(shop.order(orderId).path("status").asString()) && System.nanoTime() < giveUp) {
			Thread.sleep(50);
		}
		assertThat(shop.order(orderId).path("status").asString()).isEqualTo(status);
	}

	/** Until nothing is owed to the buyer: every refund due has been paid. */
	private static void awaitSettled(GroupShop shop, String orderId) throws InterruptedException {
		long giveUp = System.nanoTime() + Duration.ofSeconds(20).toNanos();
		while ("REFUNDING".equals(shop.order(orderId).path("payment").path("status").asString())
				&& System.nanoTime() < giveUp) {
			Thread.sleep(50);
		}
		assertThat(shop.order(orderId).path("payment").path("status").asString()).isNotEqualTo("REFUNDING");
	}

	private List<Posting> postingsOf(String orderId) {
		return jdbc.sql("SELECT journal_id, account, amount_fen, kind FROM ledger_entry WHERE order_id = :orderId")
			.param("orderId", orderId)
			.query((rs, n) -> new Posting(rs.getString("journal_id"), rs.getString("account"), rs.getLong("amount_fen"),
					rs.getString("kind")))
			.list();
	}

	private static long sum(List<Posting> postings, String account, @Nullable String kind) {
		return postings.stream()
			.filter(p -> p.account().equals(account) && (kind == null || p.kind().equals(kind)))
			.mapToLong(Posting::amountFen).sum();
	}
}
