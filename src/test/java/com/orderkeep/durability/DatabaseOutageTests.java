package com.orderkeep.durability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.UUID;
import java.util.function.Supplier;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.orderkeep.support.Api;
import com.orderkeep.support.OrderkeepHttpTest;
import com.orderkeep.support.TestDatabase;

/**
 * When the database is out of reach, requests are answered 503 with Retry-After and nothing is acknowledged; when it
 * is back, the service recovers by itself.
 */
@OrderkeepHttpTest
class DatabaseOutageTests {

	@LocalServerPort
	int port;

	@Autowired
	DataSource dataSource;

	@Value("${spring.datasource.url}")
	String url;

	@Test
	void answers503WithRetryAfterWhilePostgresRefusesConnectionsAndRecoversAfter() throws Exception {
		assumeTrue(TestDatabase.isPostgres(), "an outage of an embedded database is an outage of the process itself");
		Api api = Api.onPort(port);
		Api.Merchant merchant = api.createMerchant("断电测试店");
		String skuId = api.createProduct(merchant, "停电测试商品", 990, 50).body().path("skus").get(0).path("skuId").asString();
		String buyer = api.registerBuyer().text("token");
		String database = url.substring(url.lastIndexOf('/') + 1);
		try {
			postgres("ALTER DATABASE " + database + " ALLOW_CONNECTIONS false");
			postgres("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '" + database + "'");

			Api.Response placing = api.placeOrder(buyer, skuId, 1, UUID.randomUUID().toString());
			assertThat(placing.status()).isEqualTo(503);
			assertThat(placing.text("code")).isEqualTo("UNAVAILABLE");
			assertThat(placing.headers().firstValue("Retry-After")).isPresent();
			Api.Response listing = api.get("/api/orders", buyer);
			assertThat(listing.status()).isEqualTo(503);
		}
		finally {
			postgres("ALTER DATABASE " + database + " ALLOW_CONNECTIONS true");
		}
		String key = UUID.randomUUID().toString();
		Api.Response placed = eventually(() -> api.placeOrder(buyer, skuId, 1, key), Duration.ofSeconds(30));
		assertThat(placed.status()).isEqualTo(201);
		assertThat(api.get("/api/orders", buyer).body().path("total").asLong()).isEqualTo(1);
	}

	@Test
	void recoversByItselfAfterTheEmbeddedDatabaseIsShutDown() throws Exception {
		assumeTrue(!TestDatabase.isPostgres(), "the embedded engine's own shutdown");
		Api api = Api.onPort(port);
		String buyer = api.registerBuyer().text("token");
		try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
			s.execute("SHUTDOWN");
		}
		Api.Response listing = eventually(() -> api.get("/api/orders", buyer), Duration.ofSeconds(30));
		assertThat(listing.status()).isEqualTo(200);
		assertThat(api.adminToken()).isNotBlank();
	}

	private static Api.Response eventually(Supplier<Api.Response> request, Duration patience) throws InterruptedException {
		long giveUp = System.nanoTime() + patience.toNanos();
		Api.Response response = request.get();
		while (response.status() >= 500 && System.nanoTime() < giveUp) {
			Thread.sleep(200);
			response = request.get();
		}
		return response;
	}

	private static void postgres(String sql) throws Exception {
		try (Connection c = DriverManager.getConnection(TestDatabase.POSTGRES_HOST + "postgres", TestDatabase.POSTGRES_USER, "");
				Statement s = c.createStatement()) {
			s.execute(sql);
		}
	}

}
