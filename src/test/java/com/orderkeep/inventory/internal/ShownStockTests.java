package com.orderkeep.inventory.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionSynchronizationUtils;

import com.orderkeep.support.MutableClock;

/**
 * The stock product pages show: kept for its age by the injected clock, forgotten when this node's change commits
 * (not when it rolls back), and never kept from a read that a committed change overtook.
 */
class ShownStockTests {

	final MutableClock clock = new MutableClock(Instant.parse("2026-12-03T08:00:00Z"));
	final ShownStock shown = new ShownStock(clock, Duration.ofSeconds(1));
	final AtomicLong database = new AtomicLong(10);
	final AtomicInteger reads = new AtomicInteger();
	final Function<Collection<String>, Map<String, Long>> read = skuIds -> {
		reads.incrementAndGet();
		return Map.of("sku-1", database.get());
	};

	@AfterEach
	void endAnyTransaction() {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.clearSynchronization();
		}
	}

	@Test
	void keepsWhatItReadForItsAgeThenReadsAgain() {
		assertThat(shown.of(List.of("sku-1"), read)).containsEntry("sku-1", 10L);
		database.set(7);
		clock.advance(Duration.ofMillis(1000));

		assertThat(shown.of(List.of("sku-1"), read)).as("another node's change, within the age").containsEntry("sku-1", 10L);
		clock.advance(Duration.ofMillis(1));
		assertThat(shown.of(List.of("sku-1"), read)).containsEntry("sku-1", 7L);
		assertThat(reads).hasValue(2);
	}

	@Test
	void showsThisNodesChangeAsSoonAsItCommitsAndNotBefore() {
		shown.of(List.of("sku-1"), read);
		TransactionSynchronizationManager.initSynchronization();
		shown.changes("sku-1");
		database.set(9);

		assertThat(shown.of(List.of("sku-1"), read)).as("not committed yet").containsEntry("sku-1", 10L);
		complete(TransactionSynchronization.STATUS_COMMITTED);
		assertThat(shown.of(List.of("sku-1"), read)).containsEntry("sku-1", 9L);
	}

	@Test
	void keepsWhatItShowsWhenTheChangeRollsBack() {
		shown.of(List.of("sku-1"), read);
		TransactionSynchronizationManager.initSynchronization();
		shown.changes("sku-1");

		complete(TransactionSynchronization.STATUS_ROLLED_BACK);
		shown.of(List.of("sku-1"), read);
		assertThat(reads).hasValue(1);
	}

	@Test
	void doesNotKeepAReadThatAChangeCommittedDuring() {
		Function<Collection<String>, Map<String, Long>> overtaken = skuIds -> {
			Map<String, Long> before = Map.of("sku-1", database.get());
			database.set(4);
			shown.changes("sku-1");
			return before;
		};
		assertThat(shown.of(List.of("sku-1"), overtaken)).containsEntry("sku-1", 10L);

		assertThat(shown.of(List.of("sku-1"), read)).containsEntry("sku-1", 4L);
	}

	private static void complete(int status) {
		List<TransactionSynchronization> synchronizations = TransactionSynchronizationManager.getSynchronizations();
		TransactionSynchronizationManager.clearSynchronization();
		TransactionSynchronizationUtils.invokeAfterCompletion(synchronizations, status);
	}
}
