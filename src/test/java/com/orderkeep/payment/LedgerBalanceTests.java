package com.orderkeep.payment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.orderkeep.support.Api;
import com.orderkeep.support.GatewayCallbacks;
import com.orderkeep.support.MutableClock;
import com.orderkeep.support.OrderkeepHttpTest;

import tools.jackson.databind.JsonNode;

/**
 * Orders driven down every road money can take (never paid, refunded after a buyer's or a merchant's cancel,
 * settled to the merchant, paid too late, paid twice, paid the wrong amount, called back twice); afterwards the
 * ledger balances and explains each order's payment line by line.
 */
@OrderkeepHttpTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LedgerBalanceTests {

	private static final long PRICE_FEN = 3680;

	@LocalServerPort
	int port;

	@Autowired
	MutableClock clock;

	@Autowired
	JdbcClient jdbc;

	private Api api;
	private final List<JsonNode> orders = new ArrayList<>();
	private String calledBackTwice;

	record Posting(String journalId, String account, long amountFen, String kind) {
	}

	@BeforeAll
	void driveOrdersDownEveryRoad() throws Exception {
		api = Api.onPort(port);
		Api.Merchant merchant = api.createMerchant("账本果园");
		String skuId = api.createProduct(merchant, "阳光玫瑰 " + UUID.randomUUID(), PRICE_FEN, 100).body().path("skus").get(0)
			.path("skuId").asString();
		String buyer = api.registerBuyer().text("token");

		String paidLate = place(buyer, skuId);
		clock.advance(Duration.ofMinutes(16));
		awaitOrder(buyer, paidLate, o -> "CANCELLED".equals(o.path("status").asString()));
		assertThat(callback("LATE-" + UUID.randomUUID(), paidLate, PRICE_FEN).path("outcome").asString())
			.isEqualTo("RETURNED_TO_BUYER");

		String neverPaid = place(buyer, skuId);
		Api.expect(api.post("/api/orders/" + neverPaid + "/cancel", buyer, Map.of("reasonCode", "ORDERED_BY_MISTAKE")), 200);

		String cancelledByBuyer = pay(buyer, place(buyer, skuId));
		Api.expect(api.post("/api/orders/" + cancelledByBuyer + "/cancel", buyer, Map.of("reasonCode", "CHANGED_MIND")), 200);

		String cancelledByMerchant = pay(buyer, place(buyer, skuId));
		Api.expect(api.post("/api/merchant/orders/" + cancelledByMerchant + "/cancel", merchant.token(),
				Map.of("reasonCode", "OUT_OF_STOCK", "note", "冷库断货")), 200);

		String completed = pay(buyer, place(buyer, skuId));
		ship(merchant, completed);
		Api.expect(api.post("/api/orders/" + completed + "/confirm-receipt", buyer, null), 200);

		calledBackTwice = place(buyer, skuId);
		String txn = "DUP-" + UUID.randomUUID();
		assertThat(callback(txn, calledBackTwice, PRICE_FEN).path("outcome").asString()).isEqualTo("APPLIED");
		assertThat(callback(txn, calledBackTwice, PRICE_FEN).path("outcome").asString()).isEqualTo("DUPLICATE");

		String paidWrongThenRight = place(buyer, skuId);
		assertThat(callback("WRONG-" + UUID.randomUUID(), paidWrongThenRight, PRICE_FEN - 1).path("outcome").asString())
			.isEqualTo("RETURNED_TO_BUYER");
		awaitOrder(buyer, paidWrongThenRight, o -> "REFUNDED".equals(o.path("payment").path("status").asString()));
		pay(buyer, paidWrongThenRight);

		String paidTwiceThenCompleted = pay(buyer, place(buyer, skuId));
		assertThat(callback("AGAIN-" + UUID.randomUUID(), paidTwiceThenCompleted, PRICE_FEN).path("outcome").asString())
			.isEqualTo("RETURNED_TO_BUYER");
		awaitOrder(buyer, paidTwiceThenCompleted, o -> "PAID".equals(o.path("payment").path("status").asString()));
		ship(merchant, paidTwiceThenCompleted);
		Api.expect(api.post("/api/orders/" + paidTwiceThenCompleted + "/confirm-receipt", buyer, null), 200);

		for (String id : List.of(neverPaid, cancelledByBuyer, cancelledByMerchant, paidLate)) {
			// the merchant's cancel of a paid order is compensated too
			int compensations = id.equals(cancelledByMerchant) ? 1 : 0;
			orders.add(awaitOrder(buyer, id, o -> "CANCELLED".equals(o.path("status").asString())
					&& List.of("UNPAID", "REFUNDED").contains(o.path("payment").path("status").asString())
					&& o.path("compensations").size() == compensations));
		}
		for (String id : List.of(completed, paidTwiceThenCompleted)) {
			orders.add(awaitOrder(buyer, id, o -> "COMPLETED".equals(o.path("status").asString())
					&& "PAID".equals(o.path("payment").path("status").asString())
					&& postingsOf(id).stream().anyMatch(p -> "SETTLEMENT".equals(p.kind()))));
		}
		for (String id : List.of(calledBackTwice, paidWrongThenRight)) {
			orders.add(awaitOrder(buyer, id, o -> "TO_SHIP".equals(o.path("status").asString())
					&& "PAID".equals(o.path("payment").path("status").asString())));
		}
	}

	@Test
	void balancesEveryJournal() {
		List<String> unbalanced = jdbc
			.sql("SELECT journal_id FROM ledger_entry GROUP BY journal_id HAVING SUM(amount_fen) <> 0")
			.query(String.class).list();
		assertThat(unbalanced).isEmpty();
	}

	@Test
	void sumsToZeroOverAllPostings() {
		long total = jdbc.sql("SELECT COALESCE(SUM(amount_fen), 0) FROM ledger_entry").query(Long.class).single();
		assertThat(total).isZero();
	}

	@Test
	void explainsEachOrdersPaymentLineByLine() {
		assertThat(orders).hasSize(8);
		for (JsonNode order : orders) {
			String id = order.path("orderId").asString();
			long paid = order.path("payment").path("paidFen").asLong();
			long refunded = order.path("payment").path("refundedFen").asLong();
			List<Posting> postings = postingsOf(id);
			long escrow = sum(postings, "ESCROW:" + id, null);
			long captured = sum(postings, "GATEWAY", "CAPTURE");
			long refundedFromEscrow = sum(postings, "ESCROW:" + id, "REFUND");
			long settled = sum(postings, "ESCROW:" + id, "SETTLEMENT");

			assertThat(captured).as("captured for %s", order.path("status")).isEqualTo(paid);
			assertThat(refundedFromEscrow).as("refunded for %s", order.path("status")).isEqualTo(refunded);
			assertThat(escrow).as("escrow of %s", order.path("status")).isEqualTo(-(paid - refunded - settled));
			long compensated = 0;
			for (JsonNode compensation : order.path("compensations")) {
				compensated += compensation.path("amountFen").asLong();
			}
			assertThat(sum(postings, "GATEWAY", "COMPENSATION") + sum(postings, "GATEWAY", "PLATFORM_ADVANCE"))
				.as("compensation paid out for %s", order.path("status")).isEqualTo(-compensated);
			assertThat(postings).allSatisfy(p -> assertThat(p.kind())
				.isIn("CAPTURE", "REFUND", "SETTLEMENT", "COMPENSATION", "PLATFORM_ADVANCE"));
		}
	}

	@Test
	void paysACompletedOrdersTotalToItsMerchantAndEmptiesItsEscrow() {
		List<JsonNode> completed = orders.stream().filter(o -> "COMPLETED".equals(o.path("status").asString())).toList();
		assertThat(completed).hasSize(2);
		for (JsonNode order : completed) {
			String id = order.path("orderId").asString();
			List<Posting> postings = postingsOf(id);
			assertThat(sum(postings, "ESCROW:" + id, null)).isZero();
			assertThat(sum(postings, "MERCHANT:" + order.path("merchantId").asString(), "SETTLEMENT"))
				.as("credited to the merchant").isEqualTo(-order.path("totalFen").asLong());
		}
	}

	@Test
	void emptiesACancelledOrdersEscrow() {
		List<JsonNode> cancelled = orders.stream().filter(o -> "CANCELLED".equals(o.path("status").asString())).toList();
		assertThat(cancelled).hasSize(4);
		for (JsonNode order : cancelled) {
			String id = order.path("orderId").asString();
			assertThat(sum(postingsOf(id), "ESCROW:" + id, null)).as("escrow of %s", order.path("cancellation")).isZero();
			assertThat(order.path("payment").path("paidFen").asLong()).isEqualTo(order.path("payment").path("refundedFen").asLong());
		}
	}

	@Test
	void recordsACallbackSentTwiceOnce() {
		JsonNode order = orders.stream().filter(o -> o.path("orderId").asString().equals(calledBackTwice)).findFirst()
			.orElseThrow();
		assertThat(order.path("payment").path("paidFen").asLong()).isEqualTo(PRICE_FEN);
		assertThat(postingsOf(calledBackTwice).stream().filter(p -> "CAPTURE".equals(p.kind())).map(Posting::journalId)
			.distinct()).as("capture journals").hasSize(1);
	}

	// --- the shared steps ---

	private String place(String buyer, String skuId) {
		return Api.expect(api.placeOrder(buyer, skuId, 1, UUID.randomUUID().toString()), 201).text("orderId");
	}

	private String pay(String buyer, String orderId) {
		Api.expect(api.post("/api/orders/" + orderId + "/pay", buyer, null), 200);
		return orderId;
	}

	private void ship(Api.Merchant merchant, String orderId) {
		Api.expect(api.post("/api/merchant/orders/" + orderId + "/ship", merchant.token(),
				Map.of("carrier", "顺丰", "trackingNo", "SF" + System.nanoTime())), 200);
	}

	private JsonNode callback(String gatewayTxnId, String orderId, long amountFen) {
		return Api.expect(GatewayCallbacks.deliver(api, gatewayTxnId, orderId, amountFen), 200).body();
	}

	private JsonNode awaitOrder(String buyer, String orderId, Predicate<JsonNode> until) throws InterruptedException {
		Instant giveUp = Instant.now().plus(Duration.ofSeconds(30));
		JsonNode order = Api.expect(api.get("/api/orders/" + orderId, buyer), 200).body();
		while (!until.test(order)) {
			assertThat(Instant.now()).as("order %s settled in time: %s", orderId, order).isBefore(giveUp);
			Thread.sleep(100);
			order = Api.expect(api.get("/api/orders/" + orderId, buyer), 200).body();
		}
		return order;
	}

	private List<Posting> postingsOf(String orderId) {
		return jdbc.sql("SELECT journal_id, account, amount_fen, kind FROM ledger_entry WHERE order_id = :orderId")
			.param("orderId", orderId)
			.query((rs, n) -> new Posting(rs.getString("journal_id"), rs.getString("account"), rs.getLong("amount_fen"),
					rs.getString("kind")))
			.list();
	}

	private static long sum(List<Posting> postings, String account, String kind) {
		return postings.stream()
			.filter(p -> p.account().equals(account) && (kind == null || p.kind().equals(kind)))
			.mapToLong(Posting::amountFen).sum();
	}
}
