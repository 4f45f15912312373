package com.orderkeep.payment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.TestPropertySource;

import com.orderkeep.catalog.CatalogManagement;
import com.orderkeep.ordering.CancelReason;
import com.orderkeep.ordering.OrderManagement;
import com.orderkeep.ordering.OrderPaid;
import com.orderkeep.ordering.OrderStatus;
import com.orderkeep.ordering.PlaceOrder;
import com.orderkeep.ordering.Placement;
import com.orderkeep.shared.Caller;
import com.orderkeep.shared.Role;
import com.orderkeep.support.CatalogFixture;
import com.orderkeep.support.TestClockConfiguration;
import com.orderkeep.support.TestDatabaseInitializer;

/**
 * The payment module with the modules it builds on, as it works with ordering: a payment makes the order paid and
 * announces it, and the refund a cancelled paid order is owed follows by itself, in the ledger as in the order.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
@TestPropertySource(properties = { "orderkeep.admin-password=admin-test-password", "orderkeep.auth.bcrypt-strength=4" })
// The run's database is shared with the other test contexts, and the platform account's password is set at every
// start: the same password as theirs keeps their admin tokens working.
@ContextConfiguration(initializers = TestDatabaseInitializer.class)
@Import(TestClockConfiguration.class)
class PaymentModuleTests {

	private static final long PRICE_FEN = 4590;

	@Autowired
	PaymentManagement payments;

	@Autowired
	OrderManagement orders;

	@Autowired
	CatalogManagement catalog;

	@Test
	void paysAnOrderAndAnnouncesItPaid(Scenario scenario) {
		Caller buyer = buyer();
		String orderId = place(buyer);

		scenario.stimulate(() -> payments.pay(orderId, buyer))
			.andWaitForEventOfType(OrderPaid.class)
			.matching(paid -> paid.orderId().equals(orderId))
			.toArriveAndVerify((paid, order) -> {
				assertThat(paid.paidFen()).isEqualTo(PRICE_FEN);
				assertThat(order.status()).isEqualTo(OrderStatus.TO_SHIP);
				assertThat(payments.ledger(orderId)).extracting(PaymentManagement.Posting::kind).contains("CAPTURE");
			});
	}

	@Test
	void refundsACancelledPaidOrderInFullByItself(Scenario scenario) {
		Caller buyer = buyer();
		String orderId = place(buyer);
		payments.pay(orderId, buyer);

		scenario.stimulate(() -> orders.cancelByBuyer(orderId, buyer, CancelReason.CHANGED_MIND))
			.andWaitForStateChange(() -> orders.order(orderId, buyer).payment().refundedFen(), refunded -> refunded > 0)
			.andVerify(refunded -> {
				assertThat(refunded).isEqualTo(PRICE_FEN);
				List<PaymentManagement.Posting> refunds = payments.ledger(orderId).stream()
					.filter(posting -> posting.kind().equals("REFUND"))
					.toList();
				assertThat(refunds).extracting(PaymentManagement.Posting::amountFen).containsExactlyInAnyOrder(PRICE_FEN, -PRICE_FEN);
			});
	}

	private Caller buyer() {
		return new Caller(UUID.randomUUID().toString(), "buyer", Role.BUYER, null);
	}

	private String place(Caller buyer) {
		String skuId = CatalogFixture.skuOnSale(catalog, "荔枝 1kg", "水果", "一箱", PRICE_FEN, 10);
		Placement placed = orders.place(new PlaceOrder(buyer.userId(), "k", skuId, 1, null, null, false));
		return ((Placement.Placed) placed).order().orderId();
	}
}
