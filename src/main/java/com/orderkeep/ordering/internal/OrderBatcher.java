package com.orderkeep.ordering.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;

import com.orderkeep.ordering.internal.PlacementRequest.Created;
import com.orderkeep.ordering.internal.PlacementRequest.Failed;
import com.orderkeep.ordering.internal.PlacementRequest.Outcome;

/**
 * The batching writer. Requests wait in a lane chosen by their SKU; while a lane's transactions run, the requests
 * that arrive pile up and form its next batch, so a hot SKU takes hundreds of orders per commit and its stock row
 * is locked once per batch, not once per order. A lane writes up to {@code inFlight} batches at the same time, so
 * one batch's round trips and log flush overlap another's. A batch that cannot commit fails all its requests: none
 * of them was acknowledged, so none is lost.
 */
@Component
class OrderBatcher implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(OrderBatcher.class);
	/** Retries of a batch that lost a race (a key or order number taken meanwhile, a lock conflict). */
	private static final int ATTEMPTS = 5;
	/**
	 * The pause before writing a batch again after a lost race, times the races lost. The batch that won is usually
	 * still committing: the embedded store refuses a conflicting write at once rather than waiting for that commit,
	 * so retrying at once loses again (a buyer's first purchase in a flash sale, counted by two batches in flight).
	 */
	private static final long RACE_BACKOFF_NANOS = TimeUnit.MILLISECONDS.toNanos(2);

	private final BatchPlacement placement;
	private final OrderMetrics metrics;
	private final Lane[] lanes;
	private final int maxSize;
	private final int inFlight;
	private final ExecutorService workers;

	OrderBatcher(BatchPlacement placement, OrderMetrics metrics, OrderingProperties properties) {
		this.placement = placement;
		this.metrics = metrics;
		this.maxSize = properties.batch().maxSize();
		this.inFlight = properties.batch().inFlight();
		this.lanes = new Lane[properties.batch().lanes()];
		for (int i = 0; i < lanes.length; i++) {
			lanes[i] = new Lane();
		}
		this.workers = Executors.newFixedThreadPool(properties.batch().workers(), runnable -> {
			Thread thread = new Thread(runnable, "order-batcher");
			thread.setDaemon(true);
			return thread;
		});
	}

	private static final class Lane {
		final Queue<PlacementRequest> waiting = new ConcurrentLinkedQueue<>();
		final AtomicInteger writing = new AtomicInteger();
	}

	PlacementRequest submit(PlacementRequest request) {
		Lane lane = lanes[Math.floorMod(request.command().skuId().hashCode(), lanes.length)];
		lane.waiting.add(request);
		schedule(lane);
		return request;
	}

	private void schedule(Lane lane) {
		for (int writing = lane.writing.get(); writing < inFlight; writing = lane.writing.get()) {
			if (lane.writing.compareAndSet(writing, writing + 1)) {
				workers.execute(() -> drain(lane));
				return;
			}
		}
	}

	/**
	 * Commits the lane's next batch, frees the lane for the batch after it, and only then answers the callers: waking
	 * hundreds of waiting threads and logging take as long as a third of a commit, and the next batch need not wait.
	 */
	private void drain(Lane lane) {
		List<PlacementRequest> batch = new ArrayList<>();
		List<Outcome> outcomes = List.of();
		try {
			PlacementRequest next;
			while (batch.size() < maxSize && (next = lane.waiting.poll()) != null) {
				batch.add(next);
			}
			if (!batch.isEmpty()) {
				outcomes = commit(batch);
			}
		}
		finally {
			lane.writing.decrementAndGet();
			if (!lane.waiting.isEmpty()) {
				schedule(lane);
			}
		}
		answer(batch, outcomes);
	}

	private List<Outcome> commit(List<PlacementRequest> batch) {
		metrics.batched(batch.size());
		boolean stockFirst = false;
		int racesLost = 0;
		while (true) {
			try {
				boolean takeStockFirst = stockFirst;
				return metrics.timeCommit(() -> placement.commit(batch, takeStockFirst));
			}
			catch (BatchPlacement.StockRanShort ranShort) {
				log.debug("Batch of {} written again taking stock first: {}", batch.size(), ranShort.getMessage());
				metrics.writtenAgainStockFirst();
				// Not a lost race, and it happens at most once: written stock first, a batch takes what there is.
				stockFirst = true;
			}
			catch (DuplicateKeyException | ConcurrencyFailureException raced) {
				racesLost++;
				log.debug("Batch of {} lost a race, attempt {}: {}", batch.size(), racesLost, raced.getMessage());
				if (racesLost == ATTEMPTS) {
					return failed(batch, raced);
				}
				LockSupport.parkNanos(RACE_BACKOFF_NANOS * racesLost);
			}
			catch (RuntimeException | Error failure) {
				log.warn("Batch of {} orders failed; none was acknowledged: {}", batch.size(), failure.toString());
				return failed(batch, failure);
			}
		}
	}

	private static void answer(List<PlacementRequest> batch, List<Outcome> outcomes) {
		for (int i = 0; i < batch.size(); i++) {
			batch.get(i).outcome().complete(outcomes.get(i));
		}
		logPlaced(batch, outcomes);
	}

	/**
	 * One line per committed batch, its new orders' ids in the structured field {@code orderIds}; each order's own
	 * line is at DEBUG. A line per order cost a third of the service's CPU on a hot SKU, spent formatting log lines
	 * while the lane's next batch waited.
	 */
	private static void logPlaced(List<PlacementRequest> batch, List<Outcome> outcomes) {
		List<String> placed = new ArrayList<>();
		for (Outcome outcome : outcomes) {
			if (outcome instanceof Created created) {
				placed.add(created.order().id());
				if (log.isDebugEnabled()) {
					try (var ignored = MDC.putCloseable("orderId", created.order().id())) {
						log.debug("Order placed: {} x SKU {}", created.order().state().quantity(),
								created.order().state().snapshot().skuId());
					}
				}
			}
		}
		if (!placed.isEmpty()) {
			try (var ignored = MDC.putCloseable("orderIds", String.join(",", placed))) {
				log.info("Placed {} of {} orders in one commit", placed.size(), batch.size());
			}
		}
	}

	private static List<Outcome> failed(List<PlacementRequest> batch, Throwable cause) {
		return batch.stream().<Outcome>map(request -> new Failed(cause)).toList();
	}

	@Override
	public void destroy() {
		workers.shutdown();
	}
}
