package com.orderkeep.protection.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.orderkeep.support.Api;
import com.orderkeep.support.MutableClock;
import com.orderkeep.support.SecondNode;
import com.orderkeep.support.OrderkeepHttpTest;
import com.orderkeep.support.TestShop;

import tools.jackson.databind.JsonNode;

/**
 * Two nodes share one database, and one of them restarts while shipping promises are open: when the promises end,
 * both nodes' schedulers race for them, and every order is cancelled, refunded and compensated exactly once.
 */
@OrderkeepHttpTest
class ShipByOnTwoNodesTests {

	private static final int ORDERS = 12;

	@LocalServerPort
	int port;

	@Autowired
	MutableClock clock;

	@Autowired
	Environment environment;

	@Autowired
	JdbcClient jdbc;

	@Test
	void eachBrokenPromiseIsResolvedOnceByTwoNodesAcrossARestart() {
		Api api = Api.onPort(port);
		TestShop shop = TestShop.open(api, "双节点", 9_900, ORDERS);

		List<String> orderIds = new ArrayList<>();
		try (ConfigurableApplicationContext nodeB = SecondNode.start(environment, clock)) {
			Api onB = Api.onPort(SecondNode.portOf(nodeB));
			String buyerToken = TestShop.signIn(onB, shop.buyerName());
			for (int i = 0; i < ORDERS; i++) {
				String orderId = Api.expect(onB.placeOrder(buyerToken, shop.skuId, 1, UUID.randomUUID().toString()), 201).text("orderId");
				Api.expect(onB.post("/api/orders/" + orderId + "/pay", buyerToken, null), 200);
				orderIds.add(orderId);
			}
		}

		try (ConfigurableApplicationContext restarted = SecondNode.start(environment, clock)) {
			restarted.getBean(MutableClock.class).advance(Duration.ofHours(48));
			clock.advance(Duration.ofHours(48));

			for (String orderId : orderIds) {
				shop.awaitOrder(orderId, ShipByOnTwoNodesTests::cancelledRefundedAndCompensated);
			}
		}

		for (String orderId : orderIds) {
			assertThat(count("SELECT COUNT(*) FROM compensation WHERE order_id = :o", orderId)).as("grants of %s", orderId).isEqualTo(1);
			assertThat(count("SELECT COUNT(*) FROM refund WHERE order_id = :o", orderId)).as("refunds of %s", orderId).isEqualTo(1);
			assertThat(count("SELECT COUNT(*) FROM ledger_entry WHERE order_id = :o AND kind IN ('COMPENSATION', 'PLATFORM_ADVANCE')",
					orderId)).as("payout lines of %s", orderId).isEqualTo(2);
			assertThat(count("SELECT COUNT(*) FROM order_compensation WHERE order_id = :o", orderId)).isEqualTo(1);
		}
	}



	private static boolean cancelledRefundedAndCompensated(JsonNode order) {
		return "NOT_SHIPPED_IN_TIME".equals(order.path("cancellation").path("reasonCode").asString())
				&& "REFUNDED".equals(order.path("payment").path("status").asString())
				&& order.path("compensations").size() == 1;
	}

	private long count(String sql, String orderId) {
		return jdbc.sql(sql).param("o", orderId).query(Long.class).single();
	}
}
