package com.orderkeep.shared.events;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.CompletedEventPublications;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Forgets after-commit work that is done: completed event publications once they are older than
 * {@code orderkeep.events.keep-completed}, and the batch payloads that no unfinished publication can still need.
 * Without it the registry grows by a publication per listener and a payload of tens of kilobytes per placement batch,
 * for ever. Unfinished publications are never touched. Running on several nodes at once only deletes the same rows.
 */
@Component
class EventRetention {

	private static final Logger log = LoggerFactory.getLogger(EventRetention.class);

	/** How much earlier than the publication that refers to it a payload may have been stored (the same transaction). */
	private static final Duration SAME_TRANSACTION = Duration.ofHours(1);

	private static final String OLDEST_UNFINISHED = """
			SELECT MIN(publication_date) FROM event_publication WHERE completion_date IS NULL
			""";

	private final CompletedEventPublications completed;
	private final EventPayloads payloads;
	private final JdbcClient jdbc;
	private final Clock clock;
	private final Duration keep;

	EventRetention(CompletedEventPublications completed, EventPayloads payloads, JdbcClient jdbc, Clock clock,
			@Value("${orderkeep.events.keep-completed:7d}") Duration keep) {
		this.completed = completed;
		this.payloads = payloads;
		this.jdbc = jdbc;
		this.clock = clock;
		this.keep = keep;
	}

	@Scheduled(fixedDelayString = "${orderkeep.events.retention-interval:1h}",
			initialDelayString = "${orderkeep.events.retention-interval:1h}")
	void forgetWhatIsDone() {
		try {
			completed.deletePublicationsOlderThan(keep);
			int forgotten = payloads.deleteStoredBefore(payloadsNoLongerNeededBefore());
			if (forgotten > 0) {
				log.info("Forgot {} batch payloads that no unfinished publication needs", forgotten);
			}
		}
		catch (RuntimeException e) {
			log.warn("Completed event publications not pruned now, will retry: {}", e.toString());
		}
	}

	/**
	 * Payloads stored before this moment are past the retention period and older than every unfinished publication,
	 * so nothing can read them again.
	 */
	Instant payloadsNoLongerNeededBefore() {
		Instant retained = clock.instant().minus(keep);
		Timestamp oldest = jdbc.sql(OLDEST_UNFINISHED).query(Timestamp.class).optional().orElse(null);
		if (oldest == null) {
			return retained;
		}
		Instant stillNeeded = oldest.toInstant().minus(SAME_TRANSACTION);
		return stillNeeded.isBefore(retained) ? stillNeeded : retained;
	}
}
