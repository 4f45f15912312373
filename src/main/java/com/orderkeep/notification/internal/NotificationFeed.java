package com.orderkeep.notification.internal;

import java.io.IOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

import com.orderkeep.notification.Notification;
import com.orderkeep.notification.NotificationManagement.Subscriber;
import com.orderkeep.notification.NotificationManagement.Subscription;

/**
 * The node's view of the stream. Every poll interval it places what was committed since (on any node,
 * {@link StreamPlaces}), reads what was placed after the last place it read, once for all its followers, and hands
 * each notification to the followers of its recipient. A follower that joins with a place it had reached is first
 * given, from the database, what was placed after it up to where the node stands; what the node reads after that
 * reaches it live. Each follower is written to by one thread at a time, so a slow reader holds up only itself; one
 * that falls too far behind is closed, and comes back where it left off.
 */
@Component
class NotificationFeed implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(NotificationFeed.class);

	private static final int PAGE = 500;
	private static final int MOST_WAITING = 1_000;
	private static final int SENDERS = 8;

	private final StreamPlaces places;
	private final Inboxes inboxes;
	private final NotificationProperties properties;

	/** Guards {@link #byRecipient} and {@link #cursor}. */
	private final Object lock = new Object();
	private final Map<String, Set<Follower>> byRecipient = new HashMap<>();
	/** The last place read and handed to followers; -1 while nobody follows. */
	private long cursor = -1;
	private final Set<Follower> followers = ConcurrentHashMap.newKeySet();

	private volatile @Nullable ScheduledExecutorService ticks;
	private volatile @Nullable ExecutorService senders;
	private volatile boolean failing;

	NotificationFeed(StreamPlaces places, Inboxes inboxes, NotificationProperties properties) {
		this.places = places;
		this.inboxes = inboxes;
		this.properties = properties;
	}

	/** The last place given in the stream, by any node. */
	long head() {
		return places.head();
	}

	Subscription follow(Set<String> recipients, @Nullable Long after, Subscriber subscriber) {
		Follower follower;
		synchronized (lock) {
			if (cursor < 0) {
				cursor = places.head();
			}
			follower = new Follower(Set.copyOf(recipients), subscriber, after, cursor);
			followers.add(follower);
			recipients.forEach(recipient -> byRecipient.computeIfAbsent(recipient, r -> new HashSet<>()).add(follower));
		}
		follower.offer(Follower::catchUp);
		return follower::leave;
	}

	/** Places what was committed and hands what was placed to the followers of its recipients. */
	void poll() {
		try {
			places.placeCommitted();
			if (!followers.isEmpty()) {
				synchronized (lock) {
					List<Inboxes.Placed> placed;
					do {
						if (cursor < 0) {
							return;
						}
						placed = inboxes.placedAfter(cursor, PAGE);
						for (Inboxes.Placed p : placed) {
							// a copy: a follower too far behind leaves the set while being offered to
							for (Follower follower : List.copyOf(byRecipient.getOrDefault(p.recipientId(), Set.of()))) {
								follower.offer(f -> f.live(p.position(), p.notification()));
							}
							cursor = p.position();
						}
					}
					while (placed.size() == PAGE);
				}
			}
			if (failing) {
				log.info("Notification stream: reading the database again");
				failing = false;
			}
		}
		catch (RuntimeException e) {
			if (!failing) {
				log.warn("Notification stream: cannot read the database, retrying every {}: {}", properties.pollInterval(),
						e.toString());
				failing = true;
			}
		}
	}

	private void keepAlive() {
		followers.forEach(follower -> follower.offerIfIdle(Follower::keepAlive));
	}

	private void forget(Follower follower) {
		synchronized (lock) {
			followers.remove(follower);
			follower.recipients.forEach(recipient -> {
				Set<Follower> of = byRecipient.get(recipient);
				if (of != null && of.remove(follower) && of.isEmpty()) {
					byRecipient.remove(recipient);
				}
			});
			if (followers.isEmpty()) {
				cursor = -1;
			}
		}
	}

	/** Something to write to a follower, on one of the senders. */
	private interface Step {

		void run(Follower follower) throws IOException;
	}

	/**
	 * One reader's stream: what is waiting to be written to it, written in order by one sender at a time, and the
	 * last place written, below which nothing is written again.
	 */
	private final class Follower {

		private final Set<String> recipients;
		private final Subscriber subscriber;
		private final @Nullable Long after;
		private final long joinedAt;
		private final Queue<Step> waiting = new ConcurrentLinkedQueue<>();
		private final AtomicInteger waitingCount = new AtomicInteger();
		private final AtomicBoolean draining = new AtomicBoolean();
		private final AtomicBoolean ended = new AtomicBoolean();
		private long written;

		Follower(Set<String> recipients, Subscriber subscriber, @Nullable Long after, long joinedAt) {
			this.recipients = recipients;
			this.subscriber = subscriber;
			this.after = after;
			this.joinedAt = joinedAt;
			this.written = after == null ? joinedAt : after;
		}

		/** What was placed after the reader's place, up to where the node stood when it joined. */
		void catchUp() throws IOException {
			if (after != null) {
				List<Inboxes.Placed> missed;
				do {
					missed = inboxes.placedFor(recipients, written, joinedAt, PAGE);
					for (Inboxes.Placed p : missed) {
						live(p.position(), p.notification());
					}
				}
				while (missed.size() == PAGE);
			}
			written = Math.max(written, joinedAt);
			subscriber.opened(written);
		}

		void live(long position, Notification notification) throws IOException {
			if (position > written) {
				subscriber.deliver(position, notification);
				written = position;
			}
		}

		void keepAlive() throws IOException {
			subscriber.keepAlive();
		}

		void offerIfIdle(Step step) {
			if (waitingCount.get() == 0) {
				offer(step);
			}
		}

		void offer(Step step) {
			if (ended.get()) {
				return;
			}
			if (waitingCount.incrementAndGet() > MOST_WAITING) {
				// Closing waits for a write under way, which may be what holds the reader up: not on the feed's thread.
				if (ended.compareAndSet(false, true)) {
					log.info("Notification stream: a reader fell {} notifications behind; closing its stream", MOST_WAITING);
					forget(this);
					waiting.clear();
					CompletableFuture.runAsync(subscriber::close);
				}
				return;
			}
			waiting.add(step);
			drainLater();
		}

		private void drainLater() {
			ExecutorService pool = senders;
			if (pool != null && draining.compareAndSet(false, true)) {
				try {
					pool.execute(this::drain);
				}
				catch (RuntimeException stopping) {
					draining.set(false);
					close();
				}
			}
		}

		private void drain() {
			try {
				Step step;
				while (!ended.get() && (step = waiting.poll()) != null) {
					waitingCount.decrementAndGet();
					step.run(this);
				}
			}
			catch (IOException gone) {
				// The connection failed under the write: the container ends it, and the subscriber is not closed again.
				log.debug("Notification stream: a reader went away: {}", gone.toString());
				leave();
				return;
			}
			catch (RuntimeException failed) {
				// Catching up could not read the database, say: the reader is closed and comes back where it was.
				log.info("Notification stream: closing a stream that failed: {}", failed.toString());
				close();
				return;
			}
			finally {
				draining.set(false);
			}
			if (!waiting.isEmpty()) {
				drainLater();
			}
		}

		/** The reader left (or its connection failed): nothing more is written to it. */
		void leave() {
			if (ended.compareAndSet(false, true)) {
				forget(this);
				waiting.clear();
			}
		}

		/** The feed ends the stream: the node is stopping. */
		void close() {
			if (ended.compareAndSet(false, true)) {
				forget(this);
				waiting.clear();
				subscriber.close();
			}
		}
	}

	// --- lifecycle: the node's threads, and every stream closed before the web server stops ---

	@Override
	public void start() {
		ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(threads("notification-feed"));
		senders = Executors.newFixedThreadPool(SENDERS, threads("notification-stream"));
		long poll = properties.pollInterval().toMillis();
		long heartbeat = properties.heartbeat().toMillis();
		ticker.scheduleWithFixedDelay(this::poll, poll, poll, TimeUnit.MILLISECONDS);
		ticker.scheduleAtFixedRate(this::keepAlive, heartbeat, heartbeat, TimeUnit.MILLISECONDS);
		ticks = ticker;
	}

	@Override
	public void stop() {
		ScheduledExecutorService ticker = ticks;
		ExecutorService pool = senders;
		ticks = null;
		if (ticker != null) {
			ticker.shutdownNow();
		}
		List.copyOf(followers).forEach(Follower::close);
		senders = null;
		if (pool != null) {
			pool.shutdown();
			try {
				if (!pool.awaitTermination(5, TimeUnit.SECONDS)) {
					pool.shutdownNow();
				}
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
		}
	}

	@Override
	public boolean isRunning() {
		return ticks != null;
	}

	private static ThreadFactory threads(String name) {
		AtomicInteger count = new AtomicInteger();
		return runnable -> {
			Thread thread = new Thread(runnable, name + "-" + count.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		};
	}
}
