package com.orderkeep.notification.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import com.orderkeep.notification.NotificationType;
import com.orderkeep.shared.LocalizedText;
import com.orderkeep.support.MutableClock;
import com.orderkeep.support.OrderkeepHttpTest;

/**
 * Places in the stream follow commits, not numbers: with writers whose transactions stay open for different times,
 * and several placers at once (this test's and the node's own), a reader that only ever asks for "after the last
 * place I saw" sees every notification, once, in increasing places.
 */
@OrderkeepHttpTest
class StreamPlacesTests {

	@Autowired
	StreamPlaces places;

	@Autowired
	Inboxes inboxes;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	MutableClock clock;

	@Test
	void aReaderFollowingPlacesSeesEveryCommittedNotificationOnceWhateverOrderTheyCommittedIn() throws Exception {
		String run = "places-" + UUID.randomUUID().toString().substring(0, 8) + "-";
		int writers = 6;
		int each = 20;
		Set<String> written = ConcurrentHashMap.newKeySet();
		List<String> seen = new ArrayList<>();
		AtomicBoolean writing = new AtomicBoolean(true);
		ExecutorService threads = Executors.newFixedThreadPool(writers + 3);
		long start = places.head(); // before anything of this test can be placed
		try {
			List<CompletableFuture<Void>> writes = new ArrayList<>();
			for (int w = 0; w < writers; w++) {
				String recipient = run + w;
				writes.add(CompletableFuture.runAsync(() -> {
					TransactionTemplate transaction = new TransactionTemplate(transactions);
					for (int i = 0; i < each; i++) {
						String order = UUID.randomUUID().toString();
						transaction.executeWithoutResult(status -> {
							inboxes.add(notice(recipient, order));
							pause(ThreadLocalRandom.current().nextInt(0, 15)); // committed a while after its number was taken
						});
						written.add(order);
					}
				}, threads));
			}
			List<CompletableFuture<Void>> placers = new ArrayList<>();
			for (int p = 0; p < 2; p++) {
				placers.add(CompletableFuture.runAsync(() -> {
					while (writing.get()) {
						places.placeCommitted();
						pause(ThreadLocalRandom.current().nextInt(0, 5));
					}
					while (places.placeCommitted() > 0) {
						// the rest
					}
				}, threads));
			}
			CompletableFuture<Void> reader = CompletableFuture.runAsync(() -> {
				long cursor = start;
				long last = cursor;
				long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(50);
				while (seen.size() < writers * each && System.nanoTime() < deadline) {
					for (Inboxes.Placed placed : inboxes.placedAfter(cursor, 100)) {
						assertThat(placed.position()).as("places only grow").isGreaterThan(last);
						last = placed.position();
						cursor = placed.position();
						if (placed.recipientId().startsWith(run)) {
							seen.add(placed.notification().orderId());
						}
					}
					pause(2);
				}
			}, threads);

			CompletableFuture.allOf(writes.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);
			writing.set(false);
			CompletableFuture.allOf(placers.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);
			reader.get(60, TimeUnit.SECONDS);
		}
		finally {
			threads.shutdownNow();
		}

		assertThat(seen).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(written);
	}

	private Notice notice(String recipient, String orderId) {
		return new Notice(recipient, NotificationType.REFUNDED, orderId, "1@" + clock.instant(), clock.instant(),
				new LocalizedText("退款", "Refund"), new LocalizedText("退款已原路退回", "Refund sent"));
	}

	private static void pause(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}
}
