package com.orderkeep.ordering.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.TestPropertySource;

import com.orderkeep.catalog.CatalogManagement;
import com.orderkeep.ordering.OrderManagement;
import com.orderkeep.ordering.PlaceOrder;
import com.orderkeep.ordering.Placement;
import com.orderkeep.ordering.deadlines.DeadlineKind;
import com.orderkeep.ordering.deadlines.OrderDeadlines;
import com.orderkeep.support.CatalogFixture;
import com.orderkeep.support.MutableClock;
import com.orderkeep.support.TestClockConfiguration;
import com.orderkeep.support.TestDatabaseInitializer;

/**
 * A kind of deadline another module contributes is resolved by ordering's one scheduler like ordering's own: when it
 * falls due and not before, once however many nodes race for it, and again later when its kind does not settle it.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
@TestPropertySource(properties = { "orderkeep.admin-password=admin-test-password", "orderkeep.auth.bcrypt-strength=4",
		"orderkeep.orders.deadline-tick=1h" })
// The run's database is shared with the other test contexts, and the platform account's password is set at every
// start: the same password as theirs keeps their admin tokens working.
@ContextConfiguration(initializers = TestDatabaseInitializer.class)
@Import({ TestClockConfiguration.class, ContributedDeadlineTests.Kinds.class })
class ContributedDeadlineTests {

	/** A reminder that another module might contribute: it counts what it was asked to do. */
	static class Reminder implements DeadlineKind {

		final Map<String, AtomicInteger> calls = new ConcurrentHashMap<>();
		final Set<String> heldOnce = ConcurrentHashMap.newKeySet();

		@Override
		public String name() {
			return "TEST_REMINDER";
		}

		@Override
		public boolean fallsDue(String orderId, Instant dueAt) {
			calls.computeIfAbsent(orderId, id -> new AtomicInteger()).incrementAndGet();
			return !heldOnce.remove(orderId);
		}

		int calls(String orderId) {
			return calls.getOrDefault(orderId, new AtomicInteger()).get();
		}
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class Kinds {

		@Bean
		Reminder reminder() {
			return new Reminder();
		}
	}

	@Autowired
	Reminder reminder;

	@Autowired
	OrderDeadlines deadlines;

	@Autowired
	DeadlineScheduler scheduler;

	@Autowired
	OrderManagement orders;

	@Autowired
	CatalogManagement catalog;

	@Autowired
	MutableClock clock;

	@Test
	void resolvesAContributedKindWhenItFallsDueAndNotBefore() {
		String orderId = orders(1).get(0);
		deadlines.schedule(orderId, "TEST_REMINDER", clock.instant().plus(Duration.ofHours(1)));

		clock.advance(Duration.ofMinutes(59));
		scheduler.resolveDue();
		assertThat(reminder.calls(orderId)).isZero();

		clock.advance(Duration.ofMinutes(1));
		scheduler.resolveDue();
		scheduler.resolveDue();
		assertThat(reminder.calls(orderId)).isEqualTo(1);
	}

	@Test
	void actsOnEachDeadlineOnceWhenNodesRaceForIt() {
		List<String> orderIds = orders(40);
		orderIds.forEach(id -> deadlines.schedule(id, "TEST_REMINDER", clock.instant()));

		List<CompletableFuture<Integer>> nodes = new ArrayList<>();
		for (int node = 0; node < 4; node++) {
			nodes.add(CompletableFuture.supplyAsync(scheduler::resolveDue));
		}
		int resolved = nodes.stream().mapToInt(CompletableFuture::join).sum();

		assertThat(orderIds).allSatisfy(id -> assertThat(reminder.calls(id)).as("reminders of %s", id).isEqualTo(1));
		assertThat(resolved).isGreaterThanOrEqualTo(orderIds.size());
	}

	@Test
	void looksAgainAtADeadlineItsKindDidNotSettle() {
		String orderId = orders(1).get(0);
		reminder.heldOnce.add(orderId);
		deadlines.schedule(orderId, "TEST_REMINDER", clock.instant());

		scheduler.resolveDue();
		assertThat(reminder.calls(orderId)).isEqualTo(1);

		scheduler.resolveDue();
		scheduler.resolveDue();
		assertThat(reminder.calls(orderId)).isEqualTo(2);
	}

	private List<String> orders(int count) {
		String skuId = CatalogFixture.skuOnSale(catalog, "草莓 500g", "水果", "一盒", 3990, count);
		List<String> ids = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			Placement placed = orders.place(new PlaceOrder(UUID.randomUUID().toString(), "k", skuId, 1, null, null, false));
			ids.add(((Placement.Placed) placed).order().orderId());
		}
		return ids;
	}
}
