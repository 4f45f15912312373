package com.orderkeep.shared.events;

import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Supplier;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import com.orderkeep.shared.SqlTime;

/**
 * The event_payload table: one copy of each {@link com.orderkeep.shared.BatchEvent}, written in the transaction that
 * publishes it and read by each listener's publication. Kept as long as the publications that refer to it.
 */
@Repository
class EventPayloads {

	private static final String INSERT = """
			INSERT INTO event_payload (payload_key, event_type, payload, stored_at) VALUES (:key, :type, :payload, :at)
			""";
	private static final String LOAD = "SELECT payload FROM event_payload WHERE payload_key = :key";
	private static final String DELETE_STORED_BEFORE = "DELETE FROM event_payload WHERE stored_at < :before";

	private final JdbcClient jdbc;
	private final Clock clock;

	EventPayloads(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Stores the event under its key unless this transaction has already: the registry asks once per listener, and
	 * the event is serialized only the first time.
	 */
	void storeOnce(String key, String type, Supplier<String> payload) {
		if (!storedInThisTransaction().add(key)) {
			return;
		}
		jdbc.sql(INSERT).param("key", key).param("type", type).param("payload", payload.get())
			.param("at", SqlTime.of(clock.instant())).update();
	}

	String load(String key) {
		return jdbc.sql(LOAD).param("key", key).query(String.class).single();
	}

	int deleteStoredBefore(Instant before) {
		return jdbc.sql(DELETE_STORED_BEFORE).param("before", SqlTime.of(before)).update();
	}

	@SuppressWarnings("unchecked")
	private static Set<String> storedInThisTransaction() {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			throw new IllegalStateException("a batch event is published only within a transaction");
		}
		Set<String> stored = (Set<String>) TransactionSynchronizationManager.getResource(EventPayloads.class);
		if (stored == null) {
			stored = new HashSet<>();
			TransactionSynchronizationManager.bindResource(EventPayloads.class, stored);
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {

				@Override
				public void afterCompletion(int status) {
					TransactionSynchronizationManager.unbindResourceIfPossible(EventPayloads.class);
				}
			});
		}
		return stored;
	}
}
