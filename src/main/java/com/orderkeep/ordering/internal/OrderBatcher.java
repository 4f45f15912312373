package com.orderkeep.ordering.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;

import com.orderkeep.ordering.internal.PlacementRequest.Failed;
import com.orderkeep.ordering.internal.PlacementRequest.Outcome;

/**
 * The batching writer. Requests wait in a lane chosen by their SKU; while a lane's transaction runs, the requests
 * that arrive pile up and form its next batch, so a hot SKU takes hundreds of orders per commit and its stock row
 * is locked once per batch, not once per order. A batch that cannot commit fails all its requests: none of them
 * was acknowledged, so none is lost.
 */
@Component
class OrderBatcher implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(OrderBatcher.class);
	/** Retries of a batch that lost a race (a key or order number taken meanwhile, a lock conflict). */
	private static final int ATTEMPTS = 3;

	private final BatchPlacement placement;
	private final OrderMetrics metrics;
	private final Lane[] lanes;
	private final int maxSize;
	private final ExecutorService workers;

	OrderBatcher(BatchPlacement placement, OrderMetrics metrics, OrderingProperties properties) {
		this.placement = placement;
		this.metrics = metrics;
		this.maxSize = properties.batch().maxSize();
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
		final AtomicBoolean scheduled = new AtomicBoolean();
	}

	PlacementRequest submit(PlacementRequest request) {
		Lane lane = lanes[Math.floorMod(request.command().skuId().hashCode(), lanes.length)];
		lane.waiting.add(request);
		schedule(lane);
		return request;
	}

	private void schedule(Lane lane) {
		if (lane.scheduled.compareAndSet(false, true)) {
			workers.execute(() -> drain(lane));
		}
	}

	private void drain(Lane lane) {
		try {
			List<PlacementRequest> batch = new ArrayList<>();
			PlacementRequest next;
			while (batch.size() < maxSize && (next = lane.waiting.poll()) != null) {
				batch.add(next);
			}
			if (!batch.isEmpty()) {
				commit(batch);
			}
		}
		finally {
			lane.scheduled.set(false);
			if (!lane.waiting.isEmpty()) {
				schedule(lane);
			}
		}
	}

	private void commit(List<PlacementRequest> batch) {
		for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
			try {
				List<Outcome> outcomes = metrics.timeBatch(batch.size(), () -> placement.commit(batch));
				for (int i = 0; i < batch.size(); i++) {
					batch.get(i).outcome().complete(outcomes.get(i));
				}
				return;
			}
			catch (DuplicateKeyException | ConcurrencyFailureException raced) {
				log.debug("Batch of {} lost a race, attempt {}: {}", batch.size(), attempt, raced.getMessage());
				if (attempt == ATTEMPTS) {
					failAll(batch, raced);
				}
			}
			catch (RuntimeException | Error failure) {
				log.warn("Batch of {} orders failed; none was acknowledged: {}", batch.size(), failure.toString());
				failAll(batch, failure);
				return;
			}
		}
	}

	private static void failAll(List<PlacementRequest> batch, Throwable cause) {
		batch.forEach(request -> request.outcome().complete(new Failed(cause)));
	}

	@Override
	public void destroy() {
		workers.shutdown();
	}
}
