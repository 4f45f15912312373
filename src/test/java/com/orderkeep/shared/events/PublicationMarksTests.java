package com.orderkeep.shared.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.modulith.events.core.EventPublicationRepository;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The registry's marks as they reach the database: no PROCESSING mark, COMPLETED marks gathered and written together
 * in one commit, and none of them left behind at shutdown.
 */
class PublicationMarksTests {

	final EventPublicationRepository database = mock(EventPublicationRepository.class);
	final PlatformTransactionManager transactions = mock(PlatformTransactionManager.class);
	final PublicationMarks marks = new PublicationMarks(
			new StaticListableBeanFactory(Map.of("transactions", transactions)).getBeanProvider(PlatformTransactionManager.class));
	final EventPublicationRepository registry = (EventPublicationRepository) marks.postProcessAfterInitialization(database,
			"eventPublicationRepository");

	@Test
	void leavesTheProcessingMarkOut() {
		registry.markProcessing(UUID.randomUUID());

		verifyNoInteractions(database);
	}

	@Test
	void writesCompletionsGatheredWhileRunningInOneCommitAtTheLatestWhenStopping() {
		marks.start();
		UUID first = UUID.randomUUID();
		UUID second = UUID.randomUUID();
		Instant at = Instant.parse("2026-12-03T10:00:00Z");
		registry.markCompleted(first, at);
		registry.markCompleted(second, at);
		marks.stop();

		verify(database).markCompleted(first, at);
		verify(database).markCompleted(second, at);
		verify(transactions, times(1)).commit(any());
		assertThat(marks.isRunning()).isFalse();
	}

	@Test
	void writesACompletionAtOnceWhenNotRunning() {
		UUID publication = UUID.randomUUID();
		Instant at = Instant.parse("2026-12-03T10:00:00Z");

		registry.markCompleted(publication, at);

		verify(database).markCompleted(publication, at);
		verify(transactions, never()).commit(any());
	}

	@Test
	void passesEverythingElseThrough() {
		registry.findIncompletePublications();

		verify(database).findIncompletePublications();
	}
}
