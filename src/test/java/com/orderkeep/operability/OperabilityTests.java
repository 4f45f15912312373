package com.orderkeep.operability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.orderkeep.support.Api;
import com.orderkeep.support.OrderkeepHttpTest;

/**
 * What operators and integrators rely on: health, Prometheus metrics, the API description, and logs that carry the
 * order id.
 */
@OrderkeepHttpTest
class OperabilityTests {

	@LocalServerPort
	int port;

	@Test
	void reportsHealthToAnyone() {
		Api.Response health = Api.onPort(port).get("/actuator/health", null);
		assertThat(health.status()).isEqualTo(200);
		assertThat(health.text("status")).isEqualTo("UP");
	}

	@Test
	void exposesOrderMetricsForPrometheus() {
		Api api = Api.onPort(port);
		placeOneOrder(api, api.registerBuyer().text("token"));
		Api.Response metrics = api.get("/actuator/prometheus", api.adminToken());
		assertThat(metrics.status()).isEqualTo(200);
		assertThat(metrics.raw()).contains("orderkeep_orders_placed_total", "orderkeep_orders_placement_seconds",
				"orderkeep_orders_batch_size", "http_server_requests_seconds");
	}

	@Test
	void keepsMetricsForThePlatform() {
		Api api = Api.onPort(port);
		String buyer = api.registerBuyer().text("token");
		for (String path : new String[] { "/actuator/prometheus", "/actuator/metrics", "/actuator/metrics/jvm.threads.live" }) {
			assertThat(api.get(path, null).status()).as("%s without a token", path).isEqualTo(401);
			assertThat(api.get(path, buyer).status()).as("%s as a buyer", path).isEqualTo(403);
			assertThat(api.get(path, api.adminToken()).status()).as("%s as the platform", path).isEqualTo(200);
		}
	}

	@Test
	void publishesTheApiDescriptionAndSwaggerUi() {
		Api api = Api.onPort(port);
		Api.Response docs = api.get("/v3/api-docs", null);
		assertThat(docs.status()).isEqualTo(200);
		assertThat(docs.body().path("paths").has("/api/orders")).isTrue();
		assertThat(docs.body().path("paths").has("/api/payments/callback")).isTrue();
		assertThat(docs.body().path("paths").has("/api/merchant/flash-sales")).isTrue();
		assertThat(docs.body().path("info").path("title").asString()).isEqualTo("orderkeep");
		assertThat(docs.body().path("components").path("securitySchemes").path("bearer").path("scheme").asString())
			.isEqualTo("bearer");
		assertThat(api.get("/swagger-ui.html", null).status()).isIn(200, 302);
		assertThat(api.get("/swagger-ui/index.html", null).status()).isEqualTo(200);
	}

	@Test
	void writesStructuredLogsWithTheOrderId() throws Exception {
		Api api = Api.onPort(port);
		String buyer = api.registerBuyer().text("token");
		String orderId = placeOneOrder(api, buyer);
		Api.expect(api.post("/api/orders/" + orderId + "/cancel", buyer, Map.of()), 200);

		assertThat(logLineWith("\"orderId\":\"" + orderId + "\"")).startsWith("{").contains("CANCELLED");
		assertThat(logLineWith(orderId)).startsWith("{").containsPattern("\"orderIds\":\"[^\"]*" + orderId);
	}

	/** The first line of the JSON log that contains the text, waiting for it to be written. */
	private static String logLineWith(String text) throws Exception {
		Path log = Path.of(logFile());
		long deadline = System.nanoTime() + 5_000_000_000L;
		while (!(Files.exists(log) && Files.readString(log).contains(text)) && System.nanoTime() < deadline) {
			Thread.sleep(50);
		}
		return Files.readAllLines(log).stream().filter(l -> l.contains(text)).findFirst().orElseThrow();
	}

	/** Where the running logging system writes the JSON log (set before any test property can move it). */
	private static String logFile() {
		var context = (ch.qos.logback.classic.LoggerContext) org.slf4j.LoggerFactory.getILoggerFactory();
		var appender = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).getAppender("FILE");
		return ((ch.qos.logback.core.FileAppender<?>) appender).getFile();
	}

	private static String placeOneOrder(Api api, String buyer) {
		Api.Merchant merchant = api.createMerchant("可观测小店");
		String skuId = api.createProduct(merchant, "观测用 纸巾", 990, 5).body().path("skus").get(0).path("skuId").asString();
		return Api.expect(api.placeOrder(buyer, skuId, 1, UUID.randomUUID().toString()), 201).text("orderId");
	}
}
