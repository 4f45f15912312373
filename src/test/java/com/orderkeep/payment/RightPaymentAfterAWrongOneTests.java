package com.orderkeep.payment;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.orderkeep.support.Api;
import com.orderkeep.support.GatewayCallbacks;
import com.orderkeep.support.OrderkeepHttpTest;

import tools.jackson.databind.JsonNode;

/**
 * A payment of the wrong amount arrived and has not gone back yet (its refund is held here, by taking the refund's
 * row) when the right payment arrives. The right one pays the order: the gateway is told it was applied and no
 * incident is raised about it.
 */
@OrderkeepHttpTest
class RightPaymentAfterAWrongOneTests {

	private static final long PRICE_FEN = 2350;

	@LocalServerPort
	int port;

	@Autowired
	DataSource dataSource;

	@Autowired
	JdbcClient jdbc;

	@Test
	void appliesTheRightPaymentWhileTheWrongOneIsStillGoingBack() throws Exception {
		Api api = Api.onPort(port);
		Api.Merchant merchant = api.createMerchant("对账果园");
		String skuId = api.createProduct(merchant, "冰糖橙 " + UUID.randomUUID(), PRICE_FEN, 10).body().path("skus").get(0)
			.path("skuId").asString();
		String buyer = api.registerBuyer().text("token");
		String orderId = Api.expect(api.placeOrder(buyer, skuId, 1, UUID.randomUUID().toString()), 201).text("orderId");
		String wrongTxn = "WRONG-" + UUID.randomUUID();
		String rightTxn = "RIGHT-" + UUID.randomUUID();

		CompletableFuture<Api.Response> right;
		try (Connection heldRefund = holdRefund(orderId, "RETURNED:" + wrongTxn)) {
			assertThat(Api.expect(GatewayCallbacks.deliver(api, wrongTxn, orderId, PRICE_FEN + 100), 200).text("outcome"))
				.isEqualTo("RETURNED_TO_BUYER");
			right = CompletableFuture.supplyAsync(() -> GatewayCallbacks.deliver(api, rightTxn, orderId, PRICE_FEN));
			try {
				right.get(3, TimeUnit.SECONDS);
			}
			catch (TimeoutException waitingForTheRefund) {
				// the callback waits for the held refund: it is answered once the refund goes on
			}
			heldRefund.rollback();
		}

		assertThat(Api.expect(right.get(1, TimeUnit.MINUTES), 200).text("outcome")).isEqualTo("APPLIED");
		JsonNode order = Api.expect(api.get("/api/orders/" + orderId, buyer), 200).body();
		assertThat(order.path("status").asString()).isEqualTo("TO_SHIP");
		List<String> incidents = jdbc.sql("SELECT gateway_txn_id FROM payment_incident WHERE order_id = :orderId")
			.param("orderId", orderId).query(String.class).list();
		assertThat(incidents).containsExactly(wrongTxn);
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

}
