package com.orderkeep.notification;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import com.orderkeep.ordering.CancelReason;
import com.orderkeep.ordering.OrderAffectedByDelisting;
import com.orderkeep.ordering.OrderCancelled;
import com.orderkeep.ordering.OrderManagement;
import com.orderkeep.ordering.OrderRefunded;
import com.orderkeep.ordering.OrderStatus;
import com.orderkeep.ordering.PlaceOrder;
import com.orderkeep.ordering.Placement;
import com.orderkeep.ordering.changes.CompensationGranted;
import com.orderkeep.protection.ShipBySoon;
import com.orderkeep.shared.Actor;
import com.orderkeep.shared.LocalizedText;
import com.orderkeep.support.Api;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The events notifications are written for, as the modules publish them: inside a transaction of their own, which
 * commits (or not).
 */
final class NotificationFixture {

	private static final JsonMapper json = JsonMapper.builder().build();

	private final ApplicationEventPublisher events;
	private final TransactionTemplate transaction;
	private final OrderManagement orders;

	NotificationFixture(ApplicationEventPublisher events, PlatformTransactionManager transactions, OrderManagement orders) {
		this.events = events;
		this.transaction = new TransactionTemplate(transactions);
		this.orders = orders;
	}

	/** Publishes the events in one transaction, which commits. */
	void committed(Object... published) {
		transaction.executeWithoutResult(status -> {
			for (Object event : published) {
				events.publishEvent(event);
			}
		});
	}

	/** Publishes the events in one transaction, which then rolls back. */
	void rolledBack(Object... published) {
		transaction.executeWithoutResult(status -> {
			for (Object event : published) {
				events.publishEvent(event);
			}
			status.setRollbackOnly();
		});
	}

	// --- the events ---

	/**
	 * A real order of the buyer at the shop: the events name orders that exist, as the platform's do, so that the
	 * modules listening to them after commit (ordering shows a compensation on its order) find what they look for.
	 */
	String order(Person buyer, String skuId) {
		Placement placement = orders.place(new PlaceOrder(buyer.userId(), "key-" + UUID.randomUUID(), skuId, 1, null, null,
				false));
		return ((Placement.Placed) placement).order().orderId();
	}

	/** A SKU of the merchant's, with stock for many orders. */
	static String sku(Api api, Person merchant) {
		return api.createProduct(new Api.Merchant(merchant.merchantId(), merchant.token(), null), "通知测试 " + UUID.randomUUID(),
				990, 10_000).body().path("skus").get(0).path("skuId").asString();
	}

	static OrderCancelled cancelled(String orderId, String buyerId, String merchantId, CancelReason reason, Actor actor,
			long refundDueFen, Instant at) {
		return new OrderCancelled(orderId, buyerId, merchantId, reason, actor.asText(), refundDueFen, at);
	}

	static OrderRefunded refunded(String orderId, String buyerId, String merchantId, long amountFen, Instant at) {
		return new OrderRefunded(orderId, buyerId, merchantId, amountFen, "CANCELLED", at);
	}

	static OrderAffectedByDelisting delisted(String orderId, String buyerId, String merchantId, OrderStatus status,
			String reasonCode, String note, Instant at) {
		return new OrderAffectedByDelisting(orderId, buyerId, merchantId, status, reasonCode, note, at);
	}

	static ShipBySoon shipBySoon(String orderId, String merchantId, Instant shipBy, Instant at) {
		return new ShipBySoon(orderId, merchantId, shipBy, at);
	}

	/** A compensation granted by another module, in that module's words. */
	record Granted(String grantId, String orderId, String buyerId, long amountFen, Instant grantedAt)
			implements CompensationGranted {

		public String ruleCode() {
			return "LATE_SHIPMENT";
		}

		public int ruleVersion() {
			return 3;
		}

		public String kind() {
			return "CASH";
		}

		public String fundedBy() {
			return "MERCHANT_DEPOSIT";
		}

		public LocalizedText message() {
			return new LocalizedText("商家未按时发货，按规则赔付。", "The merchant shipped late; the rule pays you.");
		}
	}

	// --- people ---

	/** A new buyer: its id and token. */
	record Person(String userId, String token, Map<String, String> extra) {

		String merchantId() {
			return extra.get("merchantId");
		}
	}

	static Person buyer(Api api) {
		Api.Response buyer = api.registerBuyer();
		return new Person(buyer.text("userId"), buyer.text("token"), Map.of());
	}

	/** A new merchant's user: its user id, token, and the shop's merchant id. */
	static Person merchant(Api api) {
		Api.Merchant merchant = api.createMerchant("通知店 " + UUID.randomUUID().toString().substring(0, 8));
		return new Person(subject(merchant.token()), merchant.token(), Map.of("merchantId", merchant.merchantId()));
	}

	private static String subject(String token) {
		String payload = new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8);
		return json.readTree(payload).path("sub").asString();
	}

	// --- reading an inbox ---

	static JsonNode inbox(Api api, Person reader, String query) {
		return Api.expect(api.get("/api/me/notifications" + query, reader.token()), 200).body();
	}
}
