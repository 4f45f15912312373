package com.orderkeep.protection.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import com.orderkeep.ordering.OrderShipped;
import com.orderkeep.payment.MerchantMoney;
import com.orderkeep.protection.RuleCode;
import com.orderkeep.shared.LocalizedText;
import com.orderkeep.shared.SqlTime;
import com.orderkeep.support.Api;
import com.orderkeep.support.MutableClock;
import com.orderkeep.support.OrderkeepHttpTest;
import com.orderkeep.support.TestShop;

import tools.jackson.databind.JsonNode;

/**
 * The platform's rules act by themselves, judged by an injected clock: a paid order must ship by its promise or it is
 * cancelled, refunded and compensated; a merchant's cancel of a paid order is compensated; a delisting cancels unpaid
 * orders and never leaves a merchant less than a day to ship the paid ones; each compensation follows the rule's
 * version in force when its trigger happened, is paid once, comes out of the merchant's deposit or is advanced by
 * the platform, and balances on the ledger.
 */
@OrderkeepHttpTest
class BuyerProtectionTests {

	/** ¥399: 5 % is ¥19.95, 10 % is ¥39.90, both between the default rules' floors and caps. */
	private static final long PRICE = 39_900;
	private static final Duration SHIP_BY = Duration.ofHours(48);

	@LocalServerPort
	int port;

	@Autowired
	MutableClock clock;

	@Autowired
	MerchantMoney money;

	@Autowired
	MerchantFaults merchantFaults;

	@Autowired
	ShipByReminders reminders;

	@Autowired
	Grants grants;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transaction;

	@Test
	void aPaidOrderNotShippedByItsPromiseIsCancelledRefundedAndCompensatedByThePlatformsAdvance() {
		TestShop market = shop();
		String orderId = market.paidOrder(1);
		JsonNode paid = market.order(orderId);
		Instant paidAt = entryAt(paid, "PAID");
		assertThat(deadline(paid, "SHIP_BY")).isEqualTo(paidAt.plus(SHIP_BY));

		clock.advance(SHIP_BY);
		JsonNode cancelled = market.awaitOrder(orderId, o -> o.path("compensations").size() == 1
				&& "REFUNDED".equals(o.path("payment").path("status").asString()));

		assertThat(cancelled.path("status").asString()).isEqualTo("CANCELLED");
		assertThat(cancelled.path("cancellation").path("reasonCode").asString()).isEqualTo("NOT_SHIPPED_IN_TIME");
		assertThat(cancelled.path("payment").path("refundedFen").asLong()).isEqualTo(PRICE);
		JsonNode compensation = cancelled.path("compensations").get(0);
		assertThat(compensation.path("ruleCode").asString()).isEqualTo("LATE_SHIPMENT");
		assertThat(compensation.path("amountFen").asLong()).isEqualTo(1_995);
		assertThat(compensation.path("kind").asString()).isEqualTo("CASH");
		assertThat(compensation.path("fundedBy").asString()).isEqualTo("PLATFORM_ADVANCE");
		assertThat(compensation.path("message").asString()).contains("did not ship", "advanced");
		assertThat(market.deposit().path("debtFen").asLong()).isEqualTo(1_995);
		assertLedgerAgreesWithDeposit(market);
	}

	@Test
	void aMerchantsCancelOfAPaidOrderIsCompensatedOutOfItsDeposit() {
		TestShop market = shop();
		market.topUp(100_000);
		String orderId = market.paidOrder(1);

		Api.expect(market.api.post("/api/merchant/orders/" + orderId + "/cancel", market.merchantToken(),
				Map.of("reasonCode", "OUT_OF_STOCK", "note", "仓库断货")), 200);
		JsonNode order = market.awaitOrder(orderId, o -> o.path("compensations").size() == 1);

		JsonNode compensation = order.path("compensations").get(0);
		assertThat(compensation.path("ruleCode").asString()).isEqualTo("STOCK_OUT_CANCEL");
		assertThat(compensation.path("amountFen").asLong()).isEqualTo(3_990);
		assertThat(compensation.path("fundedBy").asString()).isEqualTo("MERCHANT_DEPOSIT");
		assertThat(order.path("timeline")).anySatisfy(entry -> {
			assertThat(entry.path("event").asString()).isEqualTo("COMPENSATED");
			assertThat(entry.path("reasonCode").asString()).isEqualTo("STOCK_OUT_CANCEL");
		});
		JsonNode deposit = market.deposit();
		assertThat(deposit.path("balanceFen").asLong()).isEqualTo(100_000 - 3_990);
		assertThat(deposit.path("debtFen").asLong()).isZero();
		assertThat(deposit.path("postings").get(0).path("kind").asString()).isEqualTo("DEDUCTION");
		assertThat(deposit.path("postings").get(0).path("amountFen").asLong()).isEqualTo(-3_990);
		assertThat(deposit.path("postings").get(0).path("orderId").asString()).isEqualTo(orderId);
		assertLedgerAgreesWithDeposit(market);
	}

	@Test
	void aBuyersOwnCancelIsNotCompensated() {
		TestShop market = shop();
		String orderId = market.paidOrder(1);

		Api.expect(market.api.post("/api/orders/" + orderId + "/cancel", market.buyerToken(),
				Map.of("reasonCode", "CHANGED_MIND")), 200);
		JsonNode order = market.awaitOrder(orderId, o -> "REFUNDED".equals(o.path("payment").path("status").asString()));

		assertThat(order.path("compensations")).isEmpty();
		assertThat(order.path("deadlines")).isEmpty();
	}

	@Test
	void aDelistingCancelsUnpaidOrdersAtOnceAndGivesTheMerchantADayToShipThePaidOnes() {
		TestShop market = shop();
		String paid = market.paidOrder(1);
		Instant paidAt = entryAt(market.order(paid), "PAID");
		clock.advance(Duration.ofHours(40));
		String unpaid = market.placedOrder(1);
		assertThat(market.available()).isEqualTo(8);

		Api.expect(market.api.post("/api/merchant/products/" + market.productId + "/delist", market.merchantToken(),
				Map.of("reasonCode", "OUT_OF_STOCK", "note", "断货")), 200);
		Instant delistedAt = clock.instant();

		JsonNode cancelled = market.awaitOrder(unpaid, o -> "CANCELLED".equals(o.path("status").asString()));
		assertThat(cancelled.path("cancellation").path("reasonCode").asString()).isEqualTo("PRODUCT_DELISTED");
		assertThat(cancelled.path("cancellation").path("by").asString()).isEqualTo("SYSTEM:orderkeep");
		assertThat(market.available()).isEqualTo(9);

		JsonNode standing = market.awaitOrder(paid, o -> hasEntry(o, "PRODUCT_DELISTED"));
		assertThat(standing.path("status").asString()).isEqualTo("TO_SHIP");
		assertThat(deadline(standing, "SHIP_BY")).isEqualTo(delistedAt.plus(Duration.ofHours(24)))
			.isAfter(paidAt.plus(SHIP_BY));
		JsonNode merchantList = Api.expect(market.api.get("/api/merchant/orders?affectedByDelisting=true",
				market.merchantToken()), 200).body();
		assertThat(merchantList.path("items")).singleElement().satisfies(item -> {
			assertThat(item.path("orderId").asString()).isEqualTo(paid);
			assertThat(deadline(item, "SHIP_BY")).isEqualTo(delistedAt.plus(Duration.ofHours(24)));
		});

		clock.advance(Duration.ofHours(24));
		JsonNode broken = market.awaitOrder(paid, o -> o.path("compensations").size() == 2);
		assertThat(broken.path("cancellation").path("reasonCode").asString()).isEqualTo("NOT_SHIPPED_IN_TIME");
		assertThat(rules(broken)).containsExactlyInAnyOrder("LATE_SHIPMENT", "STOCK_OUT_CANCEL");
		assertThat(broken.path("compensations")).extracting(c -> c.path("amountFen").asLong())
			.containsExactlyInAnyOrder(1_995L, 3_990L);
		assertLedgerAgreesWithDeposit(market);
	}

	@Test
	void aShipmentAfterThePromiseIsCompensatedAsLate() {
		TestShop market = shop();
		String orderId = market.paidOrder(1);
		Instant shipBy = deadline(market.order(orderId), "SHIP_BY");

		merchantFaults.on(new OrderShipped(orderId, market.merchantId, "顺丰", "SF1", shipBy.plusSeconds(60)));
		merchantFaults.on(new OrderShipped(orderId, market.merchantId, "顺丰", "SF1", shipBy.plusSeconds(60)));

		JsonNode order = market.awaitOrder(orderId, o -> o.path("compensations").size() == 1);
		assertThat(rules(order)).containsExactly("LATE_SHIPMENT");
		assertThat(compensationRows(orderId)).isEqualTo(1);
	}

	@Test
	void aShipmentInTimeIsNotCompensatedAndSettlesThePromise() {
		TestShop market = shop();
		String orderId = market.paidOrder(1);

		clock.advance(SHIP_BY.minusMinutes(1));
		Api.expect(market.api.post("/api/merchant/orders/" + orderId + "/ship", market.merchantToken(),
				Map.of("carrier", "顺丰", "trackingNo", "SF" + System.nanoTime())), 200);
		clock.advance(Duration.ofMinutes(2));

		JsonNode order = market.order(orderId);
		assertThat(order.path("status").asString()).isEqualTo("SHIPPED");
		assertThat(deadlines(order)).doesNotContain("SHIP_BY");
		assertThat(order.path("compensations")).isEmpty();
	}

	@Test
	void eachOrderIsJudgedByTheRuleVersionInForceWhenItsTriggerHappened() {
		TestShop market = shop();
		market.topUp(1_000_000);
		String before = market.paidOrder(1);
		String after = market.paidOrder(1);
		Instant effective = clock.instant().plus(Duration.ofHours(1));
		JsonNode published = publish("STOCK_OUT_CANCEL", 20, 500, 10_000, effective);
		int version = published.path("version").asInt();
		assertThat(published.path("effectiveFrom").asString()).isEqualTo(effective.toString());

		market.merchantCancel(before, "PRICE_ADJUSTMENT");
		clock.advance(Duration.ofHours(1));
		market.merchantCancel(after, "PRICE_ADJUSTMENT");

		try {
			JsonNode old = market.awaitOrder(before, o -> o.path("compensations").size() == 1).path("compensations").get(0);
			JsonNode current = market.awaitOrder(after, o -> o.path("compensations").size() == 1).path("compensations").get(0);
			assertThat(old.path("ruleVersion").asInt()).isLessThan(version);
			assertThat(old.path("amountFen").asLong()).isEqualTo(3_990);
			assertThat(current.path("ruleVersion").asInt()).isEqualTo(version);
			assertThat(current.path("amountFen").asLong()).isEqualTo(7_980);
			JsonNode listed = Api.expect(market.api.get("/api/admin/compensation-rules", market.api.adminToken()), 200).body();
			assertThat(listed.path("items")).anySatisfy(rule -> {
				assertThat(rule.path("ruleCode").asString()).isEqualTo("STOCK_OUT_CANCEL");
				assertThat(rule.path("version").asInt()).isEqualTo(version);
				assertThat(rule.path("percent").asInt()).isEqualTo(20);
			});
		}
		finally {
			// The rules are the run's shared data: put the shipped figures back for whatever runs next.
			Instant restored = clock.instant().plusSeconds(1);
			publish("STOCK_OUT_CANCEL", 10, 500, 10_000, restored);
			clock.advance(Duration.ofSeconds(1));
		}
	}

	@Test
	void aTopUpRepaysTheDebtFirstAndAMerchantInDebtCannotStartAFlashSale() {
		TestShop market = shop();
		String orderId = market.paidOrder(1);
		clock.advance(SHIP_BY);
		market.awaitOrder(orderId, o -> o.path("compensations").size() == 1);
		assertThat(market.deposit().path("debtFen").asLong()).isEqualTo(1_995);

		Api.Response refused = market.startFlashSale(clock.instant(), 100);
		assertThat(refused.status()).isEqualTo(403);
		assertThat(refused.text("code")).isEqualTo("FORBIDDEN");
		assertThat(refused.text("detail")).contains("owes the platform ¥19.95");

		String key = UUID.randomUUID().toString();
		JsonNode partly = market.topUp(key, 1_000);
		assertThat(partly.path("balanceFen").asLong()).isZero();
		assertThat(partly.path("debtFen").asLong()).isEqualTo(995);
		assertThat(market.topUp(key, 1_000)).isEqualTo(partly);
		Api.Response reused = market.topUpResponse(key, 2_000);
		assertThat(reused.status()).isEqualTo(409);
		assertThat(reused.text("code")).isEqualTo("IDEMPOTENCY_KEY_REUSED");
		assertThat(market.startFlashSale(clock.instant(), 100).status()).isEqualTo(403);

		JsonNode repaid = market.topUp(5_000);
		assertThat(repaid.path("balanceFen").asLong()).isEqualTo(4_005);
		assertThat(repaid.path("debtFen").asLong()).isZero();
		assertThat(repaid.path("postings")).extracting(p -> p.path("kind").asString() + " " + p.path("amountFen").asLong())
			.containsExactly("REPAYMENT -995", "TOP_UP 5000", "REPAYMENT -1000", "TOP_UP 1000", "ADVANCE 1995");
		assertThat(market.startFlashSale(clock.instant(), 100).status()).isEqualTo(201);
		assertLedgerAgreesWithDeposit(market);
	}

	@Test
	void aCompensationIsGrantedOnceHoweverOftenAndWhereverItsTriggerIsSeen() {
		TestShop market = shop();
		market.topUp(10_000);
		String orderId = market.paidOrder(1);
		JsonNode order = market.order(orderId);
		Grants.Due due = new Grants.Due(RuleCode.STOCK_OUT_CANCEL, orderId, order.path("buyerId").asString(),
				market.merchantId, PRICE, "MERCHANT_CANCEL", clock.instant(), 0, new LocalizedText("测试", "test"));

		List<CompletableFuture<Void>> nodes = new ArrayList<>();
		for (int node = 0; node < 8; node++) {
			nodes.add(CompletableFuture.runAsync(() -> transaction.executeWithoutResult(tx -> grants.grant(due))));
		}
		// A node that lost the race for the row may fail; the event publication registry would call it again.
		nodes.forEach(node -> node.handle((done, raced) -> null).join());
		transaction.executeWithoutResult(tx -> grants.grant(due));

		assertThat(compensationRows(orderId)).isEqualTo(1);
		assertThat(jdbc.sql("SELECT COUNT(*) FROM ledger_entry WHERE order_id = :o AND kind = 'COMPENSATION'")
			.param("o", orderId).query(Long.class).single()).isEqualTo(2);
		assertThat(market.deposit().path("balanceFen").asLong()).isEqualTo(10_000 - 3_990);
		assertLedgerAgreesWithDeposit(market);
	}

	@Test
	void topUpsRacingOnANewShopAllCountAndTheLedgerAgrees() {
		TestShop market = shop();
		String token = market.merchantToken();
		List<CompletableFuture<Integer>> topUps = new ArrayList<>();
		for (int i = 0; i < 8; i++) {
			long amount = 1_000L * (i + 1);
			topUps.add(CompletableFuture.supplyAsync(() -> market.api.send("POST", "/api/merchant/deposit/top-up", token,
					Map.of("amountFen", amount), Map.of("Idempotency-Key", UUID.randomUUID().toString())).status()));
		}

		assertThat(topUps).allSatisfy(topUp -> assertThat(topUp.join()).isEqualTo(200));
		assertThat(market.deposit().path("balanceFen").asLong()).isEqualTo(36_000);
		assertThat(market.deposit().path("postings")).hasSize(8);
		assertLedgerAgreesWithDeposit(market);
	}

	@Test
	void aCompensationCommitsWithItsTriggerOrNotAtAll() {
		TestShop market = shop();
		String orderId = market.paidOrder(1);
		JsonNode order = market.order(orderId);
		Grants.Due due = new Grants.Due(RuleCode.LATE_SHIPMENT, orderId, order.path("buyerId").asString(),
				market.merchantId, PRICE, "TEST", clock.instant(), 0, new LocalizedText("测试", "test"));

		try {
			transaction.executeWithoutResult(tx -> {
				grants.grant(due);
				throw new IllegalStateException("the trigger's transaction fails after the grant");
			});
		}
		catch (IllegalStateException expected) {
		}

		assertThat(compensationRows(orderId)).isZero();
		assertThat(market.deposit().path("debtFen").asLong()).isZero();
		assertLedgerAgreesWithDeposit(market);
	}

	@Test
	void theMerchantIsRemindedOnceTwelveHoursBeforeThePromiseEnds() {
		TestShop market = shop();
		String orderId = market.paidOrder(1);

		clock.advance(Duration.ofHours(35));
		reminders.remindDue();
		assertThat(remindedAt(orderId)).isNull();

		clock.advance(Duration.ofHours(1));
		reminders.remindDue();
		Instant reminded = remindedAt(orderId);
		assertThat(reminded).isNotNull();
		clock.advance(Duration.ofHours(1));
		reminders.remindDue();
		assertThat(remindedAt(orderId)).isEqualTo(reminded);
	}

	@Test
	void theWholeLedgerBalances() {
		TestShop market = shop();
		market.topUp(50_000);
		market.merchantCancel(market.paidOrder(1), "PRICE_ADJUSTMENT");
		String late = market.paidOrder(1);
		clock.advance(SHIP_BY);
		market.awaitOrder(late, o -> o.path("compensations").size() == 1);

		assertThat(jdbc.sql("SELECT COALESCE(SUM(amount_fen), 0) FROM ledger_entry").query(Long.class).single()).isZero();
		assertThat(jdbc.sql("SELECT COUNT(*) FROM (SELECT journal_id FROM ledger_entry GROUP BY journal_id "
				+ "HAVING SUM(amount_fen) <> 0) unbalanced").query(Long.class).single()).isZero();
	}

	@Test
	void theDashboardCountsWhatTheRulesDid() {
		TestShop.awaitPublicationsDone(jdbc);
		JsonNode before = stats();
		TestShop market = shop();
		market.merchantCancel(market.paidOrder(1), "PRICE_ADJUSTMENT");
		String stands = market.paidOrder(1);
		Api.expect(market.api.post("/api/merchant/products/" + market.productId + "/delist", market.merchantToken(),
				Map.of("reasonCode", "QUALITY_ISSUE")), 200);
		market.awaitOrder(stands, o -> o.path("affectedByDelisting").asBoolean());
		TestShop.awaitPublicationsDone(jdbc);
		JsonNode after = stats();

		assertThat(after.path("delistingsAfterOrder").asLong() - before.path("delistingsAfterOrder").asLong()).isEqualTo(1);
		assertThat(after.path("ordersByStatus").path("CANCELLED").asLong() - before.path("ordersByStatus").path("CANCELLED").asLong())
			.isEqualTo(1);
		assertThat(ruleFigure(after, "STOCK_OUT_CANCEL", "count") - ruleFigure(before, "STOCK_OUT_CANCEL", "count")).isEqualTo(1);
		assertThat(ruleFigure(after, "STOCK_OUT_CANCEL", "amountFen") - ruleFigure(before, "STOCK_OUT_CANCEL", "amountFen"))
			.isEqualTo(3_990);
		assertThat(after.path("platformAdvancesOutstandingFen").asLong() - before.path("platformAdvancesOutstandingFen").asLong())
			.as("the new shop had no deposit").isEqualTo(3_990);
		assertThat(after.path("ordersByStatus").size()).isEqualTo(6);
		assertThat(after.has("merchantsFlaggedForBadFaith")).isTrue();
		assertThat(after.has("paymentIncidents")).isTrue();
	}

	private JsonNode stats() {
		Api api = Api.onPort(port);
		return Api.expect(api.get("/api/admin/stats", api.adminToken()), 200).body();
	}

	private static long ruleFigure(JsonNode stats, String rule, String field) {
		for (JsonNode figure : stats.path("compensations")) {
			if (rule.equals(figure.path("ruleCode").asString())) {
				return figure.path(field).asLong();
			}
		}
		return 0;
	}


	private TestShop shop() {
		return TestShop.open(Api.onPort(port), "保障测试", PRICE, 10);
	}

	/** The deposit and the debt the merchant sees are what its ledger accounts hold. */
	private void assertLedgerAgreesWithDeposit(TestShop shop) {
		JsonNode deposit = shop.deposit();
		MerchantMoney.Balances ledger = money.balances(shop.merchantId);
		assertThat(ledger.depositFen()).as("deposit on the ledger").isEqualTo(deposit.path("balanceFen").asLong());
		assertThat(ledger.advancedFen()).as("advances on the ledger").isEqualTo(deposit.path("debtFen").asLong());
	}

	private JsonNode publish(String rule, int percent, long minFen, long maxFen, Instant effectiveFrom) {
		Api api = Api.onPort(port);
		return Api.expect(api.post("/api/admin/compensation-rules", api.adminToken(), Map.of("ruleCode", rule,
				"percent", percent, "minFen", minFen, "maxFen", maxFen, "effectiveFrom", effectiveFrom.toString())), 201)
			.body();
	}

	private long compensationRows(String orderId) {
		return jdbc.sql("SELECT COUNT(*) FROM compensation WHERE order_id = :o").param("o", orderId).query(Long.class)
			.single();
	}

	private @Nullable Instant remindedAt(String orderId) {
		return jdbc.sql("SELECT reminded_at FROM ship_promise WHERE order_id = :o").param("o", orderId)
			.query((rs, n) -> java.util.Optional.ofNullable(SqlTime.readNullable(rs, "reminded_at"))).single().orElse(null);
	}

	private static Instant deadline(JsonNode order, String kind) {
		for (JsonNode deadline : order.path("deadlines")) {
			if (kind.equals(deadline.path("kind").asString())) {
				return Instant.parse(deadline.path("dueAt").asString());
			}
		}
		throw new AssertionError("no " + kind + " deadline on " + order);
	}

	private static List<String> deadlines(JsonNode order) {
		List<String> kinds = new ArrayList<>();
		order.path("deadlines").forEach(d -> kinds.add(d.path("kind").asString()));
		return kinds;
	}

	private static Instant entryAt(JsonNode order, String event) {
		for (JsonNode entry : order.path("timeline")) {
			if (event.equals(entry.path("event").asString())) {
				return Instant.parse(entry.path("at").asString());
			}
		}
		throw new AssertionError("no " + event + " on " + order);
	}

	private static boolean hasEntry(JsonNode order, String event) {
		for (JsonNode entry : order.path("timeline")) {
			if (event.equals(entry.path("event").asString())) {
				return true;
			}
		}
		return false;
	}

	private static List<String> rules(JsonNode order) {
		List<String> rules = new ArrayList<>();
		order.path("compensations").forEach(c -> rules.add(c.path("ruleCode").asString()));
		return rules;
	}

}
