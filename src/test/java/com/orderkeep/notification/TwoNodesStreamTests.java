package com.orderkeep.notification;

import static com.orderkeep.support.Api.expect;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.transaction.PlatformTransactionManager;

import com.orderkeep.OrderkeepApplication;
import com.orderkeep.notification.EventStreamClient.Frame;
import com.orderkeep.notification.NotificationFixture.Person;
import com.orderkeep.ordering.OrderManagement;
import com.orderkeep.support.Api;
import com.orderkeep.support.MutableClock;
import com.orderkeep.support.OrderkeepHttpTest;
import com.orderkeep.support.TestDatabase;

/**
 * Two nodes on one database: a reader connected to one is streamed what the other wrote, once. Node A is the test
 * application; node B is a second application context on the same database (and the same clock), started here with a
 * short poll interval and heartbeat.
 */
@OrderkeepHttpTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoNodesStreamTests {

	private static final Duration WAIT = Duration.ofSeconds(10);

	@LocalServerPort
	int portA;

	@Autowired
	Environment environment;

	@Autowired
	MutableClock clock;

	@Autowired
	ApplicationEventPublisher eventsA;

	@Autowired
	PlatformTransactionManager transactionsA;

	@Autowired
	OrderManagement ordersA;

	private ConfigurableApplicationContext nodeB;
	private int portB;

	@BeforeAll
	void startNodeB() {
		Map<String, String> properties = new HashMap<>();
		properties.put("spring.datasource.url", environment.getRequiredProperty("spring.datasource.url"));
		if (environment.getProperty("spring.datasource.username") != null) {
			properties.put("spring.datasource.username", environment.getProperty("spring.datasource.username"));
		}
		properties.put("orderkeep.data-dir", TestDatabase.newDataDir("node-b").toString());
		properties.put("server.port", "0");
		properties.put("orderkeep.admin-password", "admin-test-password");
		properties.put("orderkeep.rate-limit.enabled", "false");
		properties.put("orderkeep.auth.bcrypt-strength", "4");
		properties.put("spring.datasource.hikari.maximum-pool-size", "4");
		properties.put("orderkeep.notifications.poll-interval", "100ms");
		properties.put("orderkeep.notifications.heartbeat", "200ms");
		// The test's logging stays as node A set it up: node B neither reconfigures nor, when it closes, stops it.
		System.setProperty(LoggingSystem.SYSTEM_PROPERTY, LoggingSystem.NONE);
		try {
			// As command-line arguments, which come before application.properties (default properties come after).
			nodeB = new SpringApplicationBuilder(OrderkeepApplication.class)
				.initializers(context -> context.getBeanFactory().registerSingleton("mutableClock", clock))
				.run(TestDatabase.arguments(properties).toArray(String[]::new));
		}
		finally {
			System.clearProperty(LoggingSystem.SYSTEM_PROPERTY);
		}
		portB = ((WebServerApplicationContext) nodeB).getWebServer().getPort();
	}

	@AfterAll
	void stopNodeB() {
		if (nodeB != null && nodeB.isActive()) {
			nodeB.close();
		}
	}

	@Test
	void streamsOnOneNodeWhatAnOrderCancelledThroughTheOtherToldItsBuyer() {
		Api b = Api.onPort(portB);
		String username = "two-nodes-" + UUID.randomUUID().toString().substring(0, 8);
		String token = expect(b.post("/api/auth/register", null, Map.of("username", username, "password", "secret-" + username)),
				201).text("token");
		Api.Merchant shop = b.createMerchant("两节点店");
		String sku = b.createProduct(shop, "库尔勒香梨 " + UUID.randomUUID(), 1590, 10).body().path("skus").get(0)
			.path("skuId").asString();
		String order = expect(b.placeOrder(token, sku, 1, "key-" + UUID.randomUUID()), 201).text("orderId");

		try (EventStreamClient onA = EventStreamClient.opened(portA, token, null, "en")) {
			expect(b.post("/api/orders/" + order + "/cancel", token, Map.of("reasonCode", "CHANGED_MIND")), 200);

			Frame told = onA.nextEvent(WAIT);
			assertThat(told.json().path("type").asString()).isEqualTo("ORDER_CANCELLED");
			assertThat(told.json().path("orderId").asString()).isEqualTo(order);
			assertThat(onA.eventsWithin(Duration.ofMillis(1200))).as("told once, though both nodes poll").isEmpty();
		}
	}

	@Test
	void streamsOnEachNodeWhatTheOtherWroteInOneOrderAndResumesOnEitherWhereTheOtherLeftOff() {
		Person buyer = NotificationFixture.buyer(Api.onPort(portA));
		Person merchant = NotificationFixture.merchant(Api.onPort(portA));
		NotificationFixture onA = new NotificationFixture(eventsA, transactionsA, ordersA);
		NotificationFixture onB = new NotificationFixture(nodeB, nodeB.getBean(PlatformTransactionManager.class),
				nodeB.getBean(OrderManagement.class));
		String sku = NotificationFixture.sku(Api.onPort(portA), merchant);
		String writtenByB = onB.order(buyer, sku);
		String writtenByA = onA.order(buyer, sku);

		String firstId;
		try (EventStreamClient streamA = EventStreamClient.opened(portA, buyer.token(), null, "en");
				EventStreamClient streamB = EventStreamClient.opened(portB, buyer.token(), null, "zh-CN")) {
			onB.committed(NotificationFixture.refunded(writtenByB, buyer.userId(), merchant.merchantId(), 100, clock.instant()));
			onA.committed(NotificationFixture.refunded(writtenByA, buyer.userId(), merchant.merchantId(), 200, clock.instant()));

			Frame firstOnA = streamA.nextEvent(WAIT);
			Frame secondOnA = streamA.nextEvent(WAIT);
			Frame firstOnB = streamB.nextEvent(WAIT);
			Frame secondOnB = streamB.nextEvent(WAIT);
			assertThat(firstOnA.json().path("orderId").asString()).isEqualTo(writtenByB);
			assertThat(secondOnA.json().path("orderId").asString()).isEqualTo(writtenByA);
			assertThat(firstOnB.json().path("orderId").asString()).isEqualTo(writtenByB);
			assertThat(secondOnB.json().path("orderId").asString()).isEqualTo(writtenByA);
			assertThat(firstOnB.id()).as("one stream, whichever node carries it").isEqualTo(firstOnA.id());
			assertThat(secondOnB.id()).isEqualTo(secondOnA.id());
			assertThat(secondOnB.json().path("title").asString()).isEqualTo("退款 ¥2.00 已原路退回");
			firstId = firstOnA.id();
		}

		try (EventStreamClient resumedOnB = EventStreamClient.open(portB, buyer.token(), firstId, "en")) {
			assertThat(resumedOnB.awaitOpen()).extracting(frame -> frame.json().path("orderId").asString())
				.containsExactly(writtenByA);
		}
	}

	@Test
	void sendsAHeartbeatCommentWhileNothingHappens() {
		Person buyer = NotificationFixture.buyer(Api.onPort(portB));
		try (EventStreamClient stream = EventStreamClient.opened(portB, buyer.token(), null, "en")) {
			Frame quiet = stream.next(Duration.ofSeconds(5));
			assertThat(quiet.comments()).containsExactly("heartbeat");
			assertThat(quiet.isEvent()).isFalse();
			assertThat(stream.next(Duration.ofSeconds(5)).comments()).containsExactly("heartbeat");
		}
	}

	/** Last: node B stops, and ends its streams first, so that their readers reconnect to another node at once. */
	@Test
	@Order(Integer.MAX_VALUE)
	void endsItsStreamsWhenTheNodeStops() {
		Person buyer = NotificationFixture.buyer(Api.onPort(portB));
		try (EventStreamClient stream = EventStreamClient.opened(portB, buyer.token(), null, "en")) {
			long started = System.nanoTime();
			nodeB.close();

			assertThat(Duration.ofNanos(System.nanoTime() - started)).as("stopping waits for no stream")
				.isLessThan(Duration.ofSeconds(15));
			assertThat(stream.awaitEnd(Duration.ofSeconds(5))).as("the stream ended").isTrue();
		}
	}
}
