package com.orderkeep.http;

import static com.orderkeep.http.HttpTestKit.rowCounts;
import static com.orderkeep.http.HttpTestKit.text;
import static com.orderkeep.support.Api.expect;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
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
import com.orderkeep.support.MutableClock;
import com.orderkeep.support.OrderkeepHttpTest;

/**
 * Bad input to every endpoint gets a 4xx problem with a stable code, and writes nothing: the row count of every
 * application table is the same before and after each request.
 * <p>
 * Paths, bodies and header values name the fixture with placeholders ({@code {product}}, {@code {pending}} ...), so
 * the table reads as the requests a client would send.
 */
@OrderkeepHttpTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BadInputTests {

	/** Who sends a request. */
	enum Who {
		NONE, GARBAGE, EXPIRED_LOOKING, FORGED_BUYER, FORGED_MERCHANT, FORGED_ADMIN, UNSIGNED_ADMIN,
		BUYER, OTHER_BUYER, MERCHANT, OTHER_MERCHANT, AGENT, ADMIN
	}

	/** One bad request and the refusal it must get. */
	record Case(String name, String method, String path, Who who, @Nullable String body, Map<String, String> headers,
			int status, String code) {

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

	private final Map<String, String> fixture = new LinkedHashMap<>();
	private final Map<Who, String> tokens = new java.util.EnumMap<>(Who.class);

	@BeforeAll
	void createFixture() {
		Api api = Api.onPort(port);
		String admin = api.adminToken();
		Api.Response buyer = api.registerBuyer();
		Api.Response otherBuyer = api.registerBuyer();
		Api.Merchant merchant = api.createMerchant(HttpTestKit.unique("bad-input-shop"));
		Api.Merchant otherMerchant = api.createMerchant(HttpTestKit.unique("other-shop"));
		String agentName = HttpTestKit.unique("agent");
		expect(api.post("/api/admin/agents", admin, Map.of("username", agentName, "password", "secret-" + agentName)), 201);
		String agent = expect(api.post("/api/auth/token", null,
				Map.of("username", agentName, "password", "secret-" + agentName)), 200).text("token");

		tokens.put(Who.GARBAGE, "garbage");
		tokens.put(Who.EXPIRED_LOOKING, HttpTestKit.expiredLookingGarbage());
		tokens.put(Who.FORGED_BUYER, HttpTestKit.tokenSignedWithAnotherKey(buyer.text("userId"), "BUYER", clock.instant()));
		tokens.put(Who.FORGED_MERCHANT, HttpTestKit.tokenSignedWithAnotherKey(HttpTestKit.unique("m"), "MERCHANT", clock.instant()));
		tokens.put(Who.FORGED_ADMIN, HttpTestKit.tokenSignedWithAnotherKey(HttpTestKit.unique("a"), "ADMIN", clock.instant()));
		tokens.put(Who.UNSIGNED_ADMIN, HttpTestKit.unsignedToken(HttpTestKit.unique("a"), "ADMIN", clock.instant()));
		tokens.put(Who.BUYER, buyer.text("token"));
		tokens.put(Who.OTHER_BUYER, otherBuyer.text("token"));
		tokens.put(Who.MERCHANT, merchant.token());
		tokens.put(Who.OTHER_MERCHANT, otherMerchant.token());
		tokens.put(Who.AGENT, agent);
		tokens.put(Who.ADMIN, admin);

		Api.Response product = api.createProduct(merchant, HttpTestKit.unique("苹果"), 1990, 100);
		Api.Response delisted = api.createProduct(merchant, HttpTestKit.unique("梨"), 500, 10);
		expect(api.post("/api/merchant/products/" + delisted.text("productId") + "/delist", merchant.token(),
				Map.of("reasonCode", "QUALITY_ISSUE", "note", "批次问题")), 200);
		Api.Response otherProduct = api.createProduct(otherMerchant, HttpTestKit.unique("橙子"), 800, 10);
		String sku = product.body().path("skus").get(0).path("skuId").asString();
		String otherSku = otherProduct.body().path("skus").get(0).path("skuId").asString();

		String buyerToken = buyer.text("token");
		String pendingKey = HttpTestKit.idempotencyKey();
		Api.Response pending = expect(api.placeOrder(buyerToken, sku, 1, pendingKey), 201);
		String paid = paidOrder(api, buyerToken, sku);
		String shipped = paidOrder(api, buyerToken, sku);
		expect(api.post("/api/merchant/orders/" + shipped + "/ship", merchant.token(),
				Map.of("carrier", "SF", "trackingNo", "SF1000")), 200);
		String completed = paidOrder(api, buyerToken, sku);
		expect(api.post("/api/merchant/orders/" + completed + "/ship", merchant.token(),
				Map.of("carrier", "SF", "trackingNo", "SF1001")), 200);
		expect(api.post("/api/orders/" + completed + "/confirm-receipt", buyerToken, null), 200);
		String cancelled = expect(api.placeOrder(buyerToken, sku, 1, HttpTestKit.idempotencyKey()), 201).text("orderId");
		expect(api.post("/api/orders/" + cancelled + "/cancel", buyerToken, Map.of("reasonCode", "ORDERED_BY_MISTAKE")), 200);
		String otherMerchantOrder = paidOrder(api, buyerToken, otherSku);

		fixture.put("{product}", product.text("productId"));
		fixture.put("{delisted}", delisted.text("productId"));
		fixture.put("{otherProduct}", otherProduct.text("productId"));
		fixture.put("{sku}", sku);
		fixture.put("{delistedSku}", delisted.body().path("skus").get(0).path("skuId").asString());
		fixture.put("{otherSku}", otherSku);
		fixture.put("{pending}", pending.text("orderId"));
		fixture.put("{pendingTotal}", String.valueOf(pending.body().path("totalFen").asLong()));
		fixture.put("{pendingKey}", pendingKey);
		fixture.put("{paid}", paid);
		fixture.put("{shipped}", shipped);
		fixture.put("{completed}", completed);
		fixture.put("{cancelled}", cancelled);
		fixture.put("{otherMerchantOrder}", otherMerchantOrder);
		String topUpKey = HttpTestKit.idempotencyKey();
		expect(api.send("POST", "/api/merchant/deposit/top-up", merchant.token(), Map.of("amountFen", 100),
				Map.of("Idempotency-Key", topUpKey)), 200);
		fixture.put("{topUpKey}", topUpKey);

		Api.Response groupProduct = expect(api.post("/api/merchant/products", merchant.token(), Map.of("title",
				HttpTestKit.unique("水蜜桃"), "category", "水果", "description", "拼团",
				"skus", List.of(Map.of("spec", "5斤装", "priceFen", 1990, "stock", 100, "groupSize", 2, "groupPriceFen", 990)))), 201);
		String groupSku = groupProduct.body().path("skus").get(0).path("skuId").asString();
		String unpaidGroup = expect(api.send("POST", "/api/orders", buyerToken, Map.of("skuId", groupSku, "quantity", 1,
				"startGroup", true), Map.of("Idempotency-Key", HttpTestKit.idempotencyKey())), 201).text("groupId");
		String fullGroup = expect(api.send("POST", "/api/orders", buyerToken, Map.of("skuId", groupSku, "quantity", 1,
				"startGroup", true), Map.of("Idempotency-Key", HttpTestKit.idempotencyKey())), 201).text("groupId");
		expect(api.send("POST", "/api/orders", otherBuyer.text("token"), Map.of("skuId", groupSku, "quantity", 1,
				"groupId", fullGroup), Map.of("Idempotency-Key", HttpTestKit.idempotencyKey())), 201);
		fixture.put("{groupProduct}", groupProduct.text("productId"));
		fixture.put("{groupSku}", groupSku);
		fixture.put("{unpaidGroup}", unpaidGroup);
		fixture.put("{fullGroup}", fullGroup);

		// Settlement of the completed order, the delisting notice and the like run after their requests answered.
		HttpTestKit.awaitQuiet(dataSource);
	}

	private static String paidOrder(Api api, String buyerToken, String skuId) {
		String orderId = expect(api.placeOrder(buyerToken, skuId, 1, HttpTestKit.idempotencyKey()), 201).text("orderId");
		expect(api.post("/api/orders/" + orderId + "/pay", buyerToken, null), 200);
		return orderId;
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("cases")
	void refusesBadInputWithAProblemAndWritesNothing(Case c) {
		Map<String, Long> before = rowCounts(dataSource);
		Api.Response response = send(c);
		Map<String, Long> after = rowCounts(dataSource);

		SoftAssertions soft = new SoftAssertions();
		soft.assertThat(response.status()).as("no server error for %s: %s", c, response.raw()).isLessThan(500);
		soft.assertThat(response.status()).as("status of %s: %s", c, response.raw()).isEqualTo(c.status());
		soft.assertThat(text(response.body(), "code")).as("code of %s: %s", c, response.raw()).isEqualTo(c.code());
		soft.assertThat(response.headers().firstValue("Content-Type").orElse(""))
			.as("content type of %s", c).startsWith("application/problem+json");
		soft.assertThat(response.body().path("status").isNumber() ? response.body().path("status").asInt() : -1)
			.as("status field of %s", c).isEqualTo(c.status());
		soft.assertThat(text(response.body(), "detail")).as("detail of %s", c).isNotBlank();
		soft.assertThat(after).as("row counts after %s", c).isEqualTo(before);
		soft.assertAll();
	}

	private Api.Response send(Case c) {
		String body = c.body() == null ? null : resolve(c.body());
		Map<String, String> headers = new LinkedHashMap<>();
		headers.put("Accept-Language", "en");
		if (body != null) {
			headers.put("Content-Type", "application/json");
		}
		String token = tokens.get(c.who());
		if (token != null) {
			headers.put("Authorization", "Bearer " + token);
		}
		c.headers().forEach((name, value) -> {
			if (value.equals("{signature}")) {
				headers.put(name, HttpTestKit.sign(body == null ? "" : body));
			}
			else if (value.equals("{signatureOfAnotherBody}")) {
				headers.put(name, HttpTestKit.sign(body + " "));
			}
			else if (value.equals("{noHeader}")) {
				headers.remove(name);
			}
			else {
				headers.put(name, resolve(value));
			}
		});
		return HttpTestKit.raw(port, c.method(), resolve(c.path()), body, headers);
	}

	private String resolve(String template) {
		String resolved = template;
		for (Map.Entry<String, String> placeholder : fixture.entrySet()) {
			resolved = resolved.replace(placeholder.getKey(), placeholder.getValue());
		}
		while (resolved.contains("{unknown}")) {
			resolved = resolved.replaceFirst("\\{unknown}", UUID.randomUUID().toString());
		}
		while (resolved.contains("{fresh}")) {
			resolved = resolved.replaceFirst("\\{fresh}", HttpTestKit.unique("n"));
		}
		return resolved;
	}

	// --- the table ---

	private static final String BAD_JSON = "{\"username\": \"abc\",";
	private static final String VALID_PRODUCT = """
			{"title":"新疆苹果","category":"水果","description":"脆甜","skus":[{"spec":"5斤装","priceFen":1990,"stock":10}]}""";

	static Stream<Case> cases() {
		List<Case> cases = new ArrayList<>();
		cases.addAll(authenticationAndRoles());
		cases.addAll(accounts());
		cases.addAll(catalog());
		cases.addAll(placing());
		cases.addAll(buyerOrders());
		cases.addAll(merchantOrders());
		cases.addAll(callbacks());
		cases.addAll(methodsAndMediaTypes());
		cases.addAll(strictJson());
		cases.addAll(textPeopleWillSee());
		cases.addAll(flashSales());
		cases.addAll(paymentIncidents());
		cases.addAll(protection());
		cases.addAll(reputation());
		cases.addAll(groupBuy());
		return cases.stream();
	}

	/** A request that the named role may make and that would succeed (or be refused for its state only). */
	private record Endpoint(String method, String path, @Nullable String body, Map<String, String> headers,
			@Nullable Who allowed) {
	}

	/** Every protected endpoint without a valid token is 401, and with the wrong role 403. */
	private static List<Case> authenticationAndRoles() {
		List<Endpoint> endpoints = List.of(
				new Endpoint("POST", "/api/admin/merchants", "{\"username\":\"{fresh}\",\"password\":\"secret-1\",\"shopName\":\"店\"}", Map.of(), Who.ADMIN),
				new Endpoint("POST", "/api/admin/agents", "{\"username\":\"{fresh}\",\"password\":\"secret-1\"}", Map.of(), Who.ADMIN),
				new Endpoint("POST", "/api/merchant/products", VALID_PRODUCT, Map.of(), Who.MERCHANT),
				new Endpoint("POST", "/api/merchant/products/{product}/delist", "{\"reasonCode\":\"OTHER\"}", Map.of(), Who.MERCHANT),
				new Endpoint("POST", "/api/merchant/products/{delisted}/relist", "{}", Map.of(), Who.MERCHANT),
				new Endpoint("POST", "/api/merchant/skus/{sku}/restock", "{\"quantity\":5}", Map.of(), Who.MERCHANT),
				new Endpoint("POST", "/api/orders", "{\"skuId\":\"{sku}\",\"quantity\":1}", Map.of("Idempotency-Key", "{fresh}"), Who.BUYER),
				new Endpoint("GET", "/api/orders", null, Map.of(), Who.BUYER),
				new Endpoint("GET", "/api/admin/payment-incidents", null, Map.of(), Who.ADMIN),
				new Endpoint("GET", "/api/admin/users/{unknown}", null, Map.of(), Who.ADMIN),
				new Endpoint("POST", "/api/admin/users/{unknown}/disable", null, Map.of(), Who.ADMIN),
				new Endpoint("POST", "/api/admin/users/{unknown}/enable", null, Map.of(), Who.ADMIN),
				new Endpoint("POST", "/api/admin/users/{unknown}/role", "{\"role\":\"AGENT\"}", Map.of(), Who.ADMIN),
				new Endpoint("GET", "/api/orders/{pending}", null, Map.of(), null),
				new Endpoint("POST", "/api/orders/{pending}/pay", null, Map.of(), Who.BUYER),
				new Endpoint("POST", "/api/orders/{pending}/cancel", "{\"reasonCode\":\"CHANGED_MIND\"}", Map.of(), Who.BUYER),
				new Endpoint("POST", "/api/orders/{shipped}/confirm-receipt", null, Map.of(), Who.BUYER),
				new Endpoint("GET", "/api/merchant/orders", null, Map.of(), Who.MERCHANT),
				new Endpoint("POST", "/api/merchant/orders/{paid}/ship", "{\"carrier\":\"SF\",\"trackingNo\":\"SF2000\"}", Map.of(), Who.MERCHANT),
				new Endpoint("POST", "/api/merchant/orders/{paid}/cancel", "{\"reasonCode\":\"OUT_OF_STOCK\"}", Map.of(), Who.MERCHANT),
				new Endpoint("GET", "/api/merchant/deposit", null, Map.of(), Who.MERCHANT),
				new Endpoint("POST", "/api/merchant/deposit/top-up", "{\"amountFen\":100}", Map.of("Idempotency-Key", "{fresh}"), Who.MERCHANT),
				new Endpoint("GET", "/api/admin/compensation-rules", null, Map.of(), Who.ADMIN),
				new Endpoint("PATCH", "/api/merchant/skus/{sku}", "{\"priceFen\":1990}", Map.of(), Who.MERCHANT),
				new Endpoint("POST", "/api/admin/products/{otherProduct}/ban", "{\"violation\":\"假货\"}", Map.of(), Who.ADMIN),
				new Endpoint("POST", "/api/orders/{paid}/price-protection", null, Map.of("Idempotency-Key", "{fresh}"), Who.BUYER),
				new Endpoint("GET", "/api/admin/merchants/{unknown}/flags", null, Map.of(), Who.ADMIN),
				new Endpoint("POST", "/api/orders/{paid}/review", GOOD_REVIEW, Map.of(), Who.BUYER),
				new Endpoint("GET", "/api/orders/{paid}/alternatives", null, Map.of(), Who.BUYER),
				new Endpoint("GET", "/api/admin/stats", null, Map.of(), Who.ADMIN),
				new Endpoint("POST", "/api/merchant/groups/{unpaidGroup}/complete", null, Map.of(), Who.MERCHANT),
				new Endpoint("POST", "/api/admin/compensation-rules", "{\"ruleCode\":\"LATE_SHIPMENT\",\"percent\":5,\"minFen\":300,\"maxFen\":10000,\"effectiveFrom\":\"2999-01-01T00:00:00Z\"}", Map.of(), Who.ADMIN));
		List<Case> cases = new ArrayList<>();
		for (Endpoint e : endpoints) {
			Who forged = e.allowed() == Who.MERCHANT ? Who.FORGED_MERCHANT : e.allowed() == Who.ADMIN ? Who.FORGED_ADMIN : Who.FORGED_BUYER;
			for (Who who : List.of(Who.NONE, Who.GARBAGE, Who.EXPIRED_LOOKING, forged, Who.UNSIGNED_ADMIN)) {
				cases.add(new Case(e.method() + " " + e.path() + " with token " + who, e.method(), e.path(), who, e.body(),
						e.headers(), 401, "UNAUTHENTICATED"));
			}
			if (e.allowed() != null) {
				for (Who role : List.of(Who.BUYER, Who.MERCHANT, Who.AGENT, Who.ADMIN)) {
					if (role != e.allowed()) {
						cases.add(new Case(e.method() + " " + e.path() + " as " + role, e.method(), e.path(), role, e.body(),
								e.headers(), 403, "FORBIDDEN"));
					}
				}
			}
		}
		// The role is checked before the body is read: a caller without it learns nothing of the endpoint's rules.
		for (Endpoint e : endpoints) {
			if (e.allowed() != null && e.body() != null) {
				Who intruder = e.allowed() == Who.BUYER ? Who.MERCHANT : Who.BUYER;
				cases.add(new Case(e.method() + " " + e.path() + " as " + intruder + " with an invalid body", e.method(),
						e.path(), intruder, "{\"quantity\":\"x\",\"username\":1}", e.headers(), 403, "FORBIDDEN"));
			}
		}
		// Public pages refuse a bearer token that is present but bad, rather than ignore it.
		cases.add(new Case("GET /api/products/{id} with a garbage token", "GET", "/api/products/{product}", Who.GARBAGE, null, Map.of(), 401, "UNAUTHENTICATED"));
		cases.add(new Case("GET /api/products with a forged token", "GET", "/api/products?q=x", Who.FORGED_BUYER, null, Map.of(), 401, "UNAUTHENTICATED"));
		return cases;
	}

	private static List<Case> accounts() {
		return List.of(
				// register
				bad("register: malformed JSON", "POST", "/api/auth/register", Who.NONE, BAD_JSON),
				bad("register: empty body", "POST", "/api/auth/register", Who.NONE, ""),
				bad("register: array instead of object", "POST", "/api/auth/register", Who.NONE, "[{\"username\":\"abcdef\",\"password\":\"secret-1\"}]"),
				bad("register: no fields", "POST", "/api/auth/register", Who.NONE, "{}"),
				bad("register: missing password", "POST", "/api/auth/register", Who.NONE, "{\"username\":\"{fresh}\"}"),
				bad("register: null username", "POST", "/api/auth/register", Who.NONE, "{\"username\":null,\"password\":\"secret-1\"}"),
				bad("register: empty strings", "POST", "/api/auth/register", Who.NONE, "{\"username\":\"\",\"password\":\"\"}"),
				bad("register: blank username", "POST", "/api/auth/register", Who.NONE, "{\"username\":\"   \",\"password\":\"secret-1\"}"),
				bad("register: username too short", "POST", "/api/auth/register", Who.NONE, "{\"username\":\"ab\",\"password\":\"secret-1\"}"),
				bad("register: username too long", "POST", "/api/auth/register", Who.NONE, "{\"username\":\"" + "u".repeat(33) + "\",\"password\":\"secret-1\"}"),
				bad("register: username with spaces and punctuation", "POST", "/api/auth/register", Who.NONE, "{\"username\":\"a b!c\",\"password\":\"secret-1\"}"),
				bad("register: username is an object", "POST", "/api/auth/register", Who.NONE, "{\"username\":{\"name\":\"abc\"},\"password\":\"secret-1\"}"),
				bad("register: username is an array", "POST", "/api/auth/register", Who.NONE, "{\"username\":[\"abcdef\"],\"password\":\"secret-1\"}"),
				bad("register: password too short", "POST", "/api/auth/register", Who.NONE, "{\"username\":\"{fresh}\",\"password\":\"12345\"}"),
				bad("register: password too long", "POST", "/api/auth/register", Who.NONE, "{\"username\":\"{fresh}\",\"password\":\"" + "p".repeat(73) + "\"}"),
				refused("register: taken username", "POST", "/api/auth/register", Who.NONE, "{\"username\":\"admin\",\"password\":\"secret-1\"}", 409, "USERNAME_TAKEN"),
				// sign in
				refused("token: wrong password", "POST", "/api/auth/token", Who.NONE, "{\"username\":\"admin\",\"password\":\"wrong-password\"}", 401, "UNAUTHENTICATED"),
				refused("token: unknown user", "POST", "/api/auth/token", Who.NONE, "{\"username\":\"{fresh}\",\"password\":\"secret-1\"}", 401, "UNAUTHENTICATED"),
				bad("token: malformed JSON", "POST", "/api/auth/token", Who.NONE, BAD_JSON),
				bad("token: missing password", "POST", "/api/auth/token", Who.NONE, "{\"username\":\"admin\"}"),
				bad("token: blank username", "POST", "/api/auth/token", Who.NONE, "{\"username\":\" \",\"password\":\"secret-1\"}"),
				bad("token: username too long", "POST", "/api/auth/token", Who.NONE, "{\"username\":\"" + "u".repeat(65) + "\",\"password\":\"secret-1\"}"),
				bad("token: password too long", "POST", "/api/auth/token", Who.NONE, "{\"username\":\"admin\",\"password\":\"" + "p".repeat(73) + "\"}"),
				bad("token: password is a number array", "POST", "/api/auth/token", Who.NONE, "{\"username\":\"admin\",\"password\":[1,2]}"),
				// merchants
				bad("merchants: malformed JSON", "POST", "/api/admin/merchants", Who.ADMIN, BAD_JSON),
				bad("merchants: missing shop name", "POST", "/api/admin/merchants", Who.ADMIN, "{\"username\":\"{fresh}\",\"password\":\"secret-1\"}"),
				bad("merchants: blank shop name", "POST", "/api/admin/merchants", Who.ADMIN, "{\"username\":\"{fresh}\",\"password\":\"secret-1\",\"shopName\":\" \"}"),
				bad("merchants: shop name too long", "POST", "/api/admin/merchants", Who.ADMIN, "{\"username\":\"{fresh}\",\"password\":\"secret-1\",\"shopName\":\"" + "店".repeat(65) + "\"}"),
				bad("merchants: username with a slash", "POST", "/api/admin/merchants", Who.ADMIN, "{\"username\":\"a/b/c\",\"password\":\"secret-1\",\"shopName\":\"店\"}"),
				bad("merchants: password too short", "POST", "/api/admin/merchants", Who.ADMIN, "{\"username\":\"{fresh}\",\"password\":\"123\",\"shopName\":\"店\"}"),
				bad("merchants: shop name is a number array", "POST", "/api/admin/merchants", Who.ADMIN, "{\"username\":\"{fresh}\",\"password\":\"secret-1\",\"shopName\":[1]}"),
				refused("merchants: taken username leaves no shop behind", "POST", "/api/admin/merchants", Who.ADMIN, "{\"username\":\"admin\",\"password\":\"secret-1\",\"shopName\":\"店\"}", 409, "USERNAME_TAKEN"),
				// agents
				bad("agents: malformed JSON", "POST", "/api/admin/agents", Who.ADMIN, BAD_JSON),
				bad("agents: missing username", "POST", "/api/admin/agents", Who.ADMIN, "{\"password\":\"secret-1\"}"),
				bad("agents: password too short", "POST", "/api/admin/agents", Who.ADMIN, "{\"username\":\"{fresh}\",\"password\":\"1\"}"),
				bad("agents: null password", "POST", "/api/admin/agents", Who.ADMIN, "{\"username\":\"{fresh}\",\"password\":null}"),
				refused("agents: taken username", "POST", "/api/admin/agents", Who.ADMIN, "{\"username\":\"admin\",\"password\":\"secret-1\"}", 409, "USERNAME_TAKEN"));
	}

	private static List<Case> catalog() {
		String sku = "{\"spec\":\"5斤装\",\"priceFen\":1990,\"stock\":10}";
		return List.of(
				// create a product
				bad("product: malformed JSON", "POST", "/api/merchant/products", Who.MERCHANT, "{\"title\":"),
				bad("product: array instead of object", "POST", "/api/merchant/products", Who.MERCHANT, "[" + VALID_PRODUCT + "]"),
				bad("product: missing title", "POST", "/api/merchant/products", Who.MERCHANT, "{\"category\":\"水果\",\"skus\":[" + sku + "]}"),
				bad("product: blank title", "POST", "/api/merchant/products", Who.MERCHANT, "{\"title\":\"  \",\"category\":\"水果\",\"skus\":[" + sku + "]}"),
				bad("product: title too long", "POST", "/api/merchant/products", Who.MERCHANT, "{\"title\":\"" + "t".repeat(121) + "\",\"category\":\"水果\",\"skus\":[" + sku + "]}"),
				bad("product: category too long", "POST", "/api/merchant/products", Who.MERCHANT, "{\"title\":\"t\",\"category\":\"" + "c".repeat(41) + "\",\"skus\":[" + sku + "]}"),
				bad("product: description too long", "POST", "/api/merchant/products", Who.MERCHANT, "{\"title\":\"t\",\"category\":\"c\",\"description\":\"" + "d".repeat(2001) + "\",\"skus\":[" + sku + "]}"),
				bad("product: missing skus", "POST", "/api/merchant/products", Who.MERCHANT, "{\"title\":\"t\",\"category\":\"水果\"}"),
				bad("product: empty skus", "POST", "/api/merchant/products", Who.MERCHANT, "{\"title\":\"t\",\"category\":\"水果\",\"skus\":[]}"),
				bad("product: skus is an object", "POST", "/api/merchant/products", Who.MERCHANT, "{\"title\":\"t\",\"category\":\"水果\",\"skus\":" + sku + "}"),
				bad("product: a null sku", "POST", "/api/merchant/products", Who.MERCHANT, "{\"title\":\"t\",\"category\":\"水果\",\"skus\":[null]}"),
				bad("product: 51 skus", "POST", "/api/merchant/products", Who.MERCHANT, "{\"title\":\"t\",\"category\":\"水果\",\"skus\":[" + String.join(",", java.util.Collections.nCopies(51, sku)) + "]}"),
				bad("product: sku without spec", "POST", "/api/merchant/products", Who.MERCHANT, "{\"title\":\"t\",\"category\":\"c\",\"skus\":[{\"priceFen\":1,\"stock\":1}]}"),
				bad("product: zero price", "POST", "/api/merchant/products", Who.MERCHANT, "{\"title\":\"t\",\"category\":\"c\",\"skus\":[{\"spec\":\"s\",\"priceFen\":0,\"stock\":1}]}"),
				bad("product: negative price", "POST", "/api/merchant/products", Who.MERCHANT, "{\"title\":\"t\",\"category\":\"c\",\"skus\":[{\"spec\":\"s\",\"priceFen\":-100,\"stock\":1}]}"),
				bad("product: fractional price", "POST", "/api/merchant/products", Who.MERCHANT, "{\"title\":\"t\",\"category\":\"c\",\"skus\":[{\"spec\":\"s\",\"priceFen\":19.9,\"stock\":1}]}"),
				bad("product: price is text", "POST", "/api/merchant/products", Who.MERCHANT, "{\"title\":\"t\",\"category\":\"c\",\"skus\":[{\"spec\":\"s\",\"priceFen\":\"abc\",\"stock\":1}]}"),
				bad("product: price above the maximum", "POST", "/api/merchant/products", Who.MERCHANT, "{\"title\":\"t\",\"category\":\"c\",\"skus\":[{\"spec\":\"s\",\"priceFen\":1000000001,\"stock\":1}]}"),
				bad("product: price beyond a long", "POST", "/api/merchant/products", Who.MERCHANT, "{\"title\":\"t\",\"category\":\"c\",\"skus\":[{\"spec\":\"s\",\"priceFen\":99999999999999999999999,\"stock\":1}]}"),
				bad("product: null price", "POST", "/api/merchant/products", Who.MERCHANT, "{\"title\":\"t\",\"category\":\"c\",\"skus\":[{\"spec\":\"s\",\"priceFen\":null,\"stock\":1}]}"),
				bad("product: negative stock", "POST", "/api/merchant/products", Who.MERCHANT, "{\"title\":\"t\",\"category\":\"c\",\"skus\":[{\"spec\":\"s\",\"priceFen\":1,\"stock\":-1}]}"),
				bad("product: stock above the maximum", "POST", "/api/merchant/products", Who.MERCHANT, "{\"title\":\"t\",\"category\":\"c\",\"skus\":[{\"spec\":\"s\",\"priceFen\":1,\"stock\":100000001}]}"),
				// product pages
				refused("product page: unknown product", "GET", "/api/products/{unknown}", Who.NONE, null, 404, "NOT_FOUND"),
				refused("product page: very long id", "GET", "/api/products/" + "x".repeat(300), Who.NONE, null, 404, "NOT_FOUND"),
				bad("search: limit 0", "GET", "/api/products?q=a&limit=0", Who.NONE, null),
				bad("search: negative limit", "GET", "/api/products?q=a&limit=-1", Who.NONE, null),
				bad("search: limit 101", "GET", "/api/products?q=a&limit=101", Who.NONE, null),
				bad("search: limit is text", "GET", "/api/products?q=a&limit=abc", Who.NONE, null),
				bad("search: fractional limit", "GET", "/api/products?q=a&limit=1.5", Who.NONE, null),
				bad("search: text too long", "GET", "/api/products?q=" + "q".repeat(101), Who.NONE, null),
				// delist
				refused("delist: another merchant's product", "POST", "/api/merchant/products/{otherProduct}/delist", Who.MERCHANT, "{\"reasonCode\":\"OTHER\"}", 404, "NOT_FOUND"),
				refused("delist: by another merchant", "POST", "/api/merchant/products/{product}/delist", Who.OTHER_MERCHANT, "{\"reasonCode\":\"OTHER\"}", 404, "NOT_FOUND"),
				refused("delist: unknown product", "POST", "/api/merchant/products/{unknown}/delist", Who.MERCHANT, "{\"reasonCode\":\"OTHER\"}", 404, "NOT_FOUND"),
				refused("delist: a delisted product", "POST", "/api/merchant/products/{delisted}/delist", Who.MERCHANT, "{\"reasonCode\":\"OTHER\"}", 409, "INVALID_STATE"),
				bad("delist: missing reason", "POST", "/api/merchant/products/{product}/delist", Who.MERCHANT, "{\"note\":\"n\"}"),
				bad("delist: null reason", "POST", "/api/merchant/products/{product}/delist", Who.MERCHANT, "{\"reasonCode\":null}"),
				bad("delist: unknown reason", "POST", "/api/merchant/products/{product}/delist", Who.MERCHANT, "{\"reasonCode\":\"BORED\"}"),
				bad("delist: lower-case reason", "POST", "/api/merchant/products/{product}/delist", Who.MERCHANT, "{\"reasonCode\":\"other\"}"),
				bad("delist: an order's reason", "POST", "/api/merchant/products/{product}/delist", Who.MERCHANT, "{\"reasonCode\":\"PAYMENT_TIMEOUT\"}"),
				bad("delist: reason given as a number", "POST", "/api/merchant/products/{delisted}/delist", Who.MERCHANT, "{\"reasonCode\":1}"),
				bad("delist: note too long", "POST", "/api/merchant/products/{product}/delist", Who.MERCHANT, "{\"reasonCode\":\"OTHER\",\"note\":\"" + "n".repeat(501) + "\"}"),
				bad("delist: empty body", "POST", "/api/merchant/products/{product}/delist", Who.MERCHANT, ""),
				bad("delist: array body", "POST", "/api/merchant/products/{product}/delist", Who.MERCHANT, "[\"OTHER\"]"),
				// relist
				refused("relist: a listed product", "POST", "/api/merchant/products/{product}/relist", Who.MERCHANT, "{}", 409, "INVALID_STATE"),
				refused("relist: another merchant's product", "POST", "/api/merchant/products/{delisted}/relist", Who.OTHER_MERCHANT, "{}", 404, "NOT_FOUND"),
				refused("relist: unknown product", "POST", "/api/merchant/products/{unknown}/relist", Who.MERCHANT, "{}", 404, "NOT_FOUND"),
				bad("relist: a SKU of another product", "POST", "/api/merchant/products/{delisted}/relist", Who.MERCHANT, "{\"skus\":[{\"skuId\":\"{sku}\",\"priceFen\":100}]}"),
				bad("relist: zero price", "POST", "/api/merchant/products/{delisted}/relist", Who.MERCHANT, "{\"skus\":[{\"skuId\":\"{delistedSku}\",\"priceFen\":0}]}"),
				bad("relist: negative stock", "POST", "/api/merchant/products/{delisted}/relist", Who.MERCHANT, "{\"skus\":[{\"skuId\":\"{delistedSku}\",\"stock\":-5}]}"),
				bad("relist: blank SKU id", "POST", "/api/merchant/products/{delisted}/relist", Who.MERCHANT, "{\"skus\":[{\"skuId\":\"\",\"priceFen\":100}]}"),
				bad("relist: skus is an object", "POST", "/api/merchant/products/{delisted}/relist", Who.MERCHANT, "{\"skus\":{\"skuId\":\"{delistedSku}\"}}"),
				bad("relist: price is text", "POST", "/api/merchant/products/{delisted}/relist", Who.MERCHANT, "{\"skus\":[{\"skuId\":\"{delistedSku}\",\"priceFen\":\"cheap\"}]}"),
				bad("relist: malformed JSON", "POST", "/api/merchant/products/{delisted}/relist", Who.MERCHANT, "{\"skus\":["),
				// restock
				refused("restock: another merchant's SKU", "POST", "/api/merchant/skus/{otherSku}/restock", Who.MERCHANT, "{\"quantity\":5}", 404, "NOT_FOUND"),
				refused("restock: unknown SKU", "POST", "/api/merchant/skus/{unknown}/restock", Who.MERCHANT, "{\"quantity\":5}", 404, "NOT_FOUND"),
				bad("restock: zero", "POST", "/api/merchant/skus/{sku}/restock", Who.MERCHANT, "{\"quantity\":0}"),
				bad("restock: negative", "POST", "/api/merchant/skus/{sku}/restock", Who.MERCHANT, "{\"quantity\":-5}"),
				bad("restock: fractional", "POST", "/api/merchant/skus/{sku}/restock", Who.MERCHANT, "{\"quantity\":1.5}"),
				bad("restock: text", "POST", "/api/merchant/skus/{sku}/restock", Who.MERCHANT, "{\"quantity\":\"abc\"}"),
				bad("restock: above the maximum", "POST", "/api/merchant/skus/{sku}/restock", Who.MERCHANT, "{\"quantity\":100000001}"),
				bad("restock: huge", "POST", "/api/merchant/skus/{sku}/restock", Who.MERCHANT, "{\"quantity\":9223372036854775808}"),
				bad("restock: missing quantity", "POST", "/api/merchant/skus/{sku}/restock", Who.MERCHANT, "{}"),
				bad("restock: null quantity", "POST", "/api/merchant/skus/{sku}/restock", Who.MERCHANT, "{\"quantity\":null}"),
				bad("restock: quantity is an array", "POST", "/api/merchant/skus/{sku}/restock", Who.MERCHANT, "{\"quantity\":[5]}"));
	}

	private static List<Case> placing() {
		Map<String, String> freshKey = Map.of("Idempotency-Key", "{fresh}");
		return List.of(
				bad("order: missing Idempotency-Key", "POST", "/api/orders", Who.BUYER, "{\"skuId\":\"{sku}\",\"quantity\":1}"),
				bad("order: empty Idempotency-Key", "POST", "/api/orders", Who.BUYER, "{\"skuId\":\"{sku}\",\"quantity\":1}", Map.of("Idempotency-Key", "")),
				bad("order: Idempotency-Key of 65 characters", "POST", "/api/orders", Who.BUYER, "{\"skuId\":\"{sku}\",\"quantity\":1}", Map.of("Idempotency-Key", "k".repeat(65))),
				bad("order: Idempotency-Key with a space", "POST", "/api/orders", Who.BUYER, "{\"skuId\":\"{sku}\",\"quantity\":1}", Map.of("Idempotency-Key", "two words")),
				bad("order: malformed JSON", "POST", "/api/orders", Who.BUYER, "{\"skuId\":\"{sku}\",", freshKey),
				bad("order: empty body", "POST", "/api/orders", Who.BUYER, "", freshKey),
				bad("order: array instead of object", "POST", "/api/orders", Who.BUYER, "[{\"skuId\":\"{sku}\",\"quantity\":1}]", freshKey),
				bad("order: missing SKU", "POST", "/api/orders", Who.BUYER, "{\"quantity\":1}", freshKey),
				bad("order: empty SKU", "POST", "/api/orders", Who.BUYER, "{\"skuId\":\"\",\"quantity\":1}", freshKey),
				bad("order: SKU id too long", "POST", "/api/orders", Who.BUYER, "{\"skuId\":\"" + "s".repeat(65) + "\",\"quantity\":1}", freshKey),
				bad("order: SKU id is a number", "POST", "/api/orders", Who.BUYER, "{\"skuId\":{\"id\":1},\"quantity\":1}", freshKey),
				bad("order: missing quantity", "POST", "/api/orders", Who.BUYER, "{\"skuId\":\"{sku}\"}", freshKey),
				bad("order: null quantity", "POST", "/api/orders", Who.BUYER, "{\"skuId\":\"{sku}\",\"quantity\":null}", freshKey),
				bad("order: quantity 0", "POST", "/api/orders", Who.BUYER, "{\"skuId\":\"{sku}\",\"quantity\":0}", freshKey),
				bad("order: negative quantity", "POST", "/api/orders", Who.BUYER, "{\"skuId\":\"{sku}\",\"quantity\":-1}", freshKey),
				bad("order: quantity 1000", "POST", "/api/orders", Who.BUYER, "{\"skuId\":\"{sku}\",\"quantity\":1000}", freshKey),
				bad("order: quantity beyond an int", "POST", "/api/orders", Who.BUYER, "{\"skuId\":\"{sku}\",\"quantity\":4294967297}", freshKey),
				bad("order: quantity is text", "POST", "/api/orders", Who.BUYER, "{\"skuId\":\"{sku}\",\"quantity\":\"abc\"}", freshKey),
				bad("order: fractional quantity", "POST", "/api/orders", Who.BUYER, "{\"skuId\":\"{sku}\",\"quantity\":1.5}", freshKey),
				bad("order: quantity is a boolean", "POST", "/api/orders", Who.BUYER, "{\"skuId\":\"{sku}\",\"quantity\":true}", freshKey),
				bad("order: empty flash sale id", "POST", "/api/orders", Who.BUYER, "{\"skuId\":\"{sku}\",\"quantity\":1,\"flashSaleId\":\"\"}", freshKey),
				bad("order: group id too long", "POST", "/api/orders", Who.BUYER, "{\"skuId\":\"{sku}\",\"quantity\":1,\"groupId\":\"" + "g".repeat(65) + "\"}", freshKey),
				bad("order: startGroup is not a boolean", "POST", "/api/orders", Who.BUYER, "{\"skuId\":\"{sku}\",\"quantity\":1,\"startGroup\":\"yes\"}", freshKey),
				refused("order: unknown SKU", "POST", "/api/orders", Who.BUYER, "{\"skuId\":\"{unknown}\",\"quantity\":1}", freshKey, 404, "NOT_FOUND"),
				refused("order: unknown flash sale", "POST", "/api/orders", Who.BUYER, "{\"skuId\":\"{sku}\",\"quantity\":1,\"flashSaleId\":\"{unknown}\"}", freshKey, 404, "NOT_FOUND"),
				refused("order: unknown group", "POST", "/api/orders", Who.BUYER, "{\"skuId\":\"{sku}\",\"quantity\":1,\"groupId\":\"{unknown}\"}", freshKey, 404, "NOT_FOUND"),
				refused("order: start a group", "POST", "/api/orders", Who.BUYER, "{\"skuId\":\"{sku}\",\"quantity\":1,\"startGroup\":true}", freshKey, 409, "GROUP_BUY_NOT_OFFERED"),
				refused("order: delisted product", "POST", "/api/orders", Who.BUYER, "{\"skuId\":\"{delistedSku}\",\"quantity\":1}", freshKey, 409, "PRODUCT_DELISTED"),
				refused("order: more than is available", "POST", "/api/orders", Who.BUYER, "{\"skuId\":\"{sku}\",\"quantity\":999}", freshKey, 409, "OUT_OF_STOCK"),
				refused("order: used key, other quantity", "POST", "/api/orders", Who.BUYER, "{\"skuId\":\"{sku}\",\"quantity\":2}", Map.of("Idempotency-Key", "{pendingKey}"), 409, "IDEMPOTENCY_KEY_REUSED"),
				refused("order: used key, other SKU", "POST", "/api/orders", Who.BUYER, "{\"skuId\":\"{otherSku}\",\"quantity\":1}", Map.of("Idempotency-Key", "{pendingKey}"), 409, "IDEMPOTENCY_KEY_REUSED"));
	}

	private static List<Case> buyerOrders() {
		return List.of(
				// list
				bad("my orders: unknown status", "GET", "/api/orders?status=LOST", Who.BUYER, null),
				bad("my orders: lower-case status", "GET", "/api/orders?status=shipped", Who.BUYER, null),
				bad("my orders: size 0", "GET", "/api/orders?size=0", Who.BUYER, null),
				bad("my orders: size 101", "GET", "/api/orders?size=101", Who.BUYER, null),
				bad("my orders: negative page", "GET", "/api/orders?page=-1", Who.BUYER, null),
				bad("my orders: page is text", "GET", "/api/orders?page=first", Who.BUYER, null),
				bad("my orders: huge size", "GET", "/api/orders?size=99999999999", Who.BUYER, null),
				// one order
				refused("order: another buyer's", "GET", "/api/orders/{pending}", Who.OTHER_BUYER, null, 404, "NOT_FOUND"),
				refused("order: another merchant's", "GET", "/api/orders/{pending}", Who.OTHER_MERCHANT, null, 404, "NOT_FOUND"),
				refused("order: unknown", "GET", "/api/orders/{unknown}", Who.BUYER, null, 404, "NOT_FOUND"),
				refused("order: unknown, as admin", "GET", "/api/orders/{unknown}", Who.ADMIN, null, 404, "NOT_FOUND"),
				// pay
				refused("pay: another buyer's order", "POST", "/api/orders/{pending}/pay", Who.OTHER_BUYER, null, 404, "NOT_FOUND"),
				refused("pay: unknown order", "POST", "/api/orders/{unknown}/pay", Who.BUYER, null, 404, "NOT_FOUND"),
				refused("pay: a cancelled order", "POST", "/api/orders/{cancelled}/pay", Who.BUYER, null, 409, "INVALID_STATE"),
				refused("pay: a paid order", "POST", "/api/orders/{paid}/pay", Who.BUYER, null, 409, "INVALID_STATE"),
				refused("pay: a completed order", "POST", "/api/orders/{completed}/pay", Who.BUYER, null, 409, "INVALID_STATE"),
				// cancel
				refused("cancel: another buyer's order", "POST", "/api/orders/{pending}/cancel", Who.OTHER_BUYER, "{}", 404, "NOT_FOUND"),
				refused("cancel: unknown order", "POST", "/api/orders/{unknown}/cancel", Who.BUYER, "{}", 404, "NOT_FOUND"),
				refused("cancel: a shipped order", "POST", "/api/orders/{shipped}/cancel", Who.BUYER, "{}", 409, "INVALID_STATE"),
				refused("cancel: a completed order", "POST", "/api/orders/{completed}/cancel", Who.BUYER, null, 409, "INVALID_STATE"),
				refused("cancel: a cancelled order", "POST", "/api/orders/{cancelled}/cancel", Who.BUYER, "{\"reasonCode\":\"CHANGED_MIND\"}", 409, "INVALID_STATE"),
				bad("cancel: a merchant's reason", "POST", "/api/orders/{pending}/cancel", Who.BUYER, "{\"reasonCode\":\"OUT_OF_STOCK\"}"),
				bad("cancel: the system's reason", "POST", "/api/orders/{pending}/cancel", Who.BUYER, "{\"reasonCode\":\"PAYMENT_TIMEOUT\"}"),
				bad("cancel: unknown reason", "POST", "/api/orders/{pending}/cancel", Who.BUYER, "{\"reasonCode\":\"BORED\"}"),
				bad("cancel: reason given as a number", "POST", "/api/orders/{completed}/cancel", Who.BUYER, "{\"reasonCode\":0}"),
				bad("cancel: malformed JSON", "POST", "/api/orders/{pending}/cancel", Who.BUYER, "{\"reasonCode\":"),
				bad("cancel: array body", "POST", "/api/orders/{pending}/cancel", Who.BUYER, "[\"CHANGED_MIND\"]"),
				// confirm receipt
				refused("confirm: an unshipped order", "POST", "/api/orders/{paid}/confirm-receipt", Who.BUYER, null, 409, "INVALID_STATE"),
				refused("confirm: an unpaid order", "POST", "/api/orders/{pending}/confirm-receipt", Who.BUYER, null, 409, "INVALID_STATE"),
				refused("confirm: a completed order", "POST", "/api/orders/{completed}/confirm-receipt", Who.BUYER, null, 409, "INVALID_STATE"),
				refused("confirm: a cancelled order", "POST", "/api/orders/{cancelled}/confirm-receipt", Who.BUYER, null, 409, "INVALID_STATE"),
				refused("confirm: another buyer's order", "POST", "/api/orders/{shipped}/confirm-receipt", Who.OTHER_BUYER, null, 404, "NOT_FOUND"),
				refused("confirm: unknown order", "POST", "/api/orders/{unknown}/confirm-receipt", Who.BUYER, null, 404, "NOT_FOUND"));
	}

	private static List<Case> merchantOrders() {
		String ship = "{\"carrier\":\"SF\",\"trackingNo\":\"SF3000\"}";
		return List.of(
				// list
				bad("merchant orders: unknown status", "GET", "/api/merchant/orders?status=LOST", Who.MERCHANT, null),
				bad("merchant orders: affectedByDelisting is not a boolean", "GET", "/api/merchant/orders?affectedByDelisting=maybe", Who.MERCHANT, null),
				bad("merchant orders: size 0", "GET", "/api/merchant/orders?size=0", Who.MERCHANT, null),
				bad("merchant orders: negative page", "GET", "/api/merchant/orders?page=-3", Who.MERCHANT, null),
				// ship
				refused("ship: an unpaid order", "POST", "/api/merchant/orders/{pending}/ship", Who.MERCHANT, ship, 409, "INVALID_STATE"),
				refused("ship: a shipped order", "POST", "/api/merchant/orders/{shipped}/ship", Who.MERCHANT, ship, 409, "INVALID_STATE"),
				refused("ship: a cancelled order", "POST", "/api/merchant/orders/{cancelled}/ship", Who.MERCHANT, ship, 409, "INVALID_STATE"),
				refused("ship: a completed order", "POST", "/api/merchant/orders/{completed}/ship", Who.MERCHANT, ship, 409, "INVALID_STATE"),
				refused("ship: another merchant's order", "POST", "/api/merchant/orders/{otherMerchantOrder}/ship", Who.MERCHANT, ship, 404, "NOT_FOUND"),
				refused("ship: by another merchant", "POST", "/api/merchant/orders/{paid}/ship", Who.OTHER_MERCHANT, ship, 404, "NOT_FOUND"),
				refused("ship: unknown order", "POST", "/api/merchant/orders/{unknown}/ship", Who.MERCHANT, ship, 404, "NOT_FOUND"),
				bad("ship: missing carrier", "POST", "/api/merchant/orders/{paid}/ship", Who.MERCHANT, "{\"trackingNo\":\"SF1\"}"),
				bad("ship: blank carrier", "POST", "/api/merchant/orders/{paid}/ship", Who.MERCHANT, "{\"carrier\":\" \",\"trackingNo\":\"SF1\"}"),
				bad("ship: carrier too long", "POST", "/api/merchant/orders/{paid}/ship", Who.MERCHANT, "{\"carrier\":\"" + "c".repeat(41) + "\",\"trackingNo\":\"SF1\"}"),
				bad("ship: missing tracking number", "POST", "/api/merchant/orders/{paid}/ship", Who.MERCHANT, "{\"carrier\":\"SF\"}"),
				bad("ship: tracking number with spaces", "POST", "/api/merchant/orders/{paid}/ship", Who.MERCHANT, "{\"carrier\":\"SF\",\"trackingNo\":\"SF 1!\"}"),
				bad("ship: tracking number too long", "POST", "/api/merchant/orders/{paid}/ship", Who.MERCHANT, "{\"carrier\":\"SF\",\"trackingNo\":\"" + "1".repeat(65) + "\"}"),
				bad("ship: tracking number is a number array", "POST", "/api/merchant/orders/{paid}/ship", Who.MERCHANT, "{\"carrier\":\"SF\",\"trackingNo\":[1]}"),
				bad("ship: empty object", "POST", "/api/merchant/orders/{paid}/ship", Who.MERCHANT, "{}"),
				bad("ship: no body", "POST", "/api/merchant/orders/{paid}/ship", Who.MERCHANT, null),
				bad("ship: malformed JSON", "POST", "/api/merchant/orders/{paid}/ship", Who.MERCHANT, "{\"carrier\":\"SF\""),
				// cancel
				refused("merchant cancel: a shipped order", "POST", "/api/merchant/orders/{shipped}/cancel", Who.MERCHANT, "{\"reasonCode\":\"OUT_OF_STOCK\"}", 409, "INVALID_STATE"),
				refused("merchant cancel: a completed order", "POST", "/api/merchant/orders/{completed}/cancel", Who.MERCHANT, "{\"reasonCode\":\"OTHER\"}", 409, "INVALID_STATE"),
				refused("merchant cancel: a cancelled order", "POST", "/api/merchant/orders/{cancelled}/cancel", Who.MERCHANT, "{\"reasonCode\":\"OTHER\"}", 409, "INVALID_STATE"),
				refused("merchant cancel: another merchant's order", "POST", "/api/merchant/orders/{otherMerchantOrder}/cancel", Who.MERCHANT, "{\"reasonCode\":\"OTHER\"}", 404, "NOT_FOUND"),
				refused("merchant cancel: unknown order", "POST", "/api/merchant/orders/{unknown}/cancel", Who.MERCHANT, "{\"reasonCode\":\"OTHER\"}", 404, "NOT_FOUND"),
				bad("merchant cancel: a buyer's reason", "POST", "/api/merchant/orders/{paid}/cancel", Who.MERCHANT, "{\"reasonCode\":\"CHANGED_MIND\"}"),
				bad("merchant cancel: the system's reason", "POST", "/api/merchant/orders/{paid}/cancel", Who.MERCHANT, "{\"reasonCode\":\"PAYMENT_TIMEOUT\"}"),
				bad("merchant cancel: missing reason", "POST", "/api/merchant/orders/{paid}/cancel", Who.MERCHANT, "{\"note\":\"sorry\"}"),
				bad("merchant cancel: unknown reason", "POST", "/api/merchant/orders/{paid}/cancel", Who.MERCHANT, "{\"reasonCode\":\"LAZY\"}"),
				bad("merchant cancel: reason given as a number", "POST", "/api/merchant/orders/{completed}/cancel", Who.MERCHANT, "{\"reasonCode\":2}"),
				bad("merchant cancel: note too long", "POST", "/api/merchant/orders/{paid}/cancel", Who.MERCHANT, "{\"reasonCode\":\"OTHER\",\"note\":\"" + "n".repeat(501) + "\"}"),
				bad("merchant cancel: no body", "POST", "/api/merchant/orders/{paid}/cancel", Who.MERCHANT, null));
	}

	private static List<Case> callbacks() {
		String capture = "{\"gatewayTxnId\":\"{fresh}\",\"orderId\":\"{pending}\",\"amountFen\":{pendingTotal},\"status\":\"SUCCESS\"}";
		String path = "/api/payments/callback";
		return List.of(
				refused("callback: wrong signature", "POST", path, Who.NONE, capture, Map.of("X-Signature", "0".repeat(64)), 401, "UNAUTHENTICATED"),
				refused("callback: no signature", "POST", path, Who.NONE, capture, Map.of(), 401, "UNAUTHENTICATED"),
				refused("callback: signature of another body", "POST", path, Who.NONE, capture, Map.of("X-Signature", "{signatureOfAnotherBody}"), 401, "UNAUTHENTICATED"),
				refused("callback: signature that is not hex", "POST", path, Who.NONE, capture, Map.of("X-Signature", "not-a-signature"), 401, "UNAUTHENTICATED"),
				bad("callback: malformed JSON, signed", "POST", path, Who.NONE, "{\"gatewayTxnId\":", Map.of("X-Signature", "{signature}")),
				bad("callback: array, signed", "POST", path, Who.NONE, "[" + capture + "]", Map.of("X-Signature", "{signature}")),
				bad("callback: empty body, signed", "POST", path, Who.NONE, "", Map.of("X-Signature", "{signature}")),
				bad("callback: missing amount, signed", "POST", path, Who.NONE, "{\"gatewayTxnId\":\"{fresh}\",\"orderId\":\"{pending}\",\"status\":\"SUCCESS\"}", Map.of("X-Signature", "{signature}")),
				bad("callback: zero amount, signed", "POST", path, Who.NONE, "{\"gatewayTxnId\":\"{fresh}\",\"orderId\":\"{pending}\",\"amountFen\":0,\"status\":\"SUCCESS\"}", Map.of("X-Signature", "{signature}")),
				bad("callback: negative amount, signed", "POST", path, Who.NONE, "{\"gatewayTxnId\":\"{fresh}\",\"orderId\":\"{pending}\",\"amountFen\":-1990,\"status\":\"SUCCESS\"}", Map.of("X-Signature", "{signature}")),
				bad("callback: amount is text, signed", "POST", path, Who.NONE, "{\"gatewayTxnId\":\"{fresh}\",\"orderId\":\"{pending}\",\"amountFen\":\"abc\",\"status\":\"SUCCESS\"}", Map.of("X-Signature", "{signature}")),
				bad("callback: fractional amount, signed", "POST", path, Who.NONE, "{\"gatewayTxnId\":\"{fresh}\",\"orderId\":\"{unknown}\",\"amountFen\":19.9,\"status\":\"SUCCESS\"}", Map.of("X-Signature", "{signature}")),
				bad("callback: missing transaction id, signed", "POST", path, Who.NONE, "{\"orderId\":\"{pending}\",\"amountFen\":{pendingTotal},\"status\":\"SUCCESS\"}", Map.of("X-Signature", "{signature}")),
				bad("callback: transaction id too long, signed", "POST", path, Who.NONE, "{\"gatewayTxnId\":\"" + "t".repeat(65) + "\",\"orderId\":\"{pending}\",\"amountFen\":{pendingTotal},\"status\":\"SUCCESS\"}", Map.of("X-Signature", "{signature}")),
				bad("callback: order id too long, signed", "POST", path, Who.NONE, "{\"gatewayTxnId\":\"{fresh}\",\"orderId\":\"" + "o".repeat(37) + "\",\"amountFen\":1,\"status\":\"SUCCESS\"}", Map.of("X-Signature", "{signature}")),
				bad("callback: null status, signed", "POST", path, Who.NONE, "{\"gatewayTxnId\":\"{fresh}\",\"orderId\":\"{pending}\",\"amountFen\":{pendingTotal},\"status\":null}", Map.of("X-Signature", "{signature}")),
				refused("callback: unknown order, signed", "POST", path, Who.NONE, "{\"gatewayTxnId\":\"{fresh}\",\"orderId\":\"{unknown}\",\"amountFen\":100,\"status\":\"SUCCESS\"}", Map.of("X-Signature", "{signature}"), 404, "NOT_FOUND"),
				refused("callback: text/plain, signed", "POST", path, Who.NONE, capture, Map.of("X-Signature", "{signature}", "Content-Type", "text/plain"), 415, "UNSUPPORTED_MEDIA_TYPE"));
	}

	private static List<Case> methodsAndMediaTypes() {
		return List.of(
				refused("DELETE an order", "DELETE", "/api/orders/{pending}", Who.BUYER, null, 405, "METHOD_NOT_ALLOWED"),
				refused("PUT an order", "PUT", "/api/orders/{pending}", Who.BUYER, "{\"status\":\"COMPLETED\"}", 405, "METHOD_NOT_ALLOWED"),
				refused("GET the pay action", "GET", "/api/orders/{pending}/pay", Who.BUYER, null, 405, "METHOD_NOT_ALLOWED"),
				refused("GET register, signed in", "GET", "/api/auth/register", Who.BUYER, null, 405, "METHOD_NOT_ALLOWED"),
				refused("GET the callback, signed in", "GET", "/api/payments/callback", Who.BUYER, null, 405, "METHOD_NOT_ALLOWED"),
				refused("PATCH a product", "PATCH", "/api/products/{product}", Who.MERCHANT, "{\"title\":\"x\"}", 405, "METHOD_NOT_ALLOWED"),
				refused("DELETE a product", "DELETE", "/api/products/{product}", Who.MERCHANT, null, 405, "METHOD_NOT_ALLOWED"),
				refused("PATCH a product, anonymous", "PATCH", "/api/products/{product}", Who.NONE, "{\"title\":\"x\"}", 401, "UNAUTHENTICATED"),
				refused("unknown path", "GET", "/api/no-such-thing", Who.BUYER, null, 404, "NOT_FOUND"),
				refused("register as text/plain", "POST", "/api/auth/register", Who.NONE, "{\"username\":\"{fresh}\",\"password\":\"secret-1\"}", Map.of("Content-Type", "text/plain"), 415, "UNSUPPORTED_MEDIA_TYPE"),
				refused("register without a content type", "POST", "/api/auth/register", Who.NONE, "{\"username\":\"{fresh}\",\"password\":\"secret-1\"}", Map.of("Content-Type", "{noHeader}"), 415, "UNSUPPORTED_MEDIA_TYPE"),
				refused("product as XML", "POST", "/api/merchant/products", Who.MERCHANT, "<product/>", Map.of("Content-Type", "application/xml"), 415, "UNSUPPORTED_MEDIA_TYPE"),
				refused("order as form data", "POST", "/api/orders", Who.BUYER, "skuId={sku}&quantity=1", Map.of("Content-Type", "application/x-www-form-urlencoded", "Idempotency-Key", "{fresh}"), 415, "UNSUPPORTED_MEDIA_TYPE"),
				refused("ship as text/plain", "POST", "/api/merchant/orders/{paid}/ship", Who.MERCHANT, "{\"carrier\":\"SF\",\"trackingNo\":\"SF1\"}", Map.of("Content-Type", "text/plain"), 415, "UNSUPPORTED_MEDIA_TYPE"));
	}

	/** Numbers are numbers and a key is given once: what a lenient parser would guess at is refused. */
	private static List<Case> strictJson() {
		Map<String, String> freshKey = Map.of("Idempotency-Key", "{fresh}");
		String callback = "/api/payments/callback";
		return List.of(
				bad("order: quantity as a string", "POST", "/api/orders", Who.BUYER, "{\"skuId\":\"{sku}\",\"quantity\":\"1\"}", freshKey),
				bad("order: quantity given twice", "POST", "/api/orders", Who.BUYER, "{\"skuId\":\"{sku}\",\"quantity\":1,\"quantity\":500}", freshKey),
				bad("order: startGroup as a string", "POST", "/api/orders", Who.BUYER, "{\"skuId\":\"{sku}\",\"quantity\":1,\"startGroup\":\"false\"}", freshKey),
				bad("order: sku id as a number", "POST", "/api/orders", Who.BUYER, "{\"skuId\":12345,\"quantity\":1}", freshKey),
				bad("product: price as a string", "POST", "/api/merchant/products", Who.MERCHANT, "{\"title\":\"t\",\"category\":\"c\",\"skus\":[{\"spec\":\"s\",\"priceFen\":\"1990\",\"stock\":1}]}"),
				bad("product: title given twice", "POST", "/api/merchant/products", Who.MERCHANT, "{\"title\":\"t\",\"title\":\"u\",\"category\":\"c\",\"skus\":[{\"spec\":\"s\",\"priceFen\":1990,\"stock\":1}]}"),
				bad("restock: quantity as a string", "POST", "/api/merchant/skus/{sku}/restock", Who.MERCHANT, "{\"quantity\":\"5\"}"),
				bad("callback: amount as a string, signed", "POST", callback, Who.NONE, "{\"gatewayTxnId\":\"{fresh}\",\"orderId\":\"{pending}\",\"amountFen\":\"{pendingTotal}\",\"status\":\"SUCCESS\"}", Map.of("X-Signature", "{signature}")),
				bad("callback: amount given twice, signed", "POST", callback, Who.NONE, "{\"gatewayTxnId\":\"{fresh}\",\"orderId\":\"{pending}\",\"amountFen\":1,\"amountFen\":{pendingTotal},\"status\":\"SUCCESS\"}", Map.of("X-Signature", "{signature}")),
				bad("callback: amount no order can have, signed", "POST", callback, Who.NONE, "{\"gatewayTxnId\":\"{fresh}\",\"orderId\":\"{pending}\",\"amountFen\":9223372036854775807,\"status\":\"SUCCESS\"}", Map.of("X-Signature", "{signature}")),
				bad("callback: amount past what a long holds, signed", "POST", callback, Who.NONE, "{\"gatewayTxnId\":\"{fresh}\",\"orderId\":\"{pending}\",\"amountFen\":92233720368547758070,\"status\":\"SUCCESS\"}", Map.of("X-Signature", "{signature}")),
				bad("register: password as a number", "POST", "/api/auth/register", Who.NONE, "{\"username\":\"{fresh}\",\"password\":12345678}"));
	}

	/** Characters that hide, reorder or break text shown to other people are refused wherever such text is taken. */
	private static List<Case> textPeopleWillSee() {
		List<Case> cases = new ArrayList<>();
		Map<String, String> hidden = new LinkedHashMap<>();
		hidden.put("NUL", "\\u0000");
		hidden.put("ESC", "\\u001B");
		hidden.put("a right-to-left override", "\\u202E");
		hidden.put("a byte order mark", "\\uFEFF");
		hidden.put("a lone surrogate", "\\uD800");
		hidden.put("a newline", "\\n");
		hidden.forEach((what, c) -> {
			cases.add(bad("product: title with " + what, "POST", "/api/merchant/products", Who.MERCHANT,
					"{\"title\":\"苹果" + c + "\",\"category\":\"水果\",\"skus\":[{\"spec\":\"5斤\",\"priceFen\":1990,\"stock\":1}]}"));
			cases.add(bad("product: spec with " + what, "POST", "/api/merchant/products", Who.MERCHANT,
					"{\"title\":\"苹果\",\"category\":\"水果\",\"skus\":[{\"spec\":\"5斤" + c + "\",\"priceFen\":1990,\"stock\":1}]}"));
			cases.add(bad("merchant: shop name with " + what, "POST", "/api/admin/merchants", Who.ADMIN,
					"{\"username\":\"{fresh}\",\"password\":\"secret-1\",\"shopName\":\"果园" + c + "\"}"));
			cases.add(bad("ship: carrier with " + what, "POST", "/api/merchant/orders/{paid}/ship", Who.MERCHANT,
					"{\"carrier\":\"顺丰" + c + "\",\"trackingNo\":\"SF3000\"}"));
			cases.add(bad("register: username with " + what, "POST", "/api/auth/register", Who.NONE,
					"{\"username\":\"buyer" + c + "x\",\"password\":\"secret-1\"}"));
		});
		// Notes may span lines, but nothing else invisible.
		hidden.remove("a newline");
		hidden.forEach((what, c) -> {
			cases.add(bad("delist: note with " + what, "POST", "/api/merchant/products/{product}/delist", Who.MERCHANT,
					"{\"reasonCode\":\"OTHER\",\"note\":\"批次" + c + "问题\"}"));
			cases.add(bad("merchant cancel: note with " + what, "POST", "/api/merchant/orders/{paid}/cancel", Who.MERCHANT,
					"{\"reasonCode\":\"OUT_OF_STOCK\",\"note\":\"缺货" + c + "\"}"));
			cases.add(bad("product: description with " + what, "POST", "/api/merchant/products", Who.MERCHANT,
					"{\"title\":\"苹果\",\"category\":\"水果\",\"description\":\"脆" + c + "甜\",\"skus\":[{\"spec\":\"5斤\",\"priceFen\":1990,\"stock\":1}]}"));
		});
		return cases;
	}

	private static List<Case> paymentIncidents() {
		String path = "/api/admin/payment-incidents";
		return List.of(
				bad("payment incidents: negative page", "GET", path + "?page=-1", Who.ADMIN, null),
				bad("payment incidents: page past the last one allowed", "GET", path + "?page=100001", Who.ADMIN, null),
				bad("payment incidents: empty pages", "GET", path + "?size=0", Who.ADMIN, null),
				bad("payment incidents: pages too large", "GET", path + "?size=101", Who.ADMIN, null),
				bad("payment incidents: page not a number", "GET", path + "?page=abc", Who.ADMIN, null));
	}

	private static List<Case> flashSales() {
		String path = "/api/merchant/flash-sales";
		String window = "\"startsAt\":\"2020-01-01T00:00:00Z\",\"endsAt\":\"2999-01-01T00:00:00Z\"";
		return List.of(
				bad("flash sale: priced above the SKU", "POST", path, Who.MERCHANT, "{\"skuId\":\"{sku}\",\"priceFen\":1991,\"stock\":1,\"perBuyerLimit\":1," + window + "}"),
				bad("flash sale: price as a string", "POST", path, Who.MERCHANT, "{\"skuId\":\"{sku}\",\"priceFen\":\"990\",\"stock\":1,\"perBuyerLimit\":1," + window + "}"),
				refused("flash sale: another merchant's SKU", "POST", path, Who.MERCHANT, "{\"skuId\":\"{otherSku}\",\"priceFen\":100,\"stock\":1,\"perBuyerLimit\":1," + window + "}", 404, "NOT_FOUND"),
				refused("flash sale: as a buyer", "POST", path, Who.BUYER, "{\"skuId\":\"{sku}\",\"priceFen\":100,\"stock\":1,\"perBuyerLimit\":1," + window + "}", 403, "FORBIDDEN"));
	}

	private static List<Case> protection() {
		String topUp = "/api/merchant/deposit/top-up";
		Map<String, String> key = Map.of("Idempotency-Key", "{fresh}");
		String rules = "/api/admin/compensation-rules";
		String later = ",\"effectiveFrom\":\"2999-01-01T00:00:00Z\"";
		return List.of(
				bad("top-up: no Idempotency-Key", "POST", topUp, Who.MERCHANT, "{\"amountFen\":100}"),
				bad("top-up: empty Idempotency-Key", "POST", topUp, Who.MERCHANT, "{\"amountFen\":100}", Map.of("Idempotency-Key", "")),
				bad("top-up: Idempotency-Key too long", "POST", topUp, Who.MERCHANT, "{\"amountFen\":100}", Map.of("Idempotency-Key", "k".repeat(65))),
				bad("top-up: no body", "POST", topUp, Who.MERCHANT, null, key),
				bad("top-up: malformed JSON", "POST", topUp, Who.MERCHANT, "{\"amountFen\":", key),
				bad("top-up: no amount", "POST", topUp, Who.MERCHANT, "{}", key),
				bad("top-up: zero", "POST", topUp, Who.MERCHANT, "{\"amountFen\":0}", key),
				bad("top-up: negative", "POST", topUp, Who.MERCHANT, "{\"amountFen\":-100}", key),
				bad("top-up: a fraction of a fen", "POST", topUp, Who.MERCHANT, "{\"amountFen\":10.5}", key),
				bad("top-up: amount as a string", "POST", topUp, Who.MERCHANT, "{\"amountFen\":\"100\"}", key),
				bad("top-up: above ¥1,000,000", "POST", topUp, Who.MERCHANT, "{\"amountFen\":100000001}", key),
				bad("top-up: beyond a long", "POST", topUp, Who.MERCHANT, "{\"amountFen\":99999999999999999999}", key),
				refused("top-up: a key used for another amount", "POST", topUp, Who.MERCHANT, "{\"amountFen\":200}",
						Map.of("Idempotency-Key", "{topUpKey}"), 409, "IDEMPOTENCY_KEY_REUSED"),
				bad("rules: malformed JSON", "POST", rules, Who.ADMIN, BAD_JSON),
				bad("rules: no rule", "POST", rules, Who.ADMIN, "{\"percent\":5,\"minFen\":300" + later + "}"),
				bad("rules: unknown rule", "POST", rules, Who.ADMIN, "{\"ruleCode\":\"FREE_MONEY\",\"percent\":5,\"minFen\":300" + later + "}"),
				bad("rules: rule as a number", "POST", rules, Who.ADMIN, "{\"ruleCode\":0,\"percent\":5,\"minFen\":300" + later + "}"),
				bad("rules: no percent", "POST", rules, Who.ADMIN, "{\"ruleCode\":\"LATE_SHIPMENT\",\"minFen\":300" + later + "}"),
				bad("rules: negative percent", "POST", rules, Who.ADMIN, "{\"ruleCode\":\"LATE_SHIPMENT\",\"percent\":-1,\"minFen\":300" + later + "}"),
				bad("rules: percent as a fraction", "POST", rules, Who.ADMIN, "{\"ruleCode\":\"LATE_SHIPMENT\",\"percent\":5.5,\"minFen\":300" + later + "}"),
				bad("rules: percent beyond the most", "POST", rules, Who.ADMIN, "{\"ruleCode\":\"LATE_SHIPMENT\",\"percent\":10001,\"minFen\":300" + later + "}"),
				bad("rules: below the floor's percent", "POST", rules, Who.ADMIN, "{\"ruleCode\":\"STOCK_OUT_CANCEL\",\"percent\":4,\"minFen\":500" + later + "}"),
				bad("rules: below the floor's minimum", "POST", rules, Who.ADMIN, "{\"ruleCode\":\"LATE_SHIPMENT\",\"percent\":5,\"minFen\":99" + later + "}"),
				bad("rules: counterfeit below the law's three times", "POST", rules, Who.ADMIN, "{\"ruleCode\":\"COUNTERFEIT\",\"percent\":200,\"minFen\":50000" + later + "}"),
				bad("rules: negative minimum", "POST", rules, Who.ADMIN, "{\"ruleCode\":\"PRICE_PROTECTION\",\"percent\":0,\"minFen\":-1" + later + "}"),
				bad("rules: maximum below minimum", "POST", rules, Who.ADMIN, "{\"ruleCode\":\"LATE_SHIPMENT\",\"percent\":5,\"minFen\":300,\"maxFen\":299" + later + "}"),
				bad("rules: effective in the past", "POST", rules, Who.ADMIN, "{\"ruleCode\":\"LATE_SHIPMENT\",\"percent\":5,\"minFen\":300,\"effectiveFrom\":\"2001-01-01T00:00:00Z\"}"),
				bad("patch: no price", "PATCH", "/api/merchant/skus/{sku}", Who.MERCHANT, "{}"),
				bad("patch: zero price", "PATCH", "/api/merchant/skus/{sku}", Who.MERCHANT, "{\"priceFen\":0}"),
				bad("patch: price above the most", "PATCH", "/api/merchant/skus/{sku}", Who.MERCHANT, "{\"priceFen\":1000000001}"),
				bad("patch: price as a string", "PATCH", "/api/merchant/skus/{sku}", Who.MERCHANT, "{\"priceFen\":\"1990\"}"),
				bad("patch: malformed JSON", "PATCH", "/api/merchant/skus/{sku}", Who.MERCHANT, "{\"priceFen\":"),
				refused("patch: another merchant's SKU", "PATCH", "/api/merchant/skus/{otherSku}", Who.MERCHANT, "{\"priceFen\":1990}", 404, "NOT_FOUND"),
				refused("patch: an unknown SKU", "PATCH", "/api/merchant/skus/{unknown}", Who.MERCHANT, "{\"priceFen\":1990}", 404, "NOT_FOUND"),
				refused("price history: an unknown product", "GET", "/api/products/{unknown}/price-history", Who.NONE, null, 404, "NOT_FOUND"),
				bad("ban: no violation", "POST", "/api/admin/products/{otherProduct}/ban", Who.ADMIN, "{}"),
				bad("ban: blank violation", "POST", "/api/admin/products/{otherProduct}/ban", Who.ADMIN, "{\"violation\":\"  \"}"),
				bad("ban: violation too long", "POST", "/api/admin/products/{otherProduct}/ban", Who.ADMIN, "{\"violation\":\"" + "假".repeat(501) + "\"}"),
				refused("ban: an unknown product", "POST", "/api/admin/products/{unknown}/ban", Who.ADMIN, "{\"violation\":\"假货\"}", 404, "NOT_FOUND"),
				bad("price protection: no Idempotency-Key", "POST", "/api/orders/{paid}/price-protection", Who.BUYER, null),
				bad("price protection: Idempotency-Key with a space", "POST", "/api/orders/{paid}/price-protection", Who.BUYER, null, Map.of("Idempotency-Key", "a b")),
				refused("price protection: another buyer's order", "POST", "/api/orders/{paid}/price-protection", Who.OTHER_BUYER, null, key, 404, "NOT_FOUND"),
				refused("price protection: an unknown order", "POST", "/api/orders/{unknown}/price-protection", Who.BUYER, null, key, 404, "NOT_FOUND"),
				bad("rules: effective on no date", "POST", rules, Who.ADMIN, "{\"ruleCode\":\"LATE_SHIPMENT\",\"percent\":5,\"minFen\":300,\"effectiveFrom\":\"next week\"}"));
	}

	private static final String GOOD_REVIEW = "{\"description\":5,\"service\":4,\"logistics\":5,\"text\":\"好\"}";

	private static List<Case> reputation() {
		String review = "/api/orders/{completed}/review";
		return List.of(
				bad("review: no scores", "POST", review, Who.BUYER, "{}"),
				bad("review: no service score", "POST", review, Who.BUYER, "{\"description\":5,\"logistics\":5}"),
				bad("review: a score of zero", "POST", review, Who.BUYER, "{\"description\":0,\"service\":4,\"logistics\":5}"),
				bad("review: a score of six", "POST", review, Who.BUYER, "{\"description\":5,\"service\":6,\"logistics\":5}"),
				bad("review: a negative score", "POST", review, Who.BUYER, "{\"description\":5,\"service\":4,\"logistics\":-1}"),
				bad("review: a score as a string", "POST", review, Who.BUYER, "{\"description\":\"5\",\"service\":4,\"logistics\":5}"),
				bad("review: a fractional score", "POST", review, Who.BUYER, "{\"description\":4.5,\"service\":4,\"logistics\":5}"),
				bad("review: a huge score", "POST", review, Who.BUYER, "{\"description\":99999999999999999999,\"service\":4,\"logistics\":5}"),
				bad("review: text too long", "POST", review, Who.BUYER, "{\"description\":5,\"service\":4,\"logistics\":5,\"text\":\"" + "好".repeat(501) + "\"}"),
				bad("review: text with a bidi override", "POST", review, Who.BUYER, "{\"description\":5,\"service\":4,\"logistics\":5,\"text\":\"好\\u202E评\"}"),
				bad("review: text as a number", "POST", review, Who.BUYER, "{\"description\":5,\"service\":4,\"logistics\":5,\"text\":5}"),
				bad("review: malformed JSON", "POST", review, Who.BUYER, "{\"description\":5,"),
				refused("review: another buyer's order", "POST", review, Who.OTHER_BUYER, GOOD_REVIEW, 404, "NOT_FOUND"),
				refused("review: an unknown order", "POST", "/api/orders/{unknown}/review", Who.BUYER, GOOD_REVIEW, 404, "NOT_FOUND"),
				refused("review: an order not completed", "POST", "/api/orders/{paid}/review", Who.BUYER, GOOD_REVIEW, 409, "INVALID_STATE"),
				refused("review: a cancelled order", "POST", "/api/orders/{cancelled}/review", Who.BUYER, GOOD_REVIEW, 409, "INVALID_STATE"),
				refused("review: by the merchant", "POST", review, Who.MERCHANT, GOOD_REVIEW, 403, "FORBIDDEN"),
				refused("reputation: an unknown merchant", "GET", "/api/merchants/{unknown}/reputation", Who.NONE, null, 404, "NOT_FOUND"),
				bad("alternatives: limit zero", "GET", "/api/products/{product}/alternatives?limit=0", Who.NONE, null),
				bad("alternatives: limit above the most", "GET", "/api/products/{product}/alternatives?limit=21", Who.NONE, null),
				bad("alternatives: limit not a number", "GET", "/api/products/{product}/alternatives?limit=x", Who.NONE, null),
				bad("alternatives: limit too big for a number", "GET", "/api/products/{product}/alternatives?limit=99999999999", Who.NONE, null),
				refused("alternatives: an unknown product", "GET", "/api/products/{unknown}/alternatives", Who.NONE, null, 404, "NOT_FOUND"),
				bad("order alternatives: negative limit", "GET", "/api/orders/{paid}/alternatives?limit=-1", Who.BUYER, null),
				refused("order alternatives: another buyer's order", "GET", "/api/orders/{paid}/alternatives", Who.OTHER_BUYER, null, 404, "NOT_FOUND"),
				refused("order alternatives: an unknown order", "GET", "/api/orders/{unknown}/alternatives", Who.BUYER, null, 404, "NOT_FOUND"),
				refused("order alternatives: by the merchant", "GET", "/api/orders/{paid}/alternatives", Who.MERCHANT, null, 403, "FORBIDDEN"));
	}

	/** Group buy: the SKU's terms at creation and change, starting and joining groups, reading and completing them. */
	private static List<Case> groupBuy() {
		Map<String, String> key = Map.of("Idempotency-Key", "{fresh}");
		String create = "/api/merchant/products";
		String product = "{\"title\":\"拼团苹果\",\"category\":\"水果\",\"skus\":[{\"spec\":\"5斤装\",\"priceFen\":1990,\"stock\":10%s}]}";
		String patch = "/api/merchant/skus/{groupSku}";
		return List.of(
				bad("group sku: size 1", "POST", create, Who.MERCHANT, product.formatted(",\"groupSize\":1,\"groupPriceFen\":990")),
				bad("group sku: size 11", "POST", create, Who.MERCHANT, product.formatted(",\"groupSize\":11,\"groupPriceFen\":990")),
				bad("group sku: negative size", "POST", create, Who.MERCHANT, product.formatted(",\"groupSize\":-2,\"groupPriceFen\":990")),
				bad("group sku: size as a string", "POST", create, Who.MERCHANT, product.formatted(",\"groupSize\":\"2\",\"groupPriceFen\":990")),
				bad("group sku: fractional size", "POST", create, Who.MERCHANT, product.formatted(",\"groupSize\":2.5,\"groupPriceFen\":990")),
				bad("group sku: huge size", "POST", create, Who.MERCHANT, product.formatted(",\"groupSize\":9223372036854775808,\"groupPriceFen\":990")),
				bad("group sku: group price equal to the price", "POST", create, Who.MERCHANT, product.formatted(",\"groupSize\":2,\"groupPriceFen\":1990")),
				bad("group sku: group price above the price", "POST", create, Who.MERCHANT, product.formatted(",\"groupSize\":2,\"groupPriceFen\":2990")),
				bad("group sku: zero group price", "POST", create, Who.MERCHANT, product.formatted(",\"groupSize\":2,\"groupPriceFen\":0")),
				bad("group sku: negative group price", "POST", create, Who.MERCHANT, product.formatted(",\"groupSize\":2,\"groupPriceFen\":-1")),
				bad("group sku: group price as a string", "POST", create, Who.MERCHANT, product.formatted(",\"groupSize\":2,\"groupPriceFen\":\"990\"")),
				bad("group sku: size without a group price", "POST", create, Who.MERCHANT, product.formatted(",\"groupSize\":2")),
				bad("group sku: group price without a size", "POST", create, Who.MERCHANT, product.formatted(",\"groupPriceFen\":990")),
				bad("group patch: size 1", "PATCH", patch, Who.MERCHANT, "{\"groupSize\":1}"),
				bad("group patch: size 11", "PATCH", patch, Who.MERCHANT, "{\"groupSize\":11}"),
				bad("group patch: size as a string", "PATCH", patch, Who.MERCHANT, "{\"groupSize\":\"3\"}"),
				bad("group patch: group price equal to the price", "PATCH", patch, Who.MERCHANT, "{\"groupPriceFen\":1990}"),
				bad("group patch: group price above a new price", "PATCH", patch, Who.MERCHANT, "{\"priceFen\":1500,\"groupPriceFen\":1600}"),
				bad("group patch: price at the group price", "PATCH", patch, Who.MERCHANT, "{\"priceFen\":990}"),
				bad("group patch: price below the group price", "PATCH", patch, Who.MERCHANT, "{\"priceFen\":500}"),
				bad("group patch: zero group price", "PATCH", patch, Who.MERCHANT, "{\"groupPriceFen\":0}"),
				bad("group patch: group price as an array", "PATCH", patch, Who.MERCHANT, "{\"groupPriceFen\":[990]}"),
				bad("group patch: size alone on a SKU without group buy", "PATCH", "/api/merchant/skus/{sku}", Who.MERCHANT, "{\"groupSize\":3}"),
				bad("group patch: group price alone on a SKU without group buy", "PATCH", "/api/merchant/skus/{sku}", Who.MERCHANT, "{\"groupPriceFen\":990}"),
				bad("group patch: nulls only", "PATCH", patch, Who.MERCHANT, "{\"groupSize\":null,\"groupPriceFen\":null}"),
				refused("group patch: another merchant's SKU", "PATCH", patch, Who.OTHER_MERCHANT, "{\"groupSize\":3}", 404, "NOT_FOUND"),
				refused("group order: join a full group", "POST", "/api/orders", Who.OTHER_BUYER, "{\"skuId\":\"{groupSku}\",\"quantity\":1,\"groupId\":\"{fullGroup}\"}", key, 409, "GROUP_FULL"),
				refused("group order: join a group of another SKU", "POST", "/api/orders", Who.OTHER_BUYER, "{\"skuId\":\"{sku}\",\"quantity\":1,\"groupId\":\"{unpaidGroup}\"}", key, 404, "NOT_FOUND"),
				refused("group order: join one's own group again", "POST", "/api/orders", Who.BUYER, "{\"skuId\":\"{groupSku}\",\"quantity\":1,\"groupId\":\"{unpaidGroup}\"}", key, 409, "GROUP_CLOSED"),
				refused("group order: start a group of an unknown SKU", "POST", "/api/orders", Who.BUYER, "{\"skuId\":\"{unknown}\",\"quantity\":1,\"startGroup\":true}", key, 404, "NOT_FOUND"),
				bad("group order: group id is a number", "POST", "/api/orders", Who.BUYER, "{\"skuId\":\"{groupSku}\",\"quantity\":1,\"groupId\":7}", key),
				bad("group order: zero quantity", "POST", "/api/orders", Who.BUYER, "{\"skuId\":\"{groupSku}\",\"quantity\":0,\"startGroup\":true}", key),
				refused("group: unknown", "GET", "/api/groups/{unknown}", Who.NONE, null, 404, "NOT_FOUND"),
				refused("group: id too long", "GET", "/api/groups/" + "g".repeat(300), Who.NONE, null, 404, "NOT_FOUND"),
				refused("group: with a garbage token", "GET", "/api/groups/{unpaidGroup}", Who.GARBAGE, null, 401, "UNAUTHENTICATED"),
				refused("open groups: unknown product", "GET", "/api/products/{unknown}/groups", Who.NONE, null, 404, "NOT_FOUND"),
				refused("open groups: POST", "POST", "/api/products/{groupProduct}/groups", Who.BUYER, "{}", 405, "METHOD_NOT_ALLOWED"),
				refused("complete group: unknown", "POST", "/api/merchant/groups/{unknown}/complete", Who.MERCHANT, null, 404, "NOT_FOUND"),
				refused("complete group: another merchant's", "POST", "/api/merchant/groups/{unpaidGroup}/complete", Who.OTHER_MERCHANT, null, 404, "NOT_FOUND"),
				refused("complete group: nobody paid", "POST", "/api/merchant/groups/{unpaidGroup}/complete", Who.MERCHANT, null, 409, "INVALID_STATE"),
				refused("complete group: GET", "GET", "/api/merchant/groups/{unpaidGroup}/complete", Who.MERCHANT, null, 405, "METHOD_NOT_ALLOWED"));
	}

	private static Case bad(String name, String method, String path, Who who, @Nullable String body) {
		return bad(name, method, path, who, body, Map.of());
	}

	private static Case bad(String name, String method, String path, Who who, @Nullable String body, Map<String, String> headers) {
		return new Case(name, method, path, who, body, headers, 400, "VALIDATION_FAILED");
	}

	private static Case refused(String name, String method, String path, Who who, @Nullable String body, int status, String code) {
		return new Case(name, method, path, who, body, Map.of(), status, code);
	}

	private static Case refused(String name, String method, String path, Who who, @Nullable String body,
			Map<String, String> headers, int status, String code) {
		return new Case(name, method, path, who, body, headers, status, code);
	}
}
