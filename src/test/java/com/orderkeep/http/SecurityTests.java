package com.orderkeep.http;

import static com.orderkeep.http.HttpTestKit.assertProblem;
import static com.orderkeep.http.HttpTestKit.idempotencyKey;
import static com.orderkeep.http.HttpTestKit.unique;
import static com.orderkeep.support.Api.expect;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.orderkeep.support.Api;
import com.orderkeep.support.MutableClock;
import com.orderkeep.support.OrderkeepHttpTest;

/**
 * Accounts and tokens: passwords never leave the service, tokens expire by the application's clock and only
 * orderkeep's own are accepted, only the platform creates merchants and agents, and usernames are unique.
 */
@OrderkeepHttpTest
class SecurityTests {

	@LocalServerPort
	int port;

	@Autowired
	MutableClock clock;

	@Autowired
	DataSource dataSource;

	private Api api;

	@BeforeEach
	void connect() {
		api = Api.onPort(port);
	}

	@Test
	void neverReturnsPasswords() {
		String admin = api.adminToken();
		String buyerName = unique("buyer");
		String buyerPassword = "pw-" + unique("buyer-secret");
		String merchantName = unique("shop");
		String merchantPassword = "pw-" + unique("merchant-secret");
		String agentName = unique("agent");
		String agentPassword = "pw-" + unique("agent-secret");

		List<Api.Response> responses = new ArrayList<>();
		Api.Response registered = expect(api.post("/api/auth/register", null,
				Map.of("username", buyerName, "password", buyerPassword)), 201);
		responses.add(registered);
		Api.Response signedIn = expect(api.post("/api/auth/token", null,
				Map.of("username", buyerName, "password", buyerPassword)), 200);
		responses.add(signedIn);
		responses.add(expect(api.post("/api/admin/merchants", admin,
				Map.of("username", merchantName, "password", merchantPassword, "shopName", unique("店"))), 201));
		Api.Response merchantSignedIn = expect(api.post("/api/auth/token", null,
				Map.of("username", merchantName, "password", merchantPassword)), 200);
		responses.add(merchantSignedIn);
		responses.add(expect(api.post("/api/admin/agents", admin, Map.of("username", agentName, "password", agentPassword)), 201));
		responses.add(expect(api.post("/api/auth/token", null, Map.of("username", agentName, "password", agentPassword)), 200));
		Api.Response product = api.createProduct(new Api.Merchant(null, merchantSignedIn.text("token"), merchantName), unique("枇杷"), 990, 5);
		responses.add(product);
		String sku = product.body().path("skus").get(0).path("skuId").asString();
		Api.Response order = expect(api.placeOrder(signedIn.text("token"), sku, 1, idempotencyKey()), 201);
		responses.add(order);
		responses.add(expect(api.get("/api/orders/" + order.text("orderId"), admin), 200));
		responses.add(expect(api.get("/api/orders", signedIn.text("token")), 200));
		responses.add(expect(api.get("/api/merchant/orders", merchantSignedIn.text("token")), 200));
		responses.add(api.post("/api/auth/token", null, Map.of("username", buyerName, "password", buyerPassword + "x")));
		responses.add(api.post("/api/auth/register", null, Map.of("username", buyerName, "password", buyerPassword)));

		for (Api.Response response : responses) {
			assertThat(response.raw()).doesNotContain(buyerPassword, merchantPassword, agentPassword)
				.as("no password field").doesNotContainPattern("(?i)\"[a-z_]*password[a-z_]*\"\\s*:")
				.as("no password hash").doesNotContain("$2a$", "$2b$", "$2y$");
		}
		for (Api.Response response : List.of(registered, signedIn)) {
			String claims = new String(Base64.getUrlDecoder().decode(response.text("token").split("\\.")[1]), StandardCharsets.UTF_8);
			assertThat(claims).doesNotContain(buyerPassword).doesNotContainIgnoringCase("password").doesNotContain("$2");
		}
	}

	@Test
	void refusesATokenOnceItHasExpired() {
		Api.Response buyer = api.registerBuyer();
		String token = buyer.text("token");
		expect(api.get("/api/orders", token), 200);
		assertThat(Long.parseLong(claim(token, "exp")) - Long.parseLong(claim(token, "iat"))).as("valid for 12 hours")
			.isEqualTo(Duration.ofHours(12).toSeconds());
		assertThat(Long.parseLong(claim(token, "iat"))).as("issued at the application's time")
			.isEqualTo(clock.instant().getEpochSecond());

		clock.advance(Duration.ofHours(11));
		expect(api.get("/api/orders", token), 200);

		clock.advance(Duration.ofHours(2));
		assertProblem(api.get("/api/orders", token), 401, "UNAUTHENTICATED");
		assertProblem(api.post("/api/orders", token, Map.of("skuId", "x", "quantity", 1)), 401, "UNAUTHENTICATED");

		String username = claim(token, "username");
		String renewed = expect(api.post("/api/auth/token", null,
				Map.of("username", username, "password", "secret-" + username)), 200).text("token");
		expect(api.get("/api/orders", renewed), 200);
	}

	@Test
	void refusesTokensOrderkeepDidNotSign() {
		Api.Response buyer = api.registerBuyer();
		String token = buyer.text("token");
		String[] parts = token.split("\\.");
		String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
		String promoted = Base64.getUrlEncoder().withoutPadding()
			.encodeToString(payload.replace("\"BUYER\"", "\"ADMIN\"").getBytes(StandardCharsets.UTF_8));
		assertThat(promoted).isNotEqualTo(parts[1]);
		String tampered = parts[0] + "." + promoted + "." + parts[2];
		Map<String, String> shop = Map.of("username", unique("shop"), "password", "secret-123", "shopName", "店");

		for (String bad : List.of(tampered, HttpTestKit.tokenSignedWithAnotherKey(buyer.text("userId"), "ADMIN", clock.instant()),
				HttpTestKit.unsignedToken(buyer.text("userId"), "ADMIN", clock.instant()), HttpTestKit.expiredLookingGarbage(), "garbage",
				parts[0] + "." + parts[1] + ".")) {
			assertProblem(api.post("/api/admin/merchants", bad, shop), 401, "UNAUTHENTICATED");
			assertProblem(api.get("/api/orders", bad), 401, "UNAUTHENTICATED");
		}
		assertProblem(api.post("/api/auth/token", null, Map.of("username", shop.get("username"), "password", "secret-123")),
				401, "UNAUTHENTICATED");
		expect(api.get("/api/orders", token), 200);
	}

	@Test
	void holdsAHeadRequestToTheRulesOfItsGet() throws Exception {
		Api.Merchant merchant = api.createMerchant(unique("店"));
		String productId = api.createProduct(merchant, unique("枇杷"), 990, 5).text("productId");
		String buyer = api.registerBuyer().text("token");

		assertThat(head("/api/products/" + productId, null)).as("an open GET").isEqualTo(200);
		assertThat(head("/api/orders", null)).as("a buyer's GET, without a token").isEqualTo(401);
		assertThat(head("/api/orders", merchant.token())).as("a buyer's GET, with a merchant's token").isEqualTo(403);
		assertThat(head("/api/orders", buyer)).as("a buyer's GET, with a buyer's token").isEqualTo(200);
		assertThat(head("/api/merchant/orders", buyer)).as("a merchant's GET, with a buyer's token").isEqualTo(403);
	}

	private int head(String path, @Nullable String token) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
			.method("HEAD", HttpRequest.BodyPublishers.noBody());
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
	}

	@Test
	void letsOnlyTheAdminCreateMerchantsAndAgents() {
		String admin = api.adminToken();
		String merchantName = unique("shop");
		Api.Response shop = expect(api.post("/api/admin/merchants", admin,
				Map.of("username", merchantName, "password", "secret-" + merchantName, "shopName", unique("鲜果铺"))), 201);
		assertThat(shop.text("merchantId")).isNotBlank();
		assertThat(shop.text("userId")).isNotBlank().isNotEqualTo(shop.text("merchantId"));
		Api.Response merchant = expect(api.post("/api/auth/token", null,
				Map.of("username", merchantName, "password", "secret-" + merchantName)), 200);
		assertThat(merchant.text("role")).isEqualTo("MERCHANT");
		assertThat(merchant.text("userId")).isEqualTo(shop.text("userId"));
		assertThat(claim(merchant.text("token"), "merchant")).isEqualTo(shop.text("merchantId"));

		String agentName = unique("agent");
		Api.Response agent = expect(api.post("/api/admin/agents", admin,
				Map.of("username", agentName, "password", "secret-" + agentName)), 201);
		assertThat(agent.text("userId")).isNotBlank();
		Api.Response agentSignedIn = expect(api.post("/api/auth/token", null,
				Map.of("username", agentName, "password", "secret-" + agentName)), 200);
		assertThat(agentSignedIn.text("role")).isEqualTo("AGENT");
		assertThat(agentSignedIn.text("userId")).isEqualTo(agent.text("userId"));

		String buyer = api.registerBuyer().text("token");
		for (String caller : List.of(buyer, merchant.text("token"), agentSignedIn.text("token"))) {
			String name = unique("not-made");
			assertProblem(api.post("/api/admin/merchants", caller,
					Map.of("username", name, "password", "secret-" + name, "shopName", "店")), 403, "FORBIDDEN");
			assertProblem(api.post("/api/admin/agents", caller, Map.of("username", name, "password", "secret-" + name)),
					403, "FORBIDDEN");
			assertProblem(api.post("/api/auth/token", null, Map.of("username", name, "password", "secret-" + name)), 401,
					"UNAUTHENTICATED");
		}
		assertThat(api.adminToken()).isNotBlank();
		assertThat(expect(api.post("/api/auth/token", null, Map.of("username", "admin", "password", "admin-test-password")),
				200).text("role")).isEqualTo("ADMIN");
	}

	@Test
	void refusesATakenUsername() {
		String name = unique("buyer");
		Api.Response first = expect(api.post("/api/auth/register", null, Map.of("username", name, "password", "secret-one")), 201);
		assertThat(first.text("role")).isEqualTo("BUYER");

		assertProblem(api.post("/api/auth/register", null, Map.of("username", name, "password", "secret-one")), 409, "USERNAME_TAKEN");
		assertProblem(api.post("/api/auth/register", null, Map.of("username", name, "password", "secret-two")), 409, "USERNAME_TAKEN");
		String admin = api.adminToken();
		long shops = HttpTestKit.rowCounts(dataSource).get("merchant");
		assertProblem(api.post("/api/admin/merchants", admin, Map.of("username", name, "password", "secret-three", "shopName", "店")),
				409, "USERNAME_TAKEN");
		assertThat(HttpTestKit.rowCounts(dataSource).get("merchant")).as("no shop without its account").isEqualTo(shops);
		assertProblem(api.post("/api/admin/agents", admin, Map.of("username", name, "password", "secret-four")), 409, "USERNAME_TAKEN");

		Api.Response signedIn = expect(api.post("/api/auth/token", null, Map.of("username", name, "password", "secret-one")), 200);
		assertThat(signedIn.text("userId")).isEqualTo(first.text("userId"));
		assertThat(signedIn.text("role")).isEqualTo("BUYER");
		for (String other : List.of("secret-two", "secret-three", "secret-four")) {
			assertProblem(api.post("/api/auth/token", null, Map.of("username", name, "password", other)), 401, "UNAUTHENTICATED");
		}
	}

	private static String claim(String token, String name) {
		String payload = new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8);
		return tools.jackson.databind.json.JsonMapper.builder().build().readTree(payload).path(name).asString();
	}
}
