package com.orderkeep.http;

import static com.orderkeep.http.HttpTestKit.assertProblem;
import static com.orderkeep.http.HttpTestKit.callback;
import static com.orderkeep.http.HttpTestKit.captureBody;
import static com.orderkeep.http.HttpTestKit.events;
import static com.orderkeep.http.HttpTestKit.idempotencyKey;
import static com.orderkeep.http.HttpTestKit.sign;
import static com.orderkeep.http.HttpTestKit.unique;
import static com.orderkeep.support.Api.expect;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.orderkeep.support.Api;
import com.orderkeep.support.GatewayCallbacks;
import com.orderkeep.support.OrderkeepHttpTest;

import tools.jackson.databind.JsonNode;

/**
 * The gateway's signed callbacks: applied once per gateway transaction, refused unsigned, and money the order cannot
 * take goes back to the buyer.
 */
@OrderkeepHttpTest
class PaymentCallbackTests {

	@LocalServerPort
	int port;

	@Autowired
	DataSource dataSource;

	private Api api;
	private String buyer;
	private String orderId;
	private long totalFen;

	@BeforeEach
	void placeAnOrder() {
		api = Api.onPort(port);
		Api.Merchant merchant = api.createMerchant(unique("回调店"));
		Api.Response product = api.createProduct(merchant, unique("水蜜桃"), 3300, 10);
		buyer = api.registerBuyer().text("token");
		JsonNode order = expect(api.placeOrder(buyer, product.body().path("skus").get(0).path("skuId").asString(), 2,
				idempotencyKey()), 201).body();
		orderId = order.path("orderId").asString();
		totalFen = order.path("totalFen").asLong();
		assertThat(totalFen).isEqualTo(6600);
	}

	@Test
	void appliesASignedCallbackOnceAndIgnoresItsDuplicates() {
		String body = captureBody(unique("GW"), orderId, totalFen);

		Api.Response first = expect(callback(port, body, sign(body)), 200);
		assertThat(first.text("outcome")).isEqualTo("APPLIED");
		JsonNode paid = order();
		assertThat(paid.path("status").asString()).isEqualTo("TO_SHIP");
		assertPayment(paid, "PAID", totalFen, 0);

		for (int i = 0; i < 3; i++) {
			Api.Response again = expect(callback(port, body, sign(body)), 200);
			assertThat(again.text("outcome")).isEqualTo("DUPLICATE");
		}
		JsonNode after = order();
		assertThat(after.path("status").asString()).isEqualTo("TO_SHIP");
		assertPayment(after, "PAID", totalFen, 0);
		assertThat(events(after)).containsExactly("PLACED", "PAID");
		assertThat(count("SELECT COUNT(*) FROM payment_transaction WHERE order_id = :order")).isEqualTo(1);
		assertThat(ledgerBalanceOfEscrow()).as("the escrow holds the payment once").isEqualTo(totalFen);
	}

	@Test
	void refusesABadSignatureAndChangesNothing() {
		String body = captureBody(unique("GW"), orderId, totalFen);

		for (String signature : List.of(sign(body + " "), "0".repeat(64), "", sign(body).substring(1))) {
			assertProblem(callback(port, body, signature), 401, "UNAUTHENTICATED");
		}
		assertProblem(callback(port, body, null), 401, "UNAUTHENTICATED");
		assertProblem(callback(port, body, GatewayCallbacks.signWith("another-secret", body)), 401, "UNAUTHENTICATED");

		JsonNode order = order();
		assertThat(order.path("status").asString()).isEqualTo("PENDING_PAYMENT");
		assertPayment(order, "UNPAID", 0, 0);
		assertThat(events(order)).containsExactly("PLACED");
		assertThat(count("SELECT COUNT(*) FROM payment_transaction WHERE order_id = :order")).isZero();
		assertThat(count("SELECT COUNT(*) FROM ledger_entry WHERE order_id = :order")).isZero();

		// the same callback correctly signed is still applied: the refused ones left no trace of its transaction
		assertThat(expect(callback(port, body, sign(body)), 200).text("outcome")).isEqualTo("APPLIED");
	}

	@Test
	void refundsALatePaymentForACancelledOrder() {
		expect(api.post("/api/orders/" + orderId + "/cancel", buyer, Map.of("reasonCode", "CHANGED_MIND")), 200);
		String body = captureBody(unique("GW"), orderId, totalFen);

		Api.Response late = expect(callback(port, body, sign(body)), 200);
		assertThat(late.text("outcome")).isEqualTo("RETURNED_TO_BUYER");

		JsonNode refunded = HttpTestKit.await("the late payment to be refunded", this::order,
				o -> o.path("payment").path("status").asString().equals("REFUNDED"));
		assertThat(refunded.path("status").asString()).as("a late payment does not revive the order").isEqualTo("CANCELLED");
		assertPayment(refunded, "REFUNDED", totalFen, totalFen);
		assertThat(events(refunded)).containsExactly("PLACED", "CANCELLED", "PAYMENT_RETURNED", "REFUNDED");
		assertThat(count("SELECT COUNT(*) FROM payment_incident WHERE order_id = :order")).as("recorded as an incident").isEqualTo(1);
		assertThat(ledgerBalanceOfEscrow()).as("nothing left in escrow").isZero();
	}

	@Test
	void refundsAPaymentWhoseAmountDoesNotMatchAndLeavesTheOrderUnpaid() {
		long wrong = totalFen - 1;
		String body = captureBody(unique("GW"), orderId, wrong);

		Api.Response response = expect(callback(port, body, sign(body)), 200);
		assertThat(response.text("outcome")).isEqualTo("RETURNED_TO_BUYER");

		JsonNode refunded = HttpTestKit.await("the mismatched payment to be refunded", this::order,
				o -> o.path("payment").path("status").asString().equals("REFUNDED"));
		assertThat(refunded.path("status").asString()).as("not applied").isEqualTo("PENDING_PAYMENT");
		assertPayment(refunded, "REFUNDED", wrong, wrong);
		assertThat(events(refunded)).doesNotContain("PAID");
		assertThat(JdbcClient.create(dataSource).sql("SELECT kind FROM payment_incident WHERE order_id = :order")
			.param("order", orderId).query(String.class).list()).containsExactly("AMOUNT_MISMATCH");
		assertThat(ledgerBalanceOfEscrow()).isZero();

		// the buyer can still pay the right amount
		JsonNode paid = expect(api.post("/api/orders/" + orderId + "/pay", buyer, null), 200).body();
		assertThat(paid.path("status").asString()).isEqualTo("TO_SHIP");
		assertThat(paid.path("payment").path("status").asString()).isEqualTo("PAID");
		assertThat(ledgerBalanceOfEscrow()).isEqualTo(totalFen);
	}

	@Test
	void refundsASecondPaymentForAnOrderPaidAlready() {
		expect(api.post("/api/orders/" + orderId + "/pay", buyer, null), 200);
		String body = captureBody(unique("GW"), orderId, totalFen);

		assertThat(expect(callback(port, body, sign(body)), 200).text("outcome")).isEqualTo("RETURNED_TO_BUYER");

		JsonNode order = HttpTestKit.await("the second payment to be refunded", this::order,
				o -> o.path("payment").path("refundedFen").asLong() == totalFen);
		assertThat(order.path("status").asString()).isEqualTo("TO_SHIP");
		assertPayment(order, "PAID", 2 * totalFen, totalFen);
		assertThat(ledgerBalanceOfEscrow()).as("the escrow holds one payment").isEqualTo(totalFen);
	}

	@Test
	void refusesAnAmountNoOrderCanHaveWithoutTouchingTheOrder() {
		for (long amount : new long[] { Long.MAX_VALUE, 999_000_000_001L, 0, -1 }) {
			String body = captureBody(unique("GW"), orderId, amount);
			assertProblem(callback(port, body, sign(body)), 400, "VALIDATION_FAILED");
		}
		assertPayment(order(), "UNPAID", 0, 0);
		assertThat(count("SELECT COUNT(*) FROM payment_transaction WHERE order_id = :order")).isZero();

		JsonNode paid = expect(api.post("/api/orders/" + orderId + "/pay", buyer, null), 200).body();
		assertPayment(paid, "PAID", totalFen, 0);
		String body = captureBody(unique("GW"), orderId, Long.MAX_VALUE);
		assertProblem(callback(port, body, sign(body)), 400, "VALIDATION_FAILED");
		assertPayment(order(), "PAID", totalFen, 0);
		assertThat(expect(api.get("/api/orders/" + orderId, buyer), 200).text("status")).isEqualTo("TO_SHIP");
	}

	@Test
	void recordsATransactionIdReusedForAnotherOrderAsAnIncidentAndAppliesNothing() {
		String txn = unique("GW");
		String first = captureBody(txn, orderId, totalFen);
		assertThat(expect(callback(port, first, sign(first)), 200).text("outcome")).isEqualTo("APPLIED");
		Api.Merchant merchant = api.createMerchant(unique("另一家店"));
		String otherSku = api.createProduct(merchant, unique("黄桃"), 2100, 5).body().path("skus").get(0).path("skuId").asString();
		String other = expect(api.placeOrder(buyer, otherSku, 1, idempotencyKey()), 201).text("orderId");

		String reused = captureBody(txn, other, 2100);
		for (int i = 0; i < 3; i++) {
			assertThat(expect(callback(port, reused, sign(reused)), 200).text("outcome")).isEqualTo("INCIDENT_RECORDED");
		}

		JsonNode untouched = expect(api.get("/api/orders/" + other, buyer), 200).body();
		assertThat(untouched.path("status").asString()).isEqualTo("PENDING_PAYMENT");
		assertPayment(untouched, "UNPAID", 0, 0);
		JsonNode incidents = expect(api.get("/api/admin/payment-incidents?size=100", api.adminToken()), 200).body();
		List<JsonNode> aboutOther = new java.util.ArrayList<>();
		incidents.path("items").forEach(i -> {
			if (other.equals(i.path("orderId").asString())) {
				aboutOther.add(i);
			}
		});
		assertThat(aboutOther).as("one incident, however often the callback came").hasSize(1);
		assertThat(aboutOther.get(0).path("kind").asString()).isEqualTo("TRANSACTION_REUSED");
		assertThat(aboutOther.get(0).path("gatewayTxnId").asString()).isEqualTo(txn);
		assertThat(aboutOther.get(0).path("amountFen").asLong()).isEqualTo(2100);
		assertThat(expect(api.get("/api/orders/" + orderId, buyer), 200).text("status")).as("the first order stays paid")
			.isEqualTo("TO_SHIP");
		assertProblem(api.get("/api/admin/payment-incidents", buyer), 403, "FORBIDDEN");
	}

	@Test
	void refusesMalformedJsonEvenWhenSigned() {
		for (String body : List.of("{\"gatewayTxnId\":\"x\",", "not json at all", "{\"orderId\":\"" + orderId + "\"}")) {
			assertProblem(callback(port, body, sign(body)), 400, "VALIDATION_FAILED");
		}
		JsonNode order = order();
		assertThat(order.path("status").asString()).isEqualTo("PENDING_PAYMENT");
		assertPayment(order, "UNPAID", 0, 0);
		assertThat(count("SELECT COUNT(*) FROM payment_transaction WHERE order_id = :order")).isZero();
	}

	// --- helpers ---

	private JsonNode order() {
		return expect(api.get("/api/orders/" + orderId, buyer), 200).body();
	}

	private long count(String sql) {
		return JdbcClient.create(dataSource).sql(sql).param("order", orderId).query(Long.class).single();
	}

	/** What the order's escrow account holds by the ledger: its postings are debits positive, credits negative. */
	private long ledgerBalanceOfEscrow() {
		return JdbcClient.create(dataSource)
			.sql("SELECT COALESCE(SUM(amount_fen), 0) FROM ledger_entry WHERE account = :account")
			.param("account", "ESCROW:" + orderId).query(Long.class).single() * -1;
	}

	private static void assertPayment(JsonNode order, String status, long paidFen, long refundedFen) {
		JsonNode payment = order.path("payment");
		assertThat(payment.path("status").asString()).as("payment status").isEqualTo(status);
		assertThat(payment.path("paidFen").asLong()).as("paidFen").isEqualTo(paidFen);
		assertThat(payment.path("refundedFen").asLong()).as("refundedFen").isEqualTo(refundedFen);
	}
}
