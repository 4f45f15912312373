package com.orderkeep.ordering;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ExecutorService;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.modulith.events.core.EventSerializer;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.TestPropertySource;

import com.orderkeep.catalog.CatalogManagement;
import com.orderkeep.ordering.changes.CompensationGranted;
import com.orderkeep.shared.Caller;
import com.orderkeep.shared.LocalizedText;
import com.orderkeep.shared.Role;
import com.orderkeep.support.CatalogFixture;
import com.orderkeep.support.TestClockConfiguration;
import com.orderkeep.support.TestDatabaseInitializer;

/**
 * The ordering module on its own (with the modules it needs), as the modules built on it see it: what it announces
 * when orders are placed, and how it applies the changes they ask for. Placement is announced once per committed
 * batch, carrying every order of the batch, so a listener's after-commit work costs one registry row per batch, not
 * per order, and a listener hears every order however large its batch. A compensation another module grants shows on the order once, however often its event is delivered.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
@TestPropertySource(properties = { "orderkeep.admin-password=admin-test-password", "orderkeep.auth.bcrypt-strength=4" })
// The run's database is shared with the other test contexts, and the platform account's password is set at every
// start: the same password as theirs keeps their admin tokens working.
@ContextConfiguration(initializers = TestDatabaseInitializer.class)
@Import({ TestClockConfiguration.class, OrderingModuleTests.Listeners.class })
class OrderingModuleTests {

	/** A module listening to placement, through the event publication registry like any module's listener. */
	static class PlacementListener {

		private final Set<String> heard = ConcurrentHashMap.newKeySet();

		@ApplicationModuleListener(id = "test.hear-placed-orders")
		void on(OrdersPlaced placed) {
			placed.orders().forEach(order -> heard.add(order.orderId()));
		}

		/** Asked through the bean's proxy (the listener is transactional), so not a field. */
		public boolean heardAll(Collection<String> orderIds) {
			return heard.containsAll(orderIds);
		}
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class Listeners {

		@Bean
		PlacementListener placementListener() {
			return new PlacementListener();
		}
	}

	@Autowired
	PlacementListener listener;

	@Autowired
	OrderManagement orders;

	@Autowired
	CatalogManagement catalog;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	EventSerializer serializer;

	@Test
	void announcesAPlacedOrderWithItsBatch(Scenario scenario) {
		String skuId = sku(10);
		String buyerId = UUID.randomUUID().toString();

		scenario.stimulate(() -> (Placement.Placed) orders.place(new PlaceOrder(buyerId, "k-1", skuId, 2, null, null, false)))
			.andWaitForEventOfType(OrdersPlaced.class)
			.matching(placed -> placed.orders().stream().anyMatch(order -> order.buyerId().equals(buyerId)))
			.toArriveAndVerify((placed, placement) -> assertThat(placed.orders())
				.filteredOn(order -> order.buyerId().equals(buyerId))
				.singleElement()
				.satisfies(order -> {
					assertThat(order.orderId()).isEqualTo(placement.order().orderId());
					assertThat(order.skuId()).isEqualTo(skuId);
					assertThat(order.quantity()).isEqualTo(2);
				}));
	}

	@Test
	void announcesEveryOrderOfABusySkuOnceInFewerEventsThanOrders(Scenario scenario) {
		String skuId = sku(1_000);
		int buyers = 400;
		List<String> placedIds = new ArrayList<>();

		scenario.stimulate(() -> placeAtOnce(skuId, buyers, placedIds))
			.andWaitForStateChange(() -> listener.heardAll(placedIds) ? placedIds : null)
			.andVerifyEvents(events -> {
				List<OrdersPlaced> batches = new ArrayList<>();
				events.ofType(OrdersPlaced.class)
					.matching(placed -> placed.orders().stream().anyMatch(order -> order.skuId().equals(skuId)))
					.forEach(batches::add);
				assertThat(batches.stream().flatMap(placed -> placed.orders().stream()).map(OrderPlaced::orderId))
					.containsExactlyInAnyOrderElementsOf(placedIds);
				assertThat(batches).hasSizeLessThan(buyers);
				List<String> stored = storedPublications(batches);
				assertThat(stored).allSatisfy(serialized -> assertThat(serialized)
					.as("a listener's publication refers to the batch stored once").hasSizeLessThan(100).contains("storedOnce"));
				assertThat(stored).map(serialized -> serializer.deserialize(serialized, OrdersPlaced.class))
					.as("the batch a resubmitted publication hands its listener").containsExactlyElementsOf(batches);
			});
	}

	private List<String> storedPublications(List<OrdersPlaced> batches) {
		return batches.stream()
			.map(batch -> jdbc.sql("""
					SELECT p.serialized_event FROM event_publication p
					WHERE p.listener_id = 'test.hear-placed-orders'
					AND EXISTS (SELECT 1 FROM event_payload e WHERE e.payload_key = :batch)
					AND p.serialized_event LIKE :reference
					""").param("batch", batch.batchId()).param("reference", "%" + batch.batchId() + "%")
				.query(String.class).single())
			.toList();
	}

	@Test
	void showsACompensationAnotherModuleGrantsOnceHoweverOftenItIsDelivered(Scenario scenario) {
		String orderId = ((Placement.Placed) orders.place(new PlaceOrder(UUID.randomUUID().toString(), "k", sku(5), 1,
				null, null, false))).order().orderId();
		Goodwill goodwill = new Goodwill("grant-" + UUID.randomUUID(), orderId, 500);
		Goodwill another = new Goodwill("grant-" + UUID.randomUUID(), orderId, 300);

		scenario.publish(() -> goodwill)
			.andWaitForStateChange(() -> order(orderId).compensations(), granted -> !granted.isEmpty())
			.andVerify(granted -> assertThat(granted).singleElement().satisfies(c -> {
				assertThat(c.ruleCode()).isEqualTo("GOODWILL");
				assertThat(c.amountFen()).isEqualTo(500);
				assertThat(c.fundedBy()).isEqualTo("PLATFORM_ADVANCE");
				assertThat(c.message().zh()).contains("补偿");
			}));
		scenario.publish(() -> goodwill)
			.andWaitForStateChange(this::changeRequestsLeft, left -> left == 0)
			.andVerify(left -> assertThat(order(orderId).compensations()).hasSize(1));
		scenario.publish(() -> another)
			.andWaitForStateChange(() -> order(orderId).compensations(), granted -> granted.size() == 2)
			.andVerify(granted -> assertThat(granted).extracting(OrderView.Compensation::amountFen).containsExactly(300L, 500L));

		assertThat(order(orderId).timeline()).filteredOn(entry -> entry.event().equals("COMPENSATED"))
			.extracting(OrderView.TimelineEntry::reasonCode).containsExactly("GOODWILL", "GOODWILL");
	}

	/** Another module's event, in its own words, asking ordering to show a compensation. */
	record Goodwill(String grantId, String orderId, long amountFen) implements CompensationGranted {

		public String buyerId() {
			return "buyer-of-" + orderId;
		}

		public String ruleCode() {
			return "GOODWILL";
		}

		public int ruleVersion() {
			return 1;
		}

		public String kind() {
			return "CASH";
		}

		public String fundedBy() {
			return "PLATFORM_ADVANCE";
		}

		/** The smaller grant is the earlier one, so the order lists them as 300, then 500. */
		public Instant grantedAt() {
			return Instant.parse("2026-12-01T10:00:00Z").plusSeconds(amountFen);
		}

		public LocalizedText message() {
			return new LocalizedText("客服为您争取到 " + amountFen + " 分补偿", "Support got you " + amountFen + " fen of goodwill");
		}
	}

	private OrderView order(String orderId) {
		return orders.order(orderId, new Caller("platform", "admin", Role.ADMIN, null));
	}

	private long changeRequestsLeft() {
		return jdbc.sql("""
				SELECT COUNT(*) FROM event_publication
				WHERE completion_date IS NULL AND listener_id = 'ordering.show-granted-compensation'
				""")
			.query(Long.class).single();
	}

	private List<String> placeAtOnce(String skuId, int buyers, List<String> placedIds) {
		ExecutorService callers = Executors.newFixedThreadPool(64);
		try {
			List<CompletableFuture<Placement>> calls = new ArrayList<>();
			for (int i = 0; i < buyers; i++) {
				PlaceOrder order = new PlaceOrder(UUID.randomUUID().toString(), "k", skuId, 1, null, null, false);
				calls.add(CompletableFuture.supplyAsync(() -> orders.place(order), callers));
			}
			calls.forEach(call -> placedIds.add(((Placement.Placed) call.join()).order().orderId()));
			return placedIds;
		}
		finally {
			callers.shutdown();
		}
	}

	private String sku(long stock) {
		return CatalogFixture.skuOnSale(catalog, "蓝莓 125g", "水果", "一盒", 1990, stock);
	}
}
