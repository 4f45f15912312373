package com.orderkeep.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A client of orderkeep's HTTP contract, as scripts and pages use it: real requests to a running server, each
 * exchange held to the server's published description ({@link ApiContract}).
 */
public final class Api {

	private static final JsonMapper json = JsonMapper.builder().build();

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
	private final String base;
	private final String adminPassword;

	public Api(String base, String adminPassword) {
		this.base = base;
		this.adminPassword = adminPassword;
	}

	public static Api onPort(int port) {
		return new Api("http://127.0.0.1:" + port, "admin-test-password");
	}

	public record Response(int status, JsonNode body, java.net.http.HttpHeaders headers, String raw) {

		public String text(String field) {
			return body.path(field).asString();
		}
	}

	public Response get(String path, @Nullable String token) {
		return send("GET", path, token, null, Map.of());
	}

	public Response post(String path, @Nullable String token, @Nullable Object body) {
		return send("POST", path, token, body, Map.of());
	}

	public Response send(String method, String path, @Nullable String token, @Nullable Object body,
			Map<String, String> headers) {
		String raw = body == null ? null : body instanceof String s ? s : json.writeValueAsString(body);
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30));
		request.method(method, raw == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(raw));
		Map<String, String> sent = new LinkedHashMap<>();
		if (raw != null) {
			sent.put("Content-Type", "application/json");
		}
		sent.put("Accept-Language", "en");
		if (token != null) {
			sent.put("Authorization", "Bearer " + token);
		}
		sent.putAll(headers);
		sent.forEach(request::header);
		try {
			HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
			String text = response.body();
			ApiContract.of(base).check(method, path, sent, raw, response.statusCode(), response.headers(), text);
			JsonNode node = text == null || text.isBlank() ? json.createObjectNode() : parse(text);
			return new Response(response.statusCode(), node, response.headers(), text);
		}
		catch (IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}

	private static JsonNode parse(String text) {
		try {
			return json.readTree(text);
		}
		catch (RuntimeException e) {
			return json.createObjectNode().put("unparsed", text);
		}
	}

	// --- the steps most tests start with ---

	public String adminToken() {
		return expect(post("/api/auth/token", null, Map.of("username", "admin", "password", adminPassword)), 200)
			.text("token");
	}

	/** A new buyer; returns {@code userId} and {@code token}. */
	public Response registerBuyer() {
		String name = "buyer-" + UUID.randomUUID().toString().substring(0, 12);
		return expect(post("/api/auth/register", null, Map.of("username", name, "password", "secret-" + name)), 201);
	}

	/**
	 * A new merchant signed in: its {@code merchantId}, token and username; its password is {@code "secret-"} and the
	 * username, for the tests that sign in as it in a browser.
	 */
	public Merchant createMerchant(String shopName) {
		String name = "shop-" + UUID.randomUUID().toString().substring(0, 12);
		Response created = post("/api/admin/merchants", adminToken(),
				Map.of("username", name, "password", "secret-" + name, "shopName", shopName));
		if ("SHOP_NAME_TAKEN".equals(created.text("code"))) {
			// shop names are unique, and tests reuse theirs: a repeat gets a name of its own
			created = post("/api/admin/merchants", adminToken(),
					Map.of("username", name, "password", "secret-" + name, "shopName", shopName + " " + name));
		}
		expect(created, 201);
		String token = expect(post("/api/auth/token", null, Map.of("username", name, "password", "secret-" + name)), 200)
			.text("token");
		return new Merchant(created.text("merchantId"), token, name);
	}

	public record Merchant(@Nullable String merchantId, String token, @Nullable String username) {
	}

	/** A listed product with one SKU; returns the product as the API shows it. */
	public Response createProduct(Merchant merchant, String title, long priceFen, int stock) {
		return expect(post("/api/merchant/products", merchant.token(),
				Map.of("title", title, "category", "水果", "description", "产地直发 " + title,
						"skus", java.util.List.of(Map.of("spec", "5斤装", "priceFen", priceFen, "stock", stock)))),
				201);
	}

	public Response placeOrder(String buyerToken, String skuId, int quantity, String idempotencyKey) {
		return send("POST", "/api/orders", buyerToken, Map.of("skuId", skuId, "quantity", quantity),
				Map.of("Idempotency-Key", idempotencyKey));
	}

	public static Response expect(Response response, int status) {
		if (response.status() != status) {
			throw new AssertionError("expected HTTP " + status + " but got " + response.status() + ": " + response.raw());
		}
		return response;
	}
}
