package com.orderkeep.bench;

import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;

import com.orderkeep.ordering.PlaceOrder;
import com.orderkeep.ordering.Placement;

/**
 * Durable orders per second on one hot SKU, in-process, for three ways of writing them on the same database in the
 * same run (the {@code orders} counter; the primary score counts invocations):
 * <ul>
 * <li>{@code orderkeep}: many buyers at once through {@code OrderManagement.place}, the batching writer, and
 * {@code orderkeepThreeListeners}: the same with three listeners on placement;</li>
 * <li>{@code naive} and {@code naiveOneRow}: one transaction per order, the conditional stock update and then the
 * order's rows (all four of them, or the order row alone);</li>
 * <li>{@code rawCeiling} and {@code rawCeilingTwoWriters}: the same four rows per order and the same conditional
 * update, in hand-batched JDBC with no application logic, one transaction per {@link HotSku#RAW_BATCH} orders, from
 * one writer or two at once; the ceiling is the better of the two.</li>
 * </ul>
 * Every design commits durably (PostgreSQL's defaults; the embedded store's write delay 0). Run with
 * {@code bench/hot-sku.sh}; see docs/BENCHMARKS.md.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class HotSkuBenchmark {

	/** Callers placing orders at once; each waits for its order's commit, as an HTTP request thread does. */
	static final int CALLERS = 512;

	@State(Scope.Benchmark)
	public static class Database {

		@Param({ "postgres", "embedded" })
		public String database;

		HotSku sku;

		@Setup(Level.Trial)
		public void start() throws Exception {
			sku = HotSku.start(database, listeners());
		}

		Class<?>[] listeners() {
			return new Class<?>[0];
		}

		@Setup(Level.Iteration)
		public void iterationStarted() {
			sku.iterationStarted();
		}

		@TearDown(Level.Iteration)
		public void iterationEnded() {
			sku.iterationEnded();
		}

		@TearDown(Level.Trial)
		public void stop() throws Exception {
			sku.stop();
		}
	}

	/** The same application with three listeners on order placement ({@link PlacementListeners}). */
	public static class DatabaseWithListeners extends Database {

		@Override
		Class<?>[] listeners() {
			return new Class<?>[] { PlacementListeners.class };
		}
	}

	/** Orders each thread got acknowledged, reported by JMH per second. */
	@State(Scope.Thread)
	@AuxCounters(AuxCounters.Type.OPERATIONS)
	public static class Acknowledged {

		public long orders;

		@Setup(Level.Iteration)
		public void reset() {
			orders = 0;
		}

		boolean count(boolean placed) {
			if (placed) {
				orders++;
			}
			return placed;
		}
	}

	/** What one caller of the batching path needs: its own buyer id and a fresh idempotency key per order. */
	@State(Scope.Thread)
	public static class Buyer {

		String buyerId;
		long next;

		@Setup(Level.Trial)
		public void signIn() {
			buyerId = java.util.UUID.randomUUID().toString();
		}

		String nextKey() {
			return "k" + next++;
		}
	}

	/** A thread's own connection for the designs that write with plain JDBC. */
	@State(Scope.Thread)
	public static class Connection {

		HotSku.Writer writer;

		@Setup(Level.Trial)
		public void open(Database db) throws Exception {
			writer = db.sku.writer();
		}

		@TearDown(Level.Trial)
		public void close() throws Exception {
			writer.close();
		}
	}

	@Benchmark
	@Threads(CALLERS)
	public Placement orderkeep(Database db, Buyer buyer, Acknowledged acknowledged) {
		Placement placement = db.sku.orders().place(new PlaceOrder(buyer.buyerId, buyer.nextKey(), db.sku.skuId(), 1,
				null, null, false));
		if (placement instanceof Placement.Placed placed && placed.created()) {
			acknowledged.orders++;
		}
		return placement;
	}

	/** The batching writer again, with three listeners on placement: the price of listening, in the same run. */
	@Benchmark
	@Threads(CALLERS)
	public Placement orderkeepThreeListeners(DatabaseWithListeners db, Buyer buyer, Acknowledged acknowledged) {
		return orderkeep(db, buyer, acknowledged);
	}

	@Benchmark
	@Threads(32)
	public boolean naive(Connection connection, Acknowledged acknowledged) throws Exception {
		return acknowledged.count(connection.writer.placeOne(true));
	}

	@Benchmark
	@Threads(32)
	public boolean naiveOneRow(Connection connection, Acknowledged acknowledged) throws Exception {
		return acknowledged.count(connection.writer.placeOne(false));
	}

	@Benchmark
	@Threads(1)
	public int rawCeiling(Connection connection, Acknowledged acknowledged) throws Exception {
		return rawBatch(connection, acknowledged);
	}

	/** The ceiling with as many writers as the batching writer has batches of one SKU in flight by default. */
	@Benchmark
	@Threads(2)
	public int rawCeilingTwoWriters(Connection connection, Acknowledged acknowledged) throws Exception {
		return rawBatch(connection, acknowledged);
	}

	private static int rawBatch(Connection connection, Acknowledged acknowledged) throws Exception {
		int placed = connection.writer.placeBatch(HotSku.RAW_BATCH);
		acknowledged.orders += placed;
		return placed;
	}
}
