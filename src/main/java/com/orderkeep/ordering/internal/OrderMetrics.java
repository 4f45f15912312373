package com.orderkeep.ordering.internal;

import java.util.function.Supplier;

import org.springframework.stereotype.Component;

import com.orderkeep.ordering.CancelReason;
import com.orderkeep.ordering.Placement;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * The ordering figures operators watch: orders placed, refused and cancelled by reason, placement latency, and
 * the size and duration of the batching writer's commits.
 */
@Component
class OrderMetrics {

	private final MeterRegistry registry;
	private final Counter placed;
	private final Timer placement;
	private final Timer batchCommit;
	private final DistributionSummary batchSize;
	private final Counter writtenAgainStockFirst;

	OrderMetrics(MeterRegistry registry) {
		this.registry = registry;
		this.placed = Counter.builder("orderkeep.orders.placed").description("Orders placed").register(registry);
		this.placement = Timer.builder("orderkeep.orders.placement").description("Time to place an order, batch wait included")
			.publishPercentileHistogram().register(registry);
		this.batchCommit = Timer.builder("orderkeep.orders.batch.commit").description("Time to commit one batch")
			.publishPercentileHistogram().register(registry);
		this.batchSize = DistributionSummary.builder("orderkeep.orders.batch.size").description("Placements per batch")
			.publishPercentileHistogram().register(registry);
		this.writtenAgainStockFirst = Counter.builder("orderkeep.orders.batch.rewritten")
			.description("Batches written again taking stock first, because a SKU had too little for all of them")
			.register(registry);
	}

	void placed() {
		placed.increment();
	}

	void refused(Placement.Reason reason) {
		registry.counter("orderkeep.orders.refused", "reason", reason.name()).increment();
	}

	void cancelled(CancelReason reason) {
		registry.counter("orderkeep.orders.cancelled", "reason", reason.name()).increment();
	}

	<T> T timePlacement(Supplier<T> work) {
		return placement.record(work);
	}

	void batched(int size) {
		batchSize.record(size);
	}

	<T> T timeCommit(Supplier<T> work) {
		return batchCommit.record(work);
	}

	void writtenAgainStockFirst() {
		writtenAgainStockFirst.increment();
	}
}
