package com.orderkeep.http;

import static com.orderkeep.http.HttpTestKit.assertProblem;
import static com.orderkeep.http.HttpTestKit.idempotencyKey;
import static com.orderkeep.http.HttpTestKit.unique;
import static com.orderkeep.support.Api.expect;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.orderkeep.support.Api;
import com.orderkeep.support.OrderkeepHttpTest;

/**
 * The platform disables and enables accounts and changes their roles: a token issued before is refused at the next
 * request, a disabled merchant's products stop selling, and no admin can lock the platform out by acting on themselves.
 */
@OrderkeepHttpTest
class AccountAdministrationTests {

	@LocalServerPort
	int port;

	@Autowired
	DataSource dataSource;

	private Api api;
	private String admin;

	@BeforeEach
	void connect() {
		api = Api.onPort(port);
		admin = api.adminToken();
	}

	@Test
	void refusesADisabledBuyersTokenAtOnceAndWantsANewOneAfterEnabling() {
		String name = unique("buyer");
		Api.Response buyer = expect(api.post("/api/auth/register", null, Map.of("username", name, "password", "secret-1")), 201);
		String userId = buyer.text("userId");
		String token = buyer.text("token");
		String sku = skuOf(api.createProduct(api.createMerchant(unique("停用测试店")), unique("青枣"), 990, 10));
		expect(api.placeOrder(token, sku, 1, idempotencyKey()), 201);

		Api.Response disabled = expect(api.post("/api/admin/users/" + userId + "/disable", admin, null), 200);
		assertThat(disabled.text("userId")).isEqualTo(userId);
		assertThat(disabled.text("role")).isEqualTo("BUYER");
		assertThat(disabled.body().path("enabled").asBoolean(true)).isFalse();

		assertProblem(api.get("/api/orders", token), 401, "UNAUTHENTICATED");
		assertProblem(api.placeOrder(token, sku, 1, idempotencyKey()), 401, "UNAUTHENTICATED");
		assertProblem(api.post("/api/auth/token", null, Map.of("username", name, "password", "secret-1")), 401, "UNAUTHENTICATED");
		assertThat(expect(api.get("/api/admin/users/" + userId, admin), 200).body().path("enabled").asBoolean(true)).isFalse();
		expect(api.post("/api/admin/users/" + userId + "/disable", admin, null), 200);

		Api.Response enabled = expect(api.post("/api/admin/users/" + userId + "/enable", admin, null), 200);
		assertThat(enabled.body().path("enabled").asBoolean(false)).isTrue();
		assertProblem(api.get("/api/orders", token), 401, "UNAUTHENTICATED");
		String renewed = expect(api.post("/api/auth/token", null, Map.of("username", name, "password", "secret-1")), 200)
			.text("token");
		assertThat(expect(api.get("/api/orders", renewed), 200).body().path("total").asLong()).isEqualTo(1);
		expect(api.placeOrder(renewed, sku, 1, idempotencyKey()), 201);
	}

	@Test
	void refusesTheTokenOfAUserNoLongerInTheDatabase() throws Exception {
		Api.Response buyer = api.registerBuyer();
		expect(api.get("/api/orders", buyer.text("token")), 200);
		try (Connection c = dataSource.getConnection();
				PreparedStatement delete = c.prepareStatement("DELETE FROM users WHERE id = ?")) {
			delete.setString(1, buyer.text("userId"));
			assertThat(delete.executeUpdate()).isEqualTo(1);
		}
		assertProblem(api.get("/api/orders", buyer.text("token")), 401, "UNAUTHENTICATED");
	}

	@Test
	void refusesTheOldTokensOfAnAccountGivenAnotherRole() {
		String name = unique("agent");
		String userId = expect(api.post("/api/admin/agents", admin, Map.of("username", name, "password", "secret-1")), 201)
			.text("userId");
		String agentToken = signIn(name);

		Api.Response promoted = expect(api.post("/api/admin/users/" + userId + "/role", admin, Map.of("role", "ADMIN")), 200);
		assertThat(promoted.text("role")).isEqualTo("ADMIN");
		assertProblem(api.get("/api/orders/" + unique("order"), agentToken), 401, "UNAUTHENTICATED");
		String adminToken = signIn(name);
		expect(api.post("/api/admin/agents", adminToken, Map.of("username", unique("agent"), "password", "secret-1")), 201);

		expect(api.post("/api/admin/users/" + userId + "/role", admin, Map.of("role", "BUYER")), 200);
		Map<String, String> agent = Map.of("username", unique("agent"), "password", "secret-1");
		assertProblem(api.post("/api/admin/agents", adminToken, agent), 401, "UNAUTHENTICATED");
		String buyerToken = signIn(name);
		assertProblem(api.post("/api/admin/agents", buyerToken, agent), 403, "FORBIDDEN");
		assertProblem(api.post("/api/admin/users/" + userId + "/enable", buyerToken, null), 403, "FORBIDDEN");
		assertProblem(api.post("/api/auth/token", null, agent), 401, "UNAUTHENTICATED");
		assertThat(expect(api.get("/api/admin/users/" + userId, admin), 200).text("role")).isEqualTo("BUYER");
	}

	@Test
	void stopsADisabledMerchantsProductsSellingUntilEnabled() {
		Api.Merchant merchant = api.createMerchant(unique("停业测试店"));
		Api.Response product = api.createProduct(merchant, unique("蜜桔"), 1290, 20);
		String productId = product.text("productId");
		String sku = skuOf(product);
		String buyer = api.registerBuyer().text("token");
		expect(api.placeOrder(buyer, sku, 1, idempotencyKey()), 201);
		String merchantUser = merchantUserId(merchant);

		Api.Response disabled = expect(api.post("/api/admin/users/" + merchantUser + "/disable", admin, null), 200);
		assertThat(disabled.text("merchantId")).isEqualTo(merchant.merchantId());

		Api.Response refused = api.placeOrder(buyer, sku, 1, idempotencyKey());
		assertProblem(refused, 409, "PRODUCT_DELISTED");
		assertThat(refused.text("detail")).contains("suspended");
		Api.Response shown = expect(api.get("/api/products/" + productId, null), 200);
		assertThat(shown.body().path("shopSuspended").asBoolean(false)).isTrue();
		assertThat(shown.text("status")).as("the merchant's own listing is untouched").isEqualTo("LISTED");
		assertThat(expect(api.get("/api/products?q=" + shown.text("title"), null), 200).body().path("items")).isEmpty();
		assertProblem(api.post("/api/merchant/skus/" + sku + "/restock", merchant.token(), Map.of("quantity", 5)), 401,
				"UNAUTHENTICATED");

		expect(api.post("/api/admin/users/" + merchantUser + "/enable", admin, null), 200);
		assertThat(expect(api.get("/api/products/" + productId, null), 200).body().path("shopSuspended").asBoolean(true))
			.isFalse();
		expect(api.placeOrder(buyer, sku, 1, idempotencyKey()), 201);
		assertThat(expect(api.get("/api/products?q=" + shown.text("title"), null), 200).body().path("items")).hasSize(1);
	}

	@Test
	void refusesAMerchantsRoleChange() {
		String merchantUser = merchantUserId(api.createMerchant(unique("角色测试店")));
		assertProblem(api.post("/api/admin/users/" + merchantUser + "/role", admin, Map.of("role", "BUYER")), 409, "INVALID_STATE");
		String buyer = api.registerBuyer().text("userId");
		assertProblem(api.post("/api/admin/users/" + buyer + "/role", admin, Map.of("role", "MERCHANT")), 409, "INVALID_STATE");
		assertThat(expect(api.get("/api/admin/users/" + merchantUser, admin), 200).text("role")).isEqualTo("MERCHANT");
	}

	@Test
	void letsNoAdminDisableOrDemoteThemselves() {
		String self = expect(api.post("/api/auth/token", null, Map.of("username", "admin", "password", "admin-test-password")),
				200).text("userId");
		assertProblem(api.post("/api/admin/users/" + self + "/disable", admin, null), 409, "INVALID_STATE");
		assertProblem(api.post("/api/admin/users/" + self + "/role", admin, Map.of("role", "BUYER")), 409, "INVALID_STATE");
		Api.Response still = expect(api.get("/api/admin/users/" + self, admin), 200);
		assertThat(still.text("role")).isEqualTo("ADMIN");
		assertThat(still.body().path("enabled").asBoolean(false)).isTrue();
	}

	@Test
	void refusesBadRequestsToTheAccountEndpoints() {
		Api.Response buyer = api.registerBuyer();
		String buyerId = buyer.text("userId");
		String buyerToken = buyer.text("token");
		assertProblem(api.post("/api/admin/users/" + unique("nobody") + "/disable", admin, null), 404, "NOT_FOUND");
		assertProblem(api.get("/api/admin/users/" + unique("nobody"), admin), 404, "NOT_FOUND");
		assertProblem(api.post("/api/admin/users/" + buyerId + "/role", admin, Map.of("role", "OWNER")), 400, "VALIDATION_FAILED");
		assertProblem(api.post("/api/admin/users/" + buyerId + "/role", admin, Map.of()), 400, "VALIDATION_FAILED");
		assertProblem(api.post("/api/admin/users/" + buyerId + "/role", admin, "{\"role\":"), 400, "VALIDATION_FAILED");
		for (String path : new String[] { "/disable", "/enable" }) {
			assertProblem(api.post("/api/admin/users/" + buyerId + path, null, null), 401, "UNAUTHENTICATED");
			assertProblem(api.post("/api/admin/users/" + buyerId + path, buyerToken, null), 403, "FORBIDDEN");
		}
		assertProblem(api.get("/api/admin/users/" + buyerId, buyerToken), 403, "FORBIDDEN");
		expect(api.get("/api/orders", buyerToken), 200);
	}

	@Test
	void keepsOneEnabledAdminWhenTwoDisableEachOtherAtOnce() throws Exception {
		String adminId = expect(api.post("/api/auth/token", null, Map.of("username", "admin", "password", "admin-test-password")),
				200).text("userId");
		for (int round = 0; round < 5; round++) {
			assertThat(enabledAdmins()).as("the platform account is the only admin, so the two race for the last one")
				.isEqualTo(1);
			String a = api.adminToken();
			String name = unique("admin");
			String otherId = expect(api.post("/api/admin/agents", a, Map.of("username", name, "password", "secret-1")), 201)
				.text("userId");
			expect(api.post("/api/admin/users/" + otherId + "/role", a, Map.of("role", "ADMIN")), 200);
			String b = signIn(name);

			CyclicBarrier start = new CyclicBarrier(2);
			ExecutorService threads = Executors.newFixedThreadPool(2);
			try {
				Future<Api.Response> aDisablesB = threads.submit(() -> {
					start.await();
					return api.post("/api/admin/users/" + otherId + "/disable", a, null);
				});
				Future<Api.Response> bDisablesA = threads.submit(() -> {
					start.await();
					return api.post("/api/admin/users/" + adminId + "/disable", b, null);
				});
				List<Integer> statuses = List.of(aDisablesB.get().status(), bDisablesA.get().status());
				assertThat(statuses).as("one disable wins, the other is refused").containsOnlyOnce(200);
			}
			finally {
				threads.shutdown();
				assertThat(enabledAdmins()).isEqualTo(1);
				String survivor = signInEither(name);
				expect(api.post("/api/admin/users/" + otherId + "/enable", survivor, null), 200);
				expect(api.post("/api/admin/users/" + adminId + "/enable", survivor, null), 200);
				expect(api.post("/api/admin/users/" + otherId + "/role", api.adminToken(), Map.of("role", "BUYER")), 200);
			}
		}
	}

	private long enabledAdmins() throws Exception {
		try (Connection c = dataSource.getConnection();
				PreparedStatement count = c.prepareStatement("SELECT COUNT(*) FROM users WHERE role = 'ADMIN' AND enabled = TRUE");
				var rs = count.executeQuery()) {
			rs.next();
			return rs.getLong(1);
		}
	}

	/** The token of whichever admin is still enabled: the platform account or the one named. */
	private String signInEither(String name) {
		Api.Response platform = api.post("/api/auth/token", null, Map.of("username", "admin", "password", "admin-test-password"));
		return platform.status() == 200 ? platform.text("token") : signIn(name);
	}

	private String signIn(String name) {
		return expect(api.post("/api/auth/token", null, Map.of("username", name, "password", "secret-1")), 200).text("token");
	}

	private static String skuOf(Api.Response product) {
		return product.body().path("skus").get(0).path("skuId").asString();
	}

	private static String merchantUserId(Api.Merchant merchant) {
		String payload = new String(java.util.Base64.getUrlDecoder().decode(merchant.token().split("\\.")[1]),
				java.nio.charset.StandardCharsets.UTF_8);
		return tools.jackson.databind.json.JsonMapper.builder().build().readTree(payload).path("sub").asString();
	}
}
