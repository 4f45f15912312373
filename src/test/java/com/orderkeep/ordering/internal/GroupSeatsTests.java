package com.orderkeep.ordering.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import com.orderkeep.catalog.CatalogManagement;
import com.orderkeep.ordering.OrderManagement;
import com.orderkeep.ordering.PlaceOrder;
import com.orderkeep.ordering.Placement;
import com.orderkeep.ordering.seats.GroupSeats;
import com.orderkeep.shared.LocalizedText;
import com.orderkeep.support.CatalogFixture;
import com.orderkeep.support.TestClockConfiguration;
import com.orderkeep.support.TestDatabaseInitializer;

/**
 * Group buy takes its seats through {@link GroupSeats}, inside the placement batch: an order placed in a group has
 * its seat and the seat's price, a seat whose order finds no stock is given back, and racing joiners never get more
 * orders into a group than its seats.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
@TestPropertySource(properties = { "orderkeep.admin-password=admin-test-password", "orderkeep.auth.bcrypt-strength=4" })
@ContextConfiguration(initializers = TestDatabaseInitializer.class)
@Import({ TestClockConfiguration.class, GroupSeatsTests.Seats.class })
class GroupSeatsTests {

	static final int GROUP_SIZE = 3;
	static final long GROUP_PRICE_FEN = 2990;

	/**
	 * Seats as group buy would keep them: a group row with its size and the seats taken, claimed by a conditional
	 * update, and a row per seat so that one can be given back.
	 */
	static class TableSeats implements GroupSeats {

		final JdbcClient jdbc;
		final AtomicBoolean calledOutsideTransaction = new AtomicBoolean();

		TableSeats(JdbcClient jdbc) {
			this.jdbc = jdbc;
		}

		@Override
		public List<Seat> take(List<SeatRequest> requests, Instant now) {
			if (!TransactionSynchronizationManager.isActualTransactionActive()) {
				calledOutsideTransaction.set(true);
			}
			List<Seat> seats = new ArrayList<>();
			for (SeatRequest request : requests) {
				String groupId = request.startsGroup() ? UUID.randomUUID().toString() : request.groupId();
				if (request.startsGroup()) {
					jdbc.sql("INSERT INTO test_group (group_id, size, taken) VALUES (?, ?, 1)").params(groupId, GROUP_SIZE).update();
				}
				else if (jdbc.sql("UPDATE test_group SET taken = taken + 1 WHERE group_id = ? AND taken < size").param(groupId)
					.update() == 0) {
					seats.add(new Seat.Refused(Placement.Reason.GROUP_FULL, new LocalizedText("已满", "Full")));
					continue;
				}
				jdbc.sql("INSERT INTO test_group_seat (order_id, group_id) VALUES (?, ?)").params(request.orderId(), groupId).update();
				seats.add(new Seat.Taken(groupId, GROUP_PRICE_FEN));
			}
			return seats;
		}

		@Override
		public void giveBack(List<String> orderIds) {
			for (String orderId : orderIds) {
				String groupId = jdbc.sql("SELECT group_id FROM test_group_seat WHERE order_id = ?").param(orderId)
					.query(String.class).single();
				jdbc.sql("DELETE FROM test_group_seat WHERE order_id = ?").param(orderId).update();
				jdbc.sql("UPDATE test_group SET taken = taken - 1 WHERE group_id = ?").param(groupId).update();
			}
		}

		@Override
		public PaidSeat paid(String orderId, String groupId, Instant at) {
			return PaidSeat.KEPT;
		}

		@Override
		public void released(String orderId, Instant at) {
		}
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class Seats {

		@Bean
		TableSeats tableSeats(JdbcClient jdbc) {
			return new TableSeats(jdbc);
		}
	}

	@Autowired
	TableSeats seats;

	@Autowired
	OrderManagement orders;

	@Autowired
	CatalogManagement catalog;

	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	void tables() {
		jdbc.sql("CREATE TABLE IF NOT EXISTS test_group (group_id VARCHAR(64) PRIMARY KEY, size INT NOT NULL, taken INT NOT NULL)")
			.update();
		jdbc.sql("CREATE TABLE IF NOT EXISTS test_group_seat (order_id VARCHAR(36) PRIMARY KEY, group_id VARCHAR(64) NOT NULL)")
			.update();
	}

	@Test
	void ordersStartAndJoinAGroupAtItsPriceUntilItsSeatsAreTaken() {
		String skuId = sku(100);
		Placement.Placed leader = placed(place(skuId, 2, null));
		String groupId = leader.order().groupId();

		assertThat(groupId).isNotNull();
		assertThat(leader.order().totalFen()).isEqualTo(2 * GROUP_PRICE_FEN);
		for (int i = 1; i < GROUP_SIZE; i++) {
			assertThat(placed(place(skuId, 1, groupId)).order().groupId()).isEqualTo(groupId);
		}
		assertThat(place(skuId, 1, groupId)).isInstanceOfSatisfying(Placement.Refused.class,
				refused -> assertThat(refused.reason()).isEqualTo(Placement.Reason.GROUP_FULL));
		assertThat(seats.calledOutsideTransaction).isFalse();
	}

	@Test
	void racingJoinersNeverGetMoreOrdersIntoAGroupThanItsSeats() {
		String skuId = sku(1_000);
		String groupId = placed(place(skuId, 1, null)).order().groupId();

		List<CompletableFuture<Placement>> joins = new ArrayList<>();
		ExecutorService callers = Executors.newFixedThreadPool(24);
		for (int i = 0; i < 48; i++) {
			joins.add(CompletableFuture.supplyAsync(() -> place(skuId, 1, groupId), callers));
		}
		callers.shutdown();
		long joined = joins.stream().map(CompletableFuture::join).filter(Placement.Placed.class::isInstance).count();

		assertThat(joined).isEqualTo(GROUP_SIZE - 1);
		assertThat(jdbc.sql("SELECT taken FROM test_group WHERE group_id = ?").param(groupId).query(Integer.class).single())
			.isEqualTo(GROUP_SIZE);
		assertThat(jdbc.sql("SELECT COUNT(*) FROM orders WHERE group_id = ?").param(groupId).query(Integer.class).single())
			.isEqualTo(GROUP_SIZE);
	}

	@Test
	void aSeatWhoseOrderFindsNoStockIsGivenBack() {
		String skuId = sku(1);
		String groupId = placed(place(skuId, 1, null)).order().groupId();

		assertThat(place(skuId, 1, groupId)).isInstanceOfSatisfying(Placement.Refused.class,
				refused -> assertThat(refused.reason()).isEqualTo(Placement.Reason.SOLD_OUT));
		assertThat(jdbc.sql("SELECT taken FROM test_group WHERE group_id = ?").param(groupId).query(Integer.class).single())
			.isEqualTo(1);
	}

	@Test
	void aFlashSaleOrderNeitherStartsNorJoinsAGroup() {
		String skuId = sku(10);
		Placement refused = orders.place(new PlaceOrder(UUID.randomUUID().toString(), "k", skuId, 1, "sale-1", null, true));

		assertThat(refused).isInstanceOfSatisfying(Placement.Refused.class,
				r -> assertThat(r.reason()).isEqualTo(Placement.Reason.GROUP_BUY_NOT_OFFERED));
	}

	private Placement place(String skuId, int quantity, String groupId) {
		return orders.place(new PlaceOrder(UUID.randomUUID().toString(), "k", skuId, quantity, null, groupId, groupId == null));
	}

	private static Placement.Placed placed(Placement placement) {
		assertThat(placement).isInstanceOf(Placement.Placed.class);
		return (Placement.Placed) placement;
	}

	private String sku(int stock) {
		return CatalogFixture.skuOnSale(catalog, "保温杯 500ml", "家居", "白色", 3990, stock);
	}
}
