package com.orderkeep.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.function.Supplier;

import javax.crypto.spec.SecretKeySpec;
import javax.sql.DataSource;

import org.jspecify.annotations.Nullable;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;

import com.orderkeep.support.Api;
import com.orderkeep.support.GatewayCallbacks;
import com.orderkeep.support.ApiContract;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the HTTP tests of this package share beyond {@link Api}: requests with full control of their headers
 * (content type, language), the gateway's callback signature, tokens that orderkeep did not issue, bounded waiting
 * for asynchronous outcomes, and the row counts of every application table.
 */
final class HttpTestKit {

	private static final JsonMapper json = JsonMapper.builder().build();
	private static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private HttpTestKit() {
	}

	// --- requests with nothing added ---

	/**
	 * Sends a request exactly as given: no {@code Content-Type}, {@code Accept-Language} or {@code Authorization}
	 * unless among {@code headers}. The exchange is held to the published description like any other
	 * ({@link ApiContract}): a deliberately bad request must still get an answer the description lists.
	 */
	static Api.Response raw(int port, String method, String path, @Nullable String body, Map<String, String> headers) {
		String base = "http://127.0.0.1:" + port;
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
			.timeout(Duration.ofSeconds(30))
			.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
					: HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
		headers.forEach(request::header);
		try {
			HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
			String text = response.body();
			ApiContract.of(base).check(method, path, headers, body, response.statusCode(), response.headers(), text);
			JsonNode node;
			try {
				node = text == null || text.isBlank() ? json.createObjectNode() : json.readTree(text);
			}
			catch (RuntimeException notJson) {
				node = json.createObjectNode().put("unparsed", text);
			}
			return new Api.Response(response.statusCode(), node, response.headers(), text);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}

	/** A GET in a given language, e.g. {@code zh-CN}. */
	static Api.Response getIn(int port, String path, String token, String language) {
		return raw(port, "GET", path, null, Map.of("Authorization", "Bearer " + token, "Accept-Language", language));
	}

	/** A callback from the gateway, signed with {@code signature} (null: no X-Signature header). */
	static Api.Response callback(int port, String body, @Nullable String signature) {
		Map<String, String> headers = new TreeMap<>(Map.of("Content-Type", "application/json", "Accept-Language", "en"));
		if (signature != null) {
			headers.put("X-Signature", signature);
		}
		return raw(port, "POST", "/api/payments/callback", body, headers);
	}

	/** The body of a successful capture callback. */
	static String captureBody(String gatewayTxnId, String orderId, long amountFen) {
		return GatewayCallbacks.capture(gatewayTxnId, orderId, amountFen);
	}

	/** HMAC-SHA256 of the raw body with the gateway secret, lower-case hex, as the gateway signs callbacks. */
	static String sign(String body) {
		return GatewayCallbacks.sign(body);
	}

	// --- tokens orderkeep did not issue ---

	/**
	 * A well-formed HS256 token with orderkeep's claims, valid for an hour from {@code now} (the application's time),
	 * signed with a key orderkeep never had.
	 */
	static String tokenSignedWithAnotherKey(String subject, String role, Instant now) {
		byte[] key = new byte[32];
		new SecureRandom().nextBytes(key);
		JwtClaimsSet claims = JwtClaimsSet.builder()
			.issuer("orderkeep")
			.subject(subject)
			.issuedAt(now)
			.expiresAt(now.plus(Duration.ofHours(1)))
			.claim("role", role)
			.claim("username", "someone")
			.build();
		return NimbusJwtEncoder.withSecretKey(new SecretKeySpec(key, "HmacSHA256"))
			.build()
			.encode(JwtEncoderParameters.from(JwsHeader.with(MacAlgorithm.HS256).build(), claims))
			.getTokenValue();
	}

	/** Three base64url parts that look like an expired JWT (exp in 2001) with a made-up signature. */
	static String expiredLookingGarbage() {
		java.util.Base64.Encoder b64 = java.util.Base64.getUrlEncoder().withoutPadding();
		String header = b64.encodeToString("{\"alg\":\"HS256\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
		String payload = b64.encodeToString(
				"{\"iss\":\"orderkeep\",\"sub\":\"x\",\"role\":\"ADMIN\",\"iat\":978307200,\"exp\":978350400}"
					.getBytes(StandardCharsets.UTF_8));
		return header + "." + payload + "." + b64.encodeToString("not-a-signature".getBytes(StandardCharsets.UTF_8));
	}

	/** An unsigned token ({@code alg: none}) claiming the given role, valid for an hour from {@code at}. */
	static String unsignedToken(String subject, String role, Instant at) {
		java.util.Base64.Encoder b64 = java.util.Base64.getUrlEncoder().withoutPadding();
		long now = at.getEpochSecond();
		String header = b64.encodeToString("{\"alg\":\"none\"}".getBytes(StandardCharsets.UTF_8));
		String payload = b64.encodeToString(("{\"iss\":\"orderkeep\",\"sub\":\"" + subject + "\",\"role\":\"" + role
				+ "\",\"iat\":" + now + ",\"exp\":" + (now + 3600) + "}").getBytes(StandardCharsets.UTF_8));
		return header + "." + payload + ".";
	}

	// --- waiting for what happens after the response ---

	/**
	 * Polls {@code probe} every 50 ms until {@code done} holds, for at most 10 seconds; fails with the last value seen.
	 */
	static <T> T await(String what, Supplier<T> probe, Predicate<T> done) {
		return await(what, Duration.ofSeconds(10), probe, done);
	}

	static <T> T await(String what, Duration limit, Supplier<T> probe, Predicate<T> done) {
		long deadline = System.nanoTime() + limit.toNanos();
		T last = probe.get();
		while (!done.test(last)) {
			if (System.nanoTime() > deadline) {
				throw new AssertionError("Gave up after " + limit.toSeconds() + " s waiting for " + what + "; last seen: " + last);
			}
			sleep(50);
			last = probe.get();
		}
		return last;
	}

	static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}

	// --- reading responses ---

	/** The text of a field, or null when it is absent or JSON null. */
	static @Nullable String text(JsonNode node, String field) {
		JsonNode value = node.path(field);
		return value.isMissingNode() || value.isNull() ? null : value.asString();
	}

	/** The {@code event} of every timeline entry, in order. */
	static List<String> events(JsonNode order) {
		List<String> events = new ArrayList<>();
		order.path("timeline").forEach(entry -> events.add(entry.path("event").asString()));
		return events;
	}

	/** The timeline entry of an event; fails if there is not exactly one. */
	static JsonNode timelineEntry(JsonNode order, String event) {
		List<JsonNode> found = new ArrayList<>();
		order.path("timeline").forEach(entry -> {
			if (event.equals(entry.path("event").asString())) {
				found.add(entry);
			}
		});
		assertThat(found).as("timeline entries %s of %s", event, order.path("timeline")).hasSize(1);
		return found.get(0);
	}

	static void assertProblem(Api.Response response, int status, String code) {
		assertThat(response.status()).as("status of %s", response.raw()).isEqualTo(status);
		assertThat(response.headers().firstValue("Content-Type").orElse(""))
			.as("content type of %s", response.raw()).startsWith("application/problem+json");
		assertThat(text(response.body(), "code")).as("code of %s", response.raw()).isEqualTo(code);
		assertThat(response.body().path("status").isNumber() ? response.body().path("status").asInt() : -1)
			.as("status field of %s", response.raw()).isEqualTo(status);
	}

	// --- naming things ---

	static String unique(String prefix) {
		return prefix + "-" + UUID.randomUUID().toString().substring(0, 12);
	}

	static String idempotencyKey() {
		return "key-" + UUID.randomUUID();
	}

	// --- the database ---

	/**
	 * The number of rows of every application table (the public schema, without Flyway's history and the event
	 * publication log), by lower-case table name.
	 */
	static Map<String, Long> rowCounts(DataSource dataSource) {
		Map<String, Long> counts = new TreeMap<>();
		try (Connection connection = dataSource.getConnection()) {
			List<String> tables = new ArrayList<>();
			DatabaseMetaData metadata = connection.getMetaData();
			for (String schema : List.of("PUBLIC", "public")) {
				try (ResultSet rs = metadata.getTables(null, schema, "%", new String[] { "TABLE" })) {
					while (rs.next()) {
						String name = rs.getString("TABLE_NAME");
						String lower = name.toLowerCase(Locale.ROOT);
						if (!lower.equals("flyway_schema_history") && !lower.startsWith("event_publication")
								&& !tables.contains(name)) {
							tables.add(name);
						}
					}
				}
			}
			assertThat(tables).as("application tables").isNotEmpty();
			try (Statement statement = connection.createStatement()) {
				for (String table : tables) {
					try (ResultSet rs = statement.executeQuery("SELECT COUNT(*) FROM \"" + table + "\"")) {
						rs.next();
						counts.put(table.toLowerCase(Locale.ROOT), rs.getLong(1));
					}
				}
			}
		}
		catch (SQLException e) {
			throw new IllegalStateException(e);
		}
		return counts;
	}

	/** Event publications whose listener has not completed yet (listeners still running, or failed). */
	static long incompletePublications(DataSource dataSource) {
		try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
				ResultSet rs = statement.executeQuery("SELECT COUNT(*) FROM event_publication WHERE completion_date IS NULL")) {
			rs.next();
			return rs.getLong(1);
		}
		catch (SQLException e) {
			throw new IllegalStateException(e);
		}
	}

	/**
	 * Waits until asynchronous listeners have finished their work: no publication left incomplete and the row counts
	 * unchanged over half a second (or at most 10 s, for publications that failed for good).
	 */
	static void awaitQuiet(DataSource dataSource) {
		long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
		Map<String, Long> before = rowCounts(dataSource);
		int stableRounds = 0;
		while (System.nanoTime() < deadline) {
			sleep(100);
			Map<String, Long> now = rowCounts(dataSource);
			stableRounds = now.equals(before) ? stableRounds + 1 : 0;
			before = now;
			if (stableRounds >= 5 && incompletePublications(dataSource) == 0) {
				return;
			}
		}
	}
}
