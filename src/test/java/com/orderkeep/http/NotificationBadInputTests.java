package com.orderkeep.http;

import static com.orderkeep.http.HttpTestKit.rowCounts;
import static com.orderkeep.http.HttpTestKit.text;
import static com.orderkeep.support.Api.expect;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import com.orderkeep.ordering.OrderManagement;
import com.orderkeep.ordering.OrderRefunded;
import com.orderkeep.ordering.PlaceOrder;
import com.orderkeep.ordering.Placement;
import com.orderkeep.protection.ShipBySoon;
import com.orderkeep.support.Api;
import com.orderkeep.support.MutableClock;
import com.orderkeep.support.OrderkeepHttpTest;

/**
 * Bad input to the inbox, its stream and marking read gets a 4xx problem with a stable code, and writes nothing (the
 * row count of every application table is the same before and after), as {@link BadInputTests} holds for the other
 * endpoints.
 */
@OrderkeepHttpTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NotificationBadInputTests {

	enum Who {
		NONE, GARBAGE, FORGED_BUYER, BUYER, OTHER_BUYER, MERCHANT
	}

	record Case(String name, String method, String path, Who who, Map<String, String> headers, int status, String code) {

		@Override
		public String toString() {
			return name;
		}
	}

	@LocalServerPort
	int port;

	@Autowired
	DataSource dataSource;

	@Autowired
	MutableClock clock;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	OrderManagement orders;

	private final Map<String, String> fixture = new LinkedHashMap<>();
	private final Map<Who, String> tokens = new java.util.EnumMap<>(Who.class);

	@BeforeAll
	void createFixture() {
		Api api = Api.onPort(port);
		Api.Response buyer = api.registerBuyer();
		Api.Response otherBuyer = api.registerBuyer();
		Api.Merchant merchant = api.createMerchant(HttpTestKit.unique("notice-shop"));
		String sku = api.createProduct(merchant, HttpTestKit.unique("杨梅"), 3990, 100).body().path("skus").get(0)
			.path("skuId").asString();
		String order = ((Placement.Placed) orders.place(new PlaceOrder(otherBuyer.text("userId"), HttpTestKit.idempotencyKey(),
				sku, 1, null, null, false))).order().orderId();
		new TransactionTemplate(transactions).executeWithoutResult(status -> {
			events.publishEvent(new OrderRefunded(order, otherBuyer.text("userId"), merchant.merchantId(), 3990, "CANCELLED", clock.instant()));
			events.publishEvent(new ShipBySoon(order, merchant.merchantId(), clock.instant().plusSeconds(3600), clock.instant()));
		});

		tokens.put(Who.GARBAGE, "garbage");
		tokens.put(Who.FORGED_BUYER, HttpTestKit.tokenSignedWithAnotherKey(buyer.text("userId"), "BUYER", clock.instant()));
		tokens.put(Who.BUYER, buyer.text("token"));
		tokens.put(Who.OTHER_BUYER, otherBuyer.text("token"));
		tokens.put(Who.MERCHANT, merchant.token());
		fixture.put("{othersNotification}", expect(api.get("/api/me/notifications", otherBuyer.text("token")), 200).body()
			.path("items").get(0).path("id").asString());
		fixture.put("{shopsNotification}", expect(api.get("/api/me/notifications", merchant.token()), 200).body()
			.path("items").get(0).path("id").asString());
		HttpTestKit.awaitQuiet(dataSource);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("cases")
	void refusesBadInputWithAProblemAndWritesNothing(Case c) {
		Map<String, Long> before = rowCounts(dataSource);
		Api.Response response = send(c);
		Map<String, Long> after = rowCounts(dataSource);

		SoftAssertions soft = new SoftAssertions();
		soft.assertThat(response.status()).as("status of %s: %s", c, response.raw()).isEqualTo(c.status());
		soft.assertThat(text(response.body(), "code")).as("code of %s: %s", c, response.raw()).isEqualTo(c.code());
		soft.assertThat(response.headers().firstValue("Content-Type").orElse(""))
			.as("content type of %s", c).startsWith("application/problem+json");
		soft.assertThat(text(response.body(), "detail")).as("detail of %s", c).isNotBlank();
		soft.assertThat(after).as("row counts after %s", c).isEqualTo(before);
		soft.assertAll();
	}

	private Api.Response send(Case c) {
		Map<String, String> headers = new LinkedHashMap<>();
		headers.put("Accept-Language", "en");
		String token = tokens.get(c.who());
		if (token != null) {
			headers.put("Authorization", "Bearer " + token);
		}
		headers.putAll(c.headers());
		return HttpTestKit.raw(port, c.method(), resolve(c.path()), null, headers);
	}

	private String resolve(String template) {
		String resolved = template;
		for (Map.Entry<String, String> placeholder : fixture.entrySet()) {
			resolved = resolved.replace(placeholder.getKey(), placeholder.getValue());
		}
		return resolved.replace("{unknown}", UUID.randomUUID().toString());
	}

	// --- the table ---

	private static final String INBOX = "/api/me/notifications";
	private static final String STREAM = "/api/me/notifications/stream";
	private static final Map<String, String> EVENT_STREAM = Map.of("Accept", "text/event-stream");

	static Stream<Case> cases() {
		return Stream.of(inbox(), markRead(), stream()).flatMap(List::stream);
	}

	private static List<Case> inbox() {
		return List.of(
				refused("inbox: no token", "GET", INBOX, Who.NONE, Map.of(), 401, "UNAUTHENTICATED"),
				refused("inbox: a garbage token", "GET", INBOX, Who.GARBAGE, Map.of(), 401, "UNAUTHENTICATED"),
				refused("inbox: a token orderkeep did not sign", "GET", INBOX, Who.FORGED_BUYER, Map.of(), 401, "UNAUTHENTICATED"),
				bad("inbox: negative page", "GET", INBOX + "?page=-1"),
				bad("inbox: page past the last one allowed", "GET", INBOX + "?page=100001"),
				bad("inbox: page not a number", "GET", INBOX + "?page=abc"),
				bad("inbox: fractional page", "GET", INBOX + "?page=1.5"),
				bad("inbox: empty pages", "GET", INBOX + "?size=0"),
				bad("inbox: negative size", "GET", INBOX + "?size=-5"),
				bad("inbox: pages too large", "GET", INBOX + "?size=101"),
				bad("inbox: size not a number", "GET", INBOX + "?size=ten"),
				bad("inbox: size beyond an int", "GET", INBOX + "?size=4294967297"),
				bad("inbox: unread not a boolean", "GET", INBOX + "?unread=notabool"),
				bad("inbox: unread a number", "GET", INBOX + "?unread=2"),
				refused("inbox: DELETE", "DELETE", INBOX, Who.BUYER, Map.of(), 405, "METHOD_NOT_ALLOWED"),
				refused("inbox: as an event stream", "GET", INBOX, Who.BUYER, EVENT_STREAM, 406, "NOT_ACCEPTABLE"));
	}

	private static List<Case> markRead() {
		return List.of(
				refused("read: no token", "POST", INBOX + "/{othersNotification}/read", Who.NONE, Map.of(), 401, "UNAUTHENTICATED"),
				refused("read: a garbage token", "POST", INBOX + "/{othersNotification}/read", Who.GARBAGE, Map.of(), 401, "UNAUTHENTICATED"),
				refused("read: another buyer's notification", "POST", INBOX + "/{othersNotification}/read", Who.BUYER, Map.of(), 404, "NOT_FOUND"),
				refused("read: a shop's notification, by a buyer", "POST", INBOX + "/{shopsNotification}/read", Who.BUYER, Map.of(), 404, "NOT_FOUND"),
				refused("read: a buyer's notification, by a merchant", "POST", INBOX + "/{othersNotification}/read", Who.MERCHANT, Map.of(), 404, "NOT_FOUND"),
				refused("read: unknown notification", "POST", INBOX + "/{unknown}/read", Who.BUYER, Map.of(), 404, "NOT_FOUND"),
				refused("read: a very long id", "POST", INBOX + "/" + "n".repeat(300) + "/read", Who.BUYER, Map.of(), 404, "NOT_FOUND"),
				refused("read: GET", "GET", INBOX + "/{othersNotification}/read", Who.OTHER_BUYER, Map.of(), 405, "METHOD_NOT_ALLOWED"),
				refused("read: a notification without /read", "POST", INBOX + "/{othersNotification}", Who.OTHER_BUYER, Map.of(), 404, "NOT_FOUND"));
	}

	private static List<Case> stream() {
		return List.of(
				refused("stream: no token", "GET", STREAM, Who.NONE, EVENT_STREAM, 401, "UNAUTHENTICATED"),
				refused("stream: a garbage token", "GET", STREAM, Who.GARBAGE, EVENT_STREAM, 401, "UNAUTHENTICATED"),
				bad("stream: Last-Event-ID not a number", "GET", STREAM, lastEventId("abc")),
				bad("stream: Last-Event-ID negative", "GET", STREAM, lastEventId("-1")),
				bad("stream: Last-Event-ID fractional", "GET", STREAM, lastEventId("1.5")),
				bad("stream: Last-Event-ID with letters after the digits", "GET", STREAM, lastEventId("12abc")),
				bad("stream: Last-Event-ID empty", "GET", STREAM, lastEventId("")),
				bad("stream: Last-Event-ID the largest long", "GET", STREAM, lastEventId("9223372036854775807")),
				bad("stream: Last-Event-ID beyond a long", "GET", STREAM, lastEventId("9".repeat(25))),
				bad("stream: Last-Event-ID far beyond the stream", "GET", STREAM, lastEventId("999999999999999999")),
				bad("stream: Last-Event-ID not a number, no Accept", "GET", STREAM, Map.of("Last-Event-ID", "abc")),
				refused("stream: asked for as JSON", "GET", STREAM, Who.BUYER, Map.of("Accept", "application/json"), 406, "NOT_ACCEPTABLE"),
				refused("stream: POST", "POST", STREAM, Who.BUYER, Map.of(), 405, "METHOD_NOT_ALLOWED"));
	}

	private static Map<String, String> lastEventId(String value) {
		return Map.of("Accept", "text/event-stream", "Last-Event-ID", value);
	}

	private static Case bad(String name, String method, String path) {
		return bad(name, method, path, Map.of());
	}

	private static Case bad(String name, String method, String path, Map<String, String> headers) {
		return new Case(name, method, path, Who.BUYER, headers, 400, "VALIDATION_FAILED");
	}

	private static Case refused(String name, String method, String path, Who who, Map<String, String> headers, int status,
			String code) {
		return new Case(name, method, path, who, headers, status, code);
	}
}
