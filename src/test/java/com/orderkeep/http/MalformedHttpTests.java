package com.orderkeep.http;

import static com.orderkeep.http.HttpTestKit.rowCounts;
import static com.orderkeep.support.Api.expect;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.assertj.core.api.SoftAssertions;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.orderkeep.support.Api;
import com.orderkeep.support.OrderkeepHttpTest;

/**
 * Requests no client library would send, byte for byte over a socket: undecodable query strings and form bodies,
 * bytes above 0x7F and control characters in headers, encoded separators in paths, oversized lines, headers and
 * bodies. Each gets its 4xx as {@code application/problem+json} with a code, whichever layer refuses it (Tomcat,
 * the firewall, a filter or a handler), and none writes anything.
 */
@OrderkeepHttpTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MalformedHttpTests {

	/**
	 * One raw request: its request line, its other header lines, its body (a text naming the fixture, sent with its
	 * length, or bytes streamed as given), and the refusal it must get.
	 */
	record Probe(String name, String requestLine, List<String> headers, @Nullable String text, RawHttp.Body body,
			int status, String code) {

		Probe(String name, String requestLine, List<String> headers, RawHttp.Body body, int status, String code) {
			this(name, requestLine, headers, null, body, status, code);
		}

		@Override
		public String toString() {
			return name;
		}
	}

	@LocalServerPort
	int port;

	@Autowired
	DataSource dataSource;

	private final Map<String, String> fixture = new LinkedHashMap<>();

	@BeforeAll
	void createFixture() {
		Api api = Api.onPort(port);
		Api.Response buyer = api.registerBuyer();
		Api.Merchant merchant = api.createMerchant(HttpTestKit.unique("raw-shop"));
		Api.Response product = expect(api.createProduct(merchant, HttpTestKit.unique("山竹"), 3990, 20), 201);
		String sku = product.body().path("skus").get(0).path("skuId").asString();
		fixture.put("{buyer}", buyer.text("token"));
		fixture.put("{merchant}", merchant.token());
		fixture.put("{product}", product.text("productId"));
		fixture.put("{sku}", sku);
		fixture.put("{pending}", expect(api.placeOrder(buyer.text("token"), sku, 1, HttpTestKit.idempotencyKey()), 201)
			.text("orderId"));
		HttpTestKit.awaitQuiet(dataSource);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("probes")
	void refusesWithAProblemAndWritesNothing(Probe probe) {
		List<String> lines = new ArrayList<>();
		lines.add(resolve(probe.requestLine()));
		lines.add("Host: 127.0.0.1:" + port);
		probe.headers().forEach(header -> lines.add(resolve(header)));
		RawHttp.Body body = probe.body();
		if (probe.text() != null) {
			String text = resolve(probe.text());
			lines.add("Content-Length: " + text.getBytes(StandardCharsets.UTF_8).length);
			body = RawHttp.Body.of(text);
		}
		Map<String, Long> before = rowCounts(dataSource);
		RawHttp.Answer answer = RawHttp.send(port, RawHttp.head(lines.toArray(String[]::new)), body);
		Map<String, Long> after = rowCounts(dataSource);

		SoftAssertions soft = new SoftAssertions();
		soft.assertThat(answer.status()).as("no server error for %s: %s", probe, answer).isLessThan(500);
		soft.assertThat(answer.status()).as("status of %s: %s", probe, answer).isEqualTo(probe.status());
		soft.assertThat(answer.header("Content-Type")).as("content type of %s: %s", probe, answer)
			.startsWith("application/problem+json");
		soft.assertThat(answer.json().path("code").asString()).as("code of %s: %s", probe, answer).isEqualTo(probe.code());
		soft.assertThat(answer.json().path("status").asInt()).as("status field of %s", probe).isEqualTo(probe.status());
		soft.assertThat(answer.json().path("detail").asString()).as("detail of %s", probe).isNotBlank();
		soft.assertThat(after).as("row counts after %s", probe).isEqualTo(before);
		soft.assertAll();
	}

	private String resolve(String template) {
		String resolved = template;
		for (Map.Entry<String, String> placeholder : fixture.entrySet()) {
			resolved = resolved.replace(placeholder.getKey(), placeholder.getValue());
		}
		return resolved;
	}

	// --- the table ---

	private static final String BUYER = "Authorization: Bearer {buyer}";
	private static final String JSON = "Content-Type: application/json";
	private static final String ORDER = "{\"skuId\":\"{sku}\",\"quantity\":1}";
	/** 键 in UTF-8, read by the server as ISO-8859-1: its middle byte 0x94 is a control character. */
	private static final String UTF8_WITH_CONTROL_BYTE = "\u00e9\u0094\u00ae";
	/** 签 in UTF-8, read by the server as ISO-8859-1: three printable characters, none of them ASCII. */
	private static final String UTF8_PRINTABLE_AS_LATIN1 = "\u00e7\u00ad\u00be";

	static Stream<Probe> probes() {
		List<Probe> probes = new ArrayList<>();
		probes.addAll(queryStringsAndForms());
		probes.addAll(headers());
		probes.addAll(paths());
		probes.addAll(sizes());
		return probes.stream();
	}

	private static List<Probe> queryStringsAndForms() {
		return List.of(
				bad("a parameter without a name", "GET /api/products?=x HTTP/1.1"),
				bad("an escape that is not hex", "GET /api/products?q=%ZZ HTTP/1.1"),
				bad("truncated UTF-8", "GET /api/products?q=%E4 HTTP/1.1"),
				bad("overlong UTF-8", "GET /api/products?q=%C0%AF HTTP/1.1"),
				bad("an encoded lone surrogate", "GET /api/products?q=%ED%A0%80 HTTP/1.1"),
				bad("a lone percent sign", "GET /api/products?q=% HTTP/1.1"),
				bad("an undecodable query on a protected endpoint, before its role check", "GET /api/merchant/orders?status=%ZZ HTTP/1.1", BUYER),
				new Probe("a form body with an empty name to the token endpoint", "POST /api/auth/token HTTP/1.1",
						List.of("Content-Type: application/x-www-form-urlencoded", "Content-Length: 2"), RawHttp.Body.of("=x"),
						400, "VALIDATION_FAILED"),
				new Probe("an undecodable form body to the token endpoint", "POST /api/auth/token HTTP/1.1",
						List.of("Content-Type: application/x-www-form-urlencoded", "Content-Length: 12"),
						RawHttp.Body.of("username=%E4"), 400, "VALIDATION_FAILED"),
				new Probe("a form body in another charset to the token endpoint", "POST /api/auth/token HTTP/1.1",
						List.of("Content-Type: application/x-www-form-urlencoded; charset=ISO-8859-1", "Content-Length: 12"),
						RawHttp.Body.of("username=%E4"), 415, "UNSUPPORTED_MEDIA_TYPE"));
	}

	private static List<Probe> headers() {
		String callback = "{\"gatewayTxnId\":\"T1\",\"orderId\":\"{pending}\",\"amountFen\":3990,\"status\":\"SUCCESS\"}";
		return List.of(
				withBody("an Idempotency-Key in UTF-8 with a control byte", "POST /api/orders HTTP/1.1", ORDER,
						400, "VALIDATION_FAILED", BUYER, JSON, "Idempotency-Key: " + UTF8_WITH_CONTROL_BYTE),
				withBody("an Idempotency-Key of printable non-ASCII bytes", "POST /api/orders HTTP/1.1", ORDER,
						400, "VALIDATION_FAILED", BUYER, JSON, "Idempotency-Key: key-" + UTF8_PRINTABLE_AS_LATIN1),
				withBody("an Idempotency-Key with the C1 control NEL", "POST /api/orders HTTP/1.1", ORDER,
						400, "VALIDATION_FAILED", BUYER, JSON, "Idempotency-Key: key\u0085x"),
				withBody("an Idempotency-Key of 9,000 characters", "POST /api/orders HTTP/1.1", ORDER,
						400, "VALIDATION_FAILED", BUYER, JSON, "Idempotency-Key: " + "k".repeat(9_000)),
				withBody("a signature of printable non-ASCII bytes", "POST /api/payments/callback HTTP/1.1", callback,
						401, "UNAUTHENTICATED", JSON, "X-Signature: " + UTF8_PRINTABLE_AS_LATIN1.repeat(20)),
				withBody("a signature with a control byte", "POST /api/payments/callback HTTP/1.1", callback,
						400, "VALIDATION_FAILED", JSON, "X-Signature: " + UTF8_WITH_CONTROL_BYTE.repeat(20)),
				new Probe("an Accept-Language of printable non-ASCII bytes, on a product that does not exist",
						"GET /api/products/no-such-product HTTP/1.1", List.of("Accept-Language: " + UTF8_PRINTABLE_AS_LATIN1),
						RawHttp.Body.none(), 404, "NOT_FOUND"),
				bad("an Accept-Language in UTF-8 with a control byte", "GET /api/products/no-such-product HTTP/1.1",
						"Accept-Language: " + UTF8_WITH_CONTROL_BYTE),
				new Probe("a bearer token of 20,000 characters", "GET /api/orders HTTP/1.1",
						List.of("Authorization: Bearer " + "t".repeat(20_000)), RawHttp.Body.none(), 400, "VALIDATION_FAILED"));
	}

	private static List<Probe> paths() {
		return List.of(
				new Probe("GET /error", "GET /error HTTP/1.1", List.of(), RawHttp.Body.none(), 404, "NOT_FOUND"),
				new Probe("POST /error", "POST /error HTTP/1.1", List.of(JSON, "Content-Length: 2"), RawHttp.Body.of("{}"),
						404, "NOT_FOUND"),
				bad("an encoded semicolon in an order id", "POST /api/orders/a%3Bb/pay HTTP/1.1", BUYER),
				bad("an encoded slash and dots in a product id", "GET /api/products/a%2F..%2Fb HTTP/1.1"),
				bad("an encoded backslash in a product id", "GET /api/products/a%5Cb HTTP/1.1"),
				bad("an encoded NUL in a product id", "GET /api/products/a%00b HTTP/1.1"),
				bad("a query over 8 KB", "GET /api/products?q=" + "q".repeat(9_000) + " HTTP/1.1"));
	}

	private static List<Probe> sizes() {
		long tenMegabytes = 10L * 1024 * 1024;
		return List.of(
				new Probe("a 10 MB order", "POST /api/orders HTTP/1.1",
						List.of(BUYER, JSON, "Idempotency-Key: big-1", "Content-Length: " + tenMegabytes),
						RawHttp.Body.filler(tenMegabytes), 413, "PAYLOAD_TOO_LARGE"),
				new Probe("a 10 MB sign-up, before anyone is signed in", "POST /api/auth/register HTTP/1.1",
						List.of(JSON, "Content-Length: " + tenMegabytes), RawHttp.Body.filler(tenMegabytes), 413,
						"PAYLOAD_TOO_LARGE"),
				new Probe("a 2 MB product in chunks", "POST /api/merchant/products HTTP/1.1",
						List.of("Authorization: Bearer {merchant}", JSON, "Transfer-Encoding: chunked"),
						RawHttp.Body.chunked(2L * 1024 * 1024), 413, "PAYLOAD_TOO_LARGE"));
	}

	private static Probe bad(String name, String requestLine, String... headers) {
		return new Probe(name, requestLine, List.of(headers), RawHttp.Body.none(), 400, "VALIDATION_FAILED");
	}

	private static Probe withBody(String name, String requestLine, String body, int status, String code,
			String... headers) {
		return new Probe(name, requestLine, List.of(headers), body, RawHttp.Body.none(), status, code);
	}
}
