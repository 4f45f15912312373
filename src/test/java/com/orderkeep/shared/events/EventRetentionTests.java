package com.orderkeep.shared.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.orderkeep.shared.SqlTime;
import com.orderkeep.support.OrderkeepHttpTest;

/**
 * Done after-commit work is forgotten after the retention period (seven days by default), with the batch payloads
 * nothing can read again; unfinished work and what it needs are kept, however old.
 */
@OrderkeepHttpTest
class EventRetentionTests {

	@Autowired
	EventRetention retention;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	@Test
	void forgetsCompletedPublicationsAndTheirPayloadsOnceOlderThanTheRetentionPeriod() {
		Instant longAgo = beforeAnyUnfinishedPublication(clock.instant().minus(Duration.ofDays(8)));
		Instant yesterday = clock.instant().minus(Duration.ofDays(1));
		String oldPayload = payload(longAgo);
		UUID old = publication(oldPayload, longAgo, longAgo);
		String recentPayload = payload(yesterday);
		UUID recent = publication(recentPayload, yesterday, yesterday);

		retention.forgetWhatIsDone();

		assertThat(publicationExists(old)).isFalse();
		assertThat(payloadExists(oldPayload)).isFalse();
		assertThat(publicationExists(recent)).isTrue();
		assertThat(payloadExists(recentPayload)).isTrue();
	}

	@Test
	void keepsAnUnfinishedPublicationAndEveryPayloadItMayNeedHoweverOld() {
		Instant nineDaysAgo = clock.instant().minus(Duration.ofDays(9));
		Instant eightDaysAgo = clock.instant().minus(Duration.ofDays(8));
		String stuckPayload = payload(nineDaysAgo);
		UUID stuck = publication(stuckPayload, nineDaysAgo, null);
		String laterPayload = payload(eightDaysAgo);
		UUID later = publication(laterPayload, eightDaysAgo, eightDaysAgo);
		try {
			retention.forgetWhatIsDone();

			assertThat(publicationExists(stuck)).isTrue();
			assertThat(payloadExists(stuckPayload)).isTrue();
			assertThat(publicationExists(later)).as("completed and past the period").isFalse();
			assertThat(payloadExists(laterPayload)).as("stored after an unfinished publication").isTrue();
		}
		finally {
			jdbc.sql("DELETE FROM event_publication WHERE id = :id").param("id", stuck).update();
		}
	}

	/** The moment, or earlier if other tests of this application left unfinished work behind that keeps payloads. */
	private Instant beforeAnyUnfinishedPublication(Instant moment) {
		Timestamp oldest = jdbc.sql("SELECT MIN(publication_date) FROM event_publication WHERE completion_date IS NULL")
			.query(Timestamp.class).optional().orElse(null);
		if (oldest == null || oldest.toInstant().minus(Duration.ofHours(2)).isAfter(moment)) {
			return moment;
		}
		return oldest.toInstant().minus(Duration.ofHours(2));
	}

	private String payload(Instant storedAt) {
		String key = UUID.randomUUID().toString();
		jdbc.sql("INSERT INTO event_payload (payload_key, event_type, payload, stored_at) VALUES (:key, 'test', '{}', :at)")
			.param("key", key).param("at", SqlTime.of(storedAt)).update();
		return key;
	}

	private UUID publication(String payloadKey, Instant publishedAt, @Nullable Instant completedAt) {
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				INSERT INTO event_publication (id, listener_id, event_type, serialized_event, publication_date,
				    completion_date, status, completion_attempts)
				VALUES (:id, 'test.retention', 'test.Event', :event, :published, :completed, :status, 1)
				""")
			.param("id", id)
			.param("event", "{\"storedOnce\":\"" + payloadKey + "\"}")
			.param("published", Timestamp.from(publishedAt))
			.param("completed", completedAt == null ? null : Timestamp.from(completedAt), java.sql.Types.TIMESTAMP)
			.param("status", completedAt == null ? "PUBLISHED" : "COMPLETED")
			.update();
		return id;
	}

	private boolean publicationExists(UUID id) {
		return jdbc.sql("SELECT COUNT(*) FROM event_publication WHERE id = :id").param("id", id).query(Long.class).single() > 0;
	}

	private boolean payloadExists(String key) {
		return jdbc.sql("SELECT COUNT(*) FROM event_payload WHERE payload_key = :key").param("key", key)
			.query(Long.class).single() > 0;
	}
}
