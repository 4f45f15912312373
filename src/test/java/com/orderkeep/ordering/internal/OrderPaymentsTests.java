package com.orderkeep.ordering.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.dao.OptimisticLockingFailureException;

import com.orderkeep.ordering.OrderRefused;
import com.orderkeep.ordering.payments.OrderPayments;
import com.orderkeep.ordering.payments.OrderPayments.CaptureOutcome;
import com.orderkeep.ordering.payments.OrderPayments.Result;
import com.orderkeep.support.Api;
import com.orderkeep.support.OrderkeepHttpTest;

/**
 * The payment module's door answers, from one load of the order, whether a capture was applied and if not, why: so
 * the payment module records the right incident without asking the order again.
 */
@OrderkeepHttpTest
class OrderPaymentsTests {

	private static final long PRICE_FEN = 1590;

	@LocalServerPort
	int port;

	@Autowired
	OrderPayments payments;

	private Api api;
	private String buyer;
	private String skuId;

	@BeforeEach
	void openShop() {
		api = Api.onPort(port);
		Api.Merchant merchant = api.createMerchant("收款之门 " + UUID.randomUUID());
		skuId = Api.expect(api.createProduct(merchant, "蜜桔 " + UUID.randomUUID(), PRICE_FEN, 50), 201).body()
			.path("skus").get(0).path("skuId").asString();
		buyer = api.registerBuyer().text("token");
	}

	@Test
	void appliesTheRightAmountAndSaysWhyItReturnsAnyOther() {
		String orderId = place();

		assertThat(markPaid(orderId, PRICE_FEN - 1)).isEqualTo(new CaptureOutcome(Result.WRONG_AMOUNT, PRICE_FEN));
		assertThat(markPaid(orderId, PRICE_FEN)).isEqualTo(new CaptureOutcome(Result.APPLIED, PRICE_FEN));
		assertThat(markPaid(orderId, PRICE_FEN)).isEqualTo(new CaptureOutcome(Result.PAID_ALREADY, PRICE_FEN));
	}

	@Test
	void returnsAPaymentThatCameAfterTheOrderWasCancelled() {
		String orderId = place();
		Api.expect(api.post("/api/orders/" + orderId + "/cancel", buyer, Map.of("reasonCode", "CHANGED_MIND")), 200);

		CaptureOutcome outcome = markPaid(orderId, PRICE_FEN);

		assertThat(outcome.result()).isEqualTo(Result.ORDER_CANCELLED);
		assertThat(outcome.applied()).isFalse();
	}

	@Test
	void knowsNoOrderThatDoesNotExist() {
		assertThatThrownBy(() -> payments.markPaid(UUID.randomUUID().toString(), txn(), PRICE_FEN))
			.isInstanceOfSatisfying(OrderRefused.class, e -> assertThat(e.reason()).isEqualTo(OrderRefused.Reason.NO_SUCH_ORDER));
	}

	/** As the payment module does, a capture that raced the refund of an earlier one is applied again. */
	private CaptureOutcome markPaid(String orderId, long amountFen) {
		String txn = txn();
		for (int attempt = 1;; attempt++) {
			try {
				return payments.markPaid(orderId, txn, amountFen);
			}
			catch (OptimisticLockingFailureException raced) {
				if (attempt == 5) {
					throw raced;
				}
			}
		}
	}

	private String place() {
		return Api.expect(api.placeOrder(buyer, skuId, 1, UUID.randomUUID().toString()), 201).text("orderId");
	}

	private static String txn() {
		return "TXN-" + UUID.randomUUID();
	}
}
