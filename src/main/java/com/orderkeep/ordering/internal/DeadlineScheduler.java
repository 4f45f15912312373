package com.orderkeep.ordering.internal;

import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Resolves due deadlines every second: unpaid orders are cancelled and their stock returned, shipped orders
 * complete. Each deadline is its own transaction, so one that fails is simply tried again at the next tick; two
 * nodes resolving the same deadline cannot both change the order (its version decides).
 */
@Component
class DeadlineScheduler {

	private static final Logger log = LoggerFactory.getLogger(DeadlineScheduler.class);
	private static final int PER_TICK = 500;

	private final Deadlines deadlines;
	private final DeadlineResolution resolution;
	private final Clock clock;

	DeadlineScheduler(Deadlines deadlines, DeadlineResolution resolution, Clock clock) {
		this.deadlines = deadlines;
		this.resolution = resolution;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${orderkeep.orders.deadline-tick:1s}")
	void tick() {
		resolveDue();
	}

	/** Resolves every deadline due by the clock's now; returns how many were resolved. */
	int resolveDue() {
		int resolved = 0;
		try {
			for (Deadlines.Due due : deadlines.due(clock.instant(), PER_TICK)) {
				try (var ignored = MDC.putCloseable("orderId", due.orderId())) {
					if (resolution.resolve(due)) {
						resolved++;
					}
				}
				catch (RuntimeException e) {
					log.warn("Deadline {} of order {} not resolved, will retry: {}", due.kind(), due.orderId(), e.toString());
				}
			}
		}
		catch (RuntimeException e) {
			log.warn("Deadlines not read, will retry: {}", e.toString());
		}
		return resolved;
	}
}
