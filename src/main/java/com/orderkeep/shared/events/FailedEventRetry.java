package com.orderkeep.shared.events;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.FailedEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Resubmits failed event publications: a listener that threw, or one left unfinished by a process that died (the
 * staleness monitor marks those failed, see {@code spring.modulith.events.staleness.*}). Listeners are idempotent,
 * so a retry never pays a refund twice. Safe with several nodes, unlike republishing everything at start-up.
 */
@Component
class FailedEventRetry {

	private static final Logger log = LoggerFactory.getLogger(FailedEventRetry.class);

	private final FailedEventPublications failed;

	FailedEventRetry(FailedEventPublications failed) {
		this.failed = failed;
	}

	@Scheduled(fixedDelayString = "${orderkeep.events.retry-interval:30s}", initialDelayString = "${orderkeep.events.retry-interval:30s}")
	void retry() {
		try {
			failed.resubmit(ResubmissionOptions.defaults().withMinAge(Duration.ofSeconds(30)).withBatchSize(500));
		}
		catch (RuntimeException e) {
			log.warn("Failed event publications not resubmitted now, will retry: {}", e.toString());
		}
	}
}
