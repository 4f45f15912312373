package com.orderkeep.payment;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.orderkeep.support.Api;
import com.orderkeep.support.OrderkeepHttpTest;

import tools.jackson.databind.JsonNode;

/**
 * The gateway captured a second payment for a paid order, and the buyer cancels before that payment went back. Two
 * refunds are then due (the returned payment and the cancellation), and the buyer must get everything back whichever
 * the payment module handles first. The order of the two is forced here by holding each refund's row.
 */
@OrderkeepHttpTest
class OrderPaidTwiceThenCancelledTests {

	private static final long PRICE_FEN = 4500;

	@LocalServerPort
	int port;

	@Autowired
	DataSource dataSource;

	@Test
	void refundsEverythingPaidWhenTheReturnedPaymentGoesBackFirst() throws Exception {
		Api api = Api.onPort(port);
		Api.Merchant merchant = api.createMerchant("双扣果园");
		String skuId = api.createProduct(merchant, "砂糖橘 " + UUID.randomUUID(), PRICE_FEN, 10).body().path("skus").get(0)
			.path("skuId").asString();
		String buyer = api.registerBuyer().text("token");
		String orderId = Api.expect(api.placeOrder(buyer, skuId, 1, UUID.randomUUID().toString()), 201).text("orderId");
		Api.expect(api.post("/api/orders/" + orderId + "/pay", buyer, null), 200);
		String secondTxn = "AGAIN-" + UUID.randomUUID();

		try (Connection returnedRefund = holdRefund(orderId, "RETURNED:" + secondTxn);
				Connection cancellationRefund = holdRefund(orderId, "CANCELLED")) {
			assertThat(Api.expect(callback(api, secondTxn, orderId, PRICE_FEN), 200).text("outcome"))
				.isEqualTo("RETURNED_TO_BUYER");
			Api.expect(api.post("/api/orders/" + orderId + "/cancel", buyer, Map.of("reasonCode", "CHANGED_MIND")), 200);

			returnedRefund.rollback();
			awaitOrder(api, buyer, orderId, o -> o.path("payment").path("refundedFen").asLong() > 0);
			cancellationRefund.rollback();
		}

		JsonNode order = awaitOrder(api, buyer, orderId,
				o -> !"REFUNDING".equals(o.path("payment").path("status").asString()));
		assertThat(order.path("status").asString()).isEqualTo("CANCELLED");
		assertThat(order.path("payment").path("paidFen").asLong()).isEqualTo(2 * PRICE_FEN);
		assertThat(order.path("payment").path("refundedFen").asLong()).as("refunded of the %s fen paid", 2 * PRICE_FEN)
			.isEqualTo(2 * PRICE_FEN);
		assertThat(order.path("payment").path("status").asString()).isEqualTo("REFUNDED");
	}

	/** Takes the refund's unique row in an open transaction, so the payment module's refund waits until rollback. */
	private Connection holdRefund(String orderId, String cause) throws Exception {
		Connection connection = dataSource.getConnection();
		connection.setAutoCommit(false);
		try (PreparedStatement insert = connection.prepareStatement("""
				INSERT INTO refund (id, order_id, cause, amount_fen, gateway_txn_id, occurred_at)
				VALUES (?, ?, ?, 0, 'HELD-BY-TEST', CURRENT_TIMESTAMP)
				""")) {
			insert.setString(1, UUID.randomUUID().toString());
			insert.setString(2, orderId);
			insert.setString(3, cause);
			insert.executeUpdate();
		}
		return connection;
	}

	private static Api.Response callback(Api api, String gatewayTxnId, String orderId, long amountFen) throws Exception {
		String body = "{\"gatewayTxnId\":\"" + gatewayTxnId + "\",\"orderId\":\"" + orderId + "\",\"amountFen\":" + amountFen
				+ ",\"status\":\"SUCCESS\"}";
		Mac mac = Mac.getInstance("HmacSHA256");
		mac.init(new SecretKeySpec("dev-gateway-secret".getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
		String signature = HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
		return api.send("POST", "/api/payments/callback", null, body, Map.of("X-Signature", signature));
	}

	private static JsonNode awaitOrder(Api api, String buyer, String orderId, Predicate<JsonNode> until)
			throws InterruptedException {
		Instant giveUp = Instant.now().plus(Duration.ofSeconds(15));
		JsonNode order = Api.expect(api.get("/api/orders/" + orderId, buyer), 200).body();
		while (!until.test(order) && Instant.now().isBefore(giveUp)) {
			Thread.sleep(100);
			order = Api.expect(api.get("/api/orders/" + orderId, buyer), 200).body();
		}
		return order;
	}
}
