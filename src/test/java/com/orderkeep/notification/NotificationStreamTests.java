package com.orderkeep.notification;

import static com.orderkeep.notification.NotificationFixture.refunded;
import static com.orderkeep.notification.NotificationFixture.shipBySoon;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import com.orderkeep.notification.EventStreamClient.Frame;
import com.orderkeep.notification.NotificationFixture.Person;
import com.orderkeep.ordering.OrderManagement;
import com.orderkeep.support.Api;
import com.orderkeep.support.MutableClock;
import com.orderkeep.support.OrderkeepHttpTest;

import tools.jackson.databind.JsonNode;

/**
 * The inbox as a live stream: each notification once, in the order its transaction committed, resumable where the
 * reader left off, and never skipping one whose transaction took its number early and committed late.
 */
@OrderkeepHttpTest
class NotificationStreamTests {

	private static final Duration WAIT = Duration.ofSeconds(10);

	@LocalServerPort
	int port;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	MutableClock clock;

	@Autowired
	JdbcClient jdbc;

	private Api api;
	@Autowired
	OrderManagement orders;

	private NotificationFixture publish;
	private Person buyer;
	private Person merchant;
	private String sku;

	@BeforeEach
	void signIn() {
		api = Api.onPort(port);
		publish = new NotificationFixture(events, transactions, orders);
		buyer = NotificationFixture.buyer(api);
		merchant = NotificationFixture.merchant(api);
		sku = NotificationFixture.sku(api, merchant);
	}

	@Test
	void deliversEachNotificationLiveAsTheInboxShowsItInTheStreamsLanguage() {
		try (EventStreamClient zh = EventStreamClient.opened(port, buyer.token(), null, "zh-CN");
				EventStreamClient en = EventStreamClient.opened(port, buyer.token(), null, "en")) {
			String order = orderId(buyer);
			publish.committed(refunded(order, buyer.userId(), merchant.merchantId(), 2590, clock.instant()));

			Frame event = en.nextEvent(WAIT);
			JsonNode listed = inbox(buyer).path("items").get(0);
			assertThat(event.id()).isNotBlank();
			assertThat(event.json()).isEqualTo(listed);
			assertThat(event.json().path("title").asString()).isEqualTo("Refund of ¥25.90 sent");
			Frame chinese = zh.nextEvent(WAIT);
			assertThat(chinese.id()).isEqualTo(event.id());
			assertThat(chinese.json().path("title").asString()).isEqualTo("退款 ¥25.90 已原路退回");
			assertThat(Long.parseLong(event.id())).isGreaterThan(Long.parseLong(en.openedAt()));
		}
	}

	@Test
	void carriesOnlyTheReadersInboxWithItsShopsForAMerchantsUser() {
		Person stranger = NotificationFixture.buyer(api);
		try (EventStreamClient shop = EventStreamClient.opened(port, merchant.token(), null, "en")) {
			publish.committed(refunded(orderId(stranger), stranger.userId(), merchant.merchantId(), 100, clock.instant()));
			String order = orderId(buyer);
			publish.committed(shipBySoon(order, merchant.merchantId(), clock.instant().plusSeconds(3600), clock.instant()));
			String own = orderId(buyer);
			publish.committed(refunded(own, merchant.userId(), merchant.merchantId(), 200, clock.instant()));

			assertThat(shop.nextEvent(WAIT).json().path("orderId").asString()).isEqualTo(order);
			assertThat(shop.nextEvent(WAIT).json().path("orderId").asString()).isEqualTo(own);
			assertThat(shop.eventsWithin(Duration.ofMillis(1500))).isEmpty();
		}
	}

	@Test
	void resumesAfterLastEventIdWithExactlyWhatWasMissed() {
		String seen;
		try (EventStreamClient stream = EventStreamClient.opened(port, buyer.token(), null, "en")) {
			publish.committed(refunded(orderId(buyer), buyer.userId(), merchant.merchantId(), 1, clock.instant()));
			publish.committed(refunded(orderId(buyer), buyer.userId(), merchant.merchantId(), 2, clock.instant()));
			stream.nextEvent(WAIT);
			seen = stream.nextEvent(WAIT).id();
		}
		String third = orderId(buyer);
		String fourth = orderId(buyer);
		publish.committed(refunded(third, buyer.userId(), merchant.merchantId(), 3, clock.instant()));
		publish.committed(refunded(orderId(buyer), merchant.userId(), merchant.merchantId(), 9, clock.instant()));
		publish.committed(refunded(fourth, buyer.userId(), merchant.merchantId(), 4, clock.instant()));
		awaitPlaced(fourth);

		try (EventStreamClient resumed = EventStreamClient.open(port, buyer.token(), seen, "en")) {
			List<Frame> missed = resumed.awaitOpen();
			assertThat(missed).extracting(frame -> frame.json().path("orderId").asString()).containsExactly(third, fourth);
			assertThat(Long.parseLong(missed.get(0).id())).isGreaterThan(Long.parseLong(seen));
			assertThat(Long.parseLong(resumed.openedAt())).isGreaterThanOrEqualTo(Long.parseLong(missed.get(1).id()));
			String fifth = orderId(buyer);
			publish.committed(refunded(fifth, buyer.userId(), merchant.merchantId(), 5, clock.instant()));
			assertThat(resumed.nextEvent(WAIT).json().path("orderId").asString()).isEqualTo(fifth);
			assertThat(resumed.eventsWithin(Duration.ofMillis(1200))).isEmpty();
		}
		try (EventStreamClient caughtUp = EventStreamClient.open(port, buyer.token(), null, "en")) {
			assertThat(caughtUp.awaitOpen()).as("without Last-Event-ID the stream starts now").isEmpty();
		}
	}

	@Test
	void deliversANotificationWhoseTransactionTookItsNumberFirstAndCommittedLast() throws Exception {
		try (EventStreamClient stream = EventStreamClient.opened(port, buyer.token(), null, "en")) {
			String early = orderId(buyer);
			String late = orderId(buyer);
			CountDownLatch earlyWritten = new CountDownLatch(1);
			CountDownLatch commitEarly = new CountDownLatch(1);
			CompletableFuture<Void> slow = CompletableFuture.runAsync(() -> new TransactionTemplate(transactions)
				.executeWithoutResult(status -> {
					events.publishEvent(refunded(early, buyer.userId(), merchant.merchantId(), 11, clock.instant()));
					earlyWritten.countDown();
					await(commitEarly);
				}));
			assertThat(earlyWritten.await(10, TimeUnit.SECONDS)).isTrue();
			publish.committed(refunded(late, buyer.userId(), merchant.merchantId(), 12, clock.instant()));

			Frame first = stream.nextEvent(WAIT);
			assertThat(first.json().path("orderId").asString()).isEqualTo(late);
			assertThat(stream.eventsWithin(Duration.ofMillis(1200))).as("nothing of the open transaction").isEmpty();
			commitEarly.countDown();
			slow.get(10, TimeUnit.SECONDS);

			Frame second = stream.nextEvent(WAIT);
			assertThat(second.json().path("orderId").asString()).isEqualTo(early);
			assertThat(Long.parseLong(second.id())).isGreaterThan(Long.parseLong(first.id()));

			try (EventStreamClient resumed = EventStreamClient.open(port, buyer.token(), first.id(), "en")) {
				assertThat(resumed.awaitOpen()).extracting(frame -> frame.json().path("orderId").asString())
					.as("resumed after the late one, the early one is still ahead").containsExactly(early);
			}
		}
	}

	@Test
	void refusesAPlaceTheStreamNeverReached() {
		Api.Response refused = api.send("GET", "/api/me/notifications/stream", buyer.token(), null,
				Map.of("Last-Event-ID", "999999999999999999", "Accept", "text/event-stream"));
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.text("code")).isEqualTo("VALIDATION_FAILED");
		assertThat(refused.text("detail")).contains("Last-Event-ID");
	}

	private String orderId(Person of) {
		return publish.order(of, sku);
	}

	private JsonNode inbox(Person reader) {
		return Api.expect(api.get("/api/me/notifications", reader.token()), 200).body();
	}

	/** Waits until a node's poll has placed the order's notification in the stream. */
	private void awaitPlaced(String orderId) {
		long deadline = System.nanoTime() + WAIT.toNanos();
		while (jdbc.sql("SELECT COUNT(*) FROM notification WHERE order_id = :order AND stream_position IS NOT NULL")
			.param("order", orderId).query(Long.class).single() == 0) {
			assertThat(System.nanoTime()).as("the notification of %s placed", orderId).isLessThan(deadline);
			try {
				Thread.sleep(50);
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(e);
			}
		}
	}

	private static void await(CountDownLatch latch) {
		try {
			assertThat(latch.await(30, TimeUnit.SECONDS)).isTrue();
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}
}
