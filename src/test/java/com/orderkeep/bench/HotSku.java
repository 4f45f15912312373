package com.orderkeep.bench;

import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;

import com.orderkeep.OrderkeepApplication;
import com.orderkeep.catalog.CatalogManagement;
import com.orderkeep.catalog.ProductView;
import com.orderkeep.inventory.StockManagement;
import com.orderkeep.ordering.OrderManagement;
import com.orderkeep.support.TestDatabase;

import com.zaxxer.hikari.HikariDataSource;

import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.distribution.ValueAtPercentile;

/**
 * The running application on a fresh database with one SKU of practically endless stock, and plain JDBC writers
 * that put the same rows into the same tables as orderkeep does, for the designs the batching writer is measured
 * against. When it stops it checks that every unit taken from the stock is an order, and reports the batch sizes.
 */
final class HotSku {

	static final int RAW_BATCH = 500;
	private static final long INITIAL_STOCK = 1_000_000_000L;

	private static final String TAKE = "UPDATE stock SET available = available - ? WHERE sku_id = ? AND available >= ?";
	private static final String ORDER = """
			INSERT INTO orders (id, order_no, buyer_id, merchant_id, status, quantity, unit_price_fen, total_fen,
			    product_id, sku_id, title, spec, price_fen, shop_name, category, payment_status, paid_fen, refunded_fen,
			    affected_by_delisting, flash_sale_id, group_id, created_at, version)
			VALUES (?, ?, ?, ?, 'PENDING_PAYMENT', 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'UNPAID', 0, 0, FALSE, NULL, NULL, ?, 1)
			""";
	private static final String EVENT = """
			INSERT INTO order_event (order_id, seq, occurred_at, status, event, actor, reason_code, message_zh, message_en)
			VALUES (?, 1, ?, 'PENDING_PAYMENT', 'PLACED', ?, NULL, '下单成功，库存已为您锁定，请在付款期限内完成支付',
			    'Order placed and stock reserved for you; please pay before the deadline')
			""";
	private static final String DEADLINE = "INSERT INTO order_deadline (order_id, kind, due_at) VALUES (?, 'PAYMENT_DUE', ?)";
	private static final String REQUEST = """
			INSERT INTO order_request (buyer_id, idempotency_key, request_hash, order_id, created_at) VALUES (?, ?, ?, ?, ?)
			""";
	private static final String ORDERS_OF_SKU = "SELECT COUNT(*) FROM orders WHERE sku_id = ?";

	private final ConfigurableApplicationContext context;
	private final String url;
	private final String user;
	private final ProductView product;
	private final Properties driverSettings;
	private @Nullable CpuUse iterationStart;

	private HotSku(ConfigurableApplicationContext context, ProductView product) {
		this.context = context;
		Environment environment = context.getEnvironment();
		this.url = environment.getRequiredProperty("spring.datasource.url");
		this.user = environment.getProperty("spring.datasource.username", "SA");
		this.product = product;
		this.driverSettings = new Properties();
		driverSettings.putAll(context.getBean(HikariDataSource.class).getDataSourceProperties());
		driverSettings.setProperty("user", user);
		driverSettings.setProperty("password", "");
	}

	static HotSku start(String database, Class<?>... listeners) {
		System.setProperty("orderkeep.test.database", database);
		Map<String, String> properties = new LinkedHashMap<>(TestDatabase.properties("bench"));
		properties.put("server.port", "0");
		ConfigurableApplicationContext context = new SpringApplicationBuilder(OrderkeepApplication.class)
			.sources(listeners)
			.run(TestDatabase.arguments(properties).toArray(String[]::new));
		CatalogManagement catalog = context.getBean(CatalogManagement.class);
		CatalogManagement.Shop shop = catalog.openShop("bench-" + System.nanoTime(), "bench-password", "压测旗舰店");
		ProductView product = catalog.createProduct(shop.merchantId(), new CatalogManagement.NewProduct(
				"秒杀爆款 蓝牙耳机 降噪长续航", "数码", "hot SKU benchmark",
				List.of(new CatalogManagement.NewSku("黑色 标准版", 9_900, INITIAL_STOCK))));
		return new HotSku(context, product);
	}

	OrderManagement orders() {
		return context.getBean(OrderManagement.class);
	}

	String skuId() {
		return product.skus().get(0).skuId();
	}

	Writer writer() throws SQLException {
		return new Writer();
	}

	void stop() throws SQLException {
		try {
			reportBatchSizes();
			reportListeners();
			checkConservation();
		}
		finally {
			context.close();
		}
	}

	/** Marks the start of an iteration, for {@link #iterationEnded()}. */
	void iterationStarted() {
		iterationStart = CpuUse.now();
	}

	/** Prints where the iteration's CPU went. */
	void iterationEnded() {
		if (iterationStart != null) {
			System.out.printf("%n%s%n", CpuUse.now().since(iterationStart));
		}
	}

	/** What the listeners on placement saw, once the registry has no work left for them. */
	private void reportListeners() throws SQLException {
		if (context.getBeansOfType(PlacementListeners.class).isEmpty()) {
			return;
		}
		long deadline = System.nanoTime() + 60_000_000_000L;
		long incomplete;
		do {
			incomplete = count("SELECT COUNT(*) FROM event_publication WHERE completion_date IS NULL");
		}
		while (incomplete > 0 && System.nanoTime() < deadline);
		System.out.printf("%n%s; publications: %d, incomplete: %d%n", context.getBean(PlacementListeners.class),
				count("SELECT COUNT(*) FROM event_publication"), incomplete);
	}

	private void reportBatchSizes() {
		DistributionSummary sizes = context.getBean(MeterRegistry.class).find("orderkeep.orders.batch.size").summary();
		if (sizes == null || sizes.count() == 0) {
			return;
		}
		StringBuilder line = new StringBuilder(String.format("%nbatches: %d, mean size %.1f, max %.0f", sizes.count(),
				sizes.mean(), sizes.max()));
		for (ValueAtPercentile percentile : sizes.takeSnapshot().percentileValues()) {
			line.append(String.format(", p%.0f %.0f", percentile.percentile() * 100, percentile.value()));
		}
		System.out.println(line);
	}

	private long count(String sql) throws SQLException {
		try (java.sql.Connection c = connect(); PreparedStatement query = c.prepareStatement(sql);
				ResultSet rs = query.executeQuery()) {
			rs.next();
			return rs.getLong(1);
		}
	}

	private void checkConservation() throws SQLException {
		long available = context.getBean(StockManagement.class).level(skuId()).available();
		try (java.sql.Connection c = connect();
				PreparedStatement count = c.prepareStatement(ORDERS_OF_SKU)) {
			count.setString(1, skuId());
			try (ResultSet rs = count.executeQuery()) {
				rs.next();
				long orders = rs.getLong(1);
				String verdict = available + orders == INITIAL_STOCK ? "holds" : "BROKEN";
				System.out.printf("%nstock conservation %s: %d orders + %d available = %d (initial %d)%n", verdict, orders,
						available, orders + available, INITIAL_STOCK);
				if (available + orders != INITIAL_STOCK) {
					throw new IllegalStateException("stock not conserved");
				}
			}
		}
	}

	/** A connection with the application pool's own driver settings (on PostgreSQL, multi-row batched inserts). */
	private java.sql.Connection connect() throws SQLException {
		return DriverManager.getConnection(url, driverSettings);
	}

	/** One connection writing orders with plain JDBC, committing durably like the application. */
	final class Writer implements AutoCloseable {

		private final java.sql.Connection connection;
		private final PreparedStatement take;
		private final PreparedStatement order;
		private final PreparedStatement event;
		private final PreparedStatement deadline;
		private final PreparedStatement request;
		private final String buyerId = UUID.randomUUID().toString();
		private long next;

		Writer() throws SQLException {
			connection = connect();
			connection.setAutoCommit(false);
			take = connection.prepareStatement(TAKE);
			order = connection.prepareStatement(ORDER);
			event = connection.prepareStatement(EVENT);
			deadline = connection.prepareStatement(DEADLINE);
			request = connection.prepareStatement(REQUEST);
		}

		/** One order in its own transaction; with {@code allRows} false, only the order row besides the stock. */
		boolean placeOne(boolean allRows) throws SQLException {
			if (!take(1)) {
				connection.rollback();
				return false;
			}
			OffsetDateTime now = Instant.now().atOffset(ZoneOffset.UTC);
			addOrder(now, allRows);
			order.executeUpdate();
			if (allRows) {
				event.executeUpdate();
				deadline.executeUpdate();
				request.executeUpdate();
			}
			connection.commit();
			return true;
		}

		/**
		 * {@code size} orders in one transaction: every table's rows as one batch, then one conditional update, last
		 * as the batching writer takes a SKU's stock, so that several writers hold the stock row only to commit.
		 */
		int placeBatch(int size) throws SQLException {
			OffsetDateTime now = Instant.now().atOffset(ZoneOffset.UTC);
			for (int i = 0; i < size; i++) {
				addOrder(now, true);
				order.addBatch();
				event.addBatch();
				deadline.addBatch();
				request.addBatch();
			}
			order.executeBatch();
			event.executeBatch();
			deadline.executeBatch();
			request.executeBatch();
			if (!take(size)) {
				connection.rollback();
				return 0;
			}
			connection.commit();
			return size;
		}

		private boolean take(int quantity) throws SQLException {
			take.setLong(1, quantity);
			take.setString(2, skuId());
			take.setLong(3, quantity);
			return take.executeUpdate() == 1;
		}

		private void addOrder(OffsetDateTime now, boolean allRows) throws SQLException {
			String orderId = UUID.randomUUID().toString();
			ProductView.SkuView sku = product.skus().get(0);
			order.setString(1, orderId);
			// The order id's 32 hex digits: twelve random digits clash by chance within the million orders of a trial.
			order.setString(2, orderId.replace("-", ""));
			order.setString(3, buyerId);
			order.setString(4, product.merchantId());
			order.setLong(5, sku.priceFen());
			order.setLong(6, sku.priceFen());
			order.setString(7, product.productId());
			order.setString(8, sku.skuId());
			order.setString(9, product.title());
			order.setString(10, sku.spec());
			order.setLong(11, sku.priceFen());
			order.setString(12, product.shopName());
			order.setString(13, product.category());
			order.setObject(14, now);
			if (!allRows) {
				return;
			}
			event.setString(1, orderId);
			event.setObject(2, now);
			event.setString(3, "BUYER:" + buyerId);
			deadline.setString(1, orderId);
			deadline.setObject(2, now.plus(15, ChronoUnit.MINUTES));
			request.setString(1, buyerId);
			request.setString(2, "k" + next++);
			request.setString(3, "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef");
			request.setString(4, orderId);
			request.setObject(5, now);
		}

		@Override
		public void close() throws SQLException {
			connection.close();
		}
	}
}
