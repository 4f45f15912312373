package com.orderkeep.alternatives.internal;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

import com.orderkeep.catalog.CatalogFeed;
import com.orderkeep.catalog.CatalogFeed.CatalogChange;
import com.orderkeep.catalog.CatalogFeed.Listing;

/**
 * Keeps this node's listing index: at start it notes the feed's head, copies every product from the database, and
 * from then on reads the changes after that head every poll interval, whichever node made them, re-reading each
 * changed product (or every product of a suspended or reinstated shop) and putting it in the index again. Nothing
 * on the write path waits for the index, and nothing ever rebuilds it whole; a change is searchable on every node
 * within a poll interval of its commit.
 */
@Component
class CatalogFollower implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(CatalogFollower.class);
	private static final int PAGE = 1_000;

	private final CatalogFeed feed;
	private final AlternativesProperties properties;
	private final ListingIndex index = new ListingIndex();
	private final Map<String, Listing> listings = new ConcurrentHashMap<>();

	private volatile long position = -1;
	private volatile @Nullable ScheduledExecutorService ticks;
	private volatile boolean failing;

	CatalogFollower(CatalogFeed feed, AlternativesProperties properties) {
		this.feed = feed;
		this.properties = properties;
	}

	ListingIndex index() {
		return index;
	}

	Optional<Listing> listing(String productId) {
		return Optional.ofNullable(listings.get(productId));
	}

	/** The position of the last change this node's index has taken in. */
	long position() {
		return position;
	}

	@Override
	public void start() {
		long head = feed.head();
		String after = "";
		List<Listing> page;
		do {
			page = feed.products(after, PAGE);
			page.forEach(this::put);
			if (!page.isEmpty()) {
				after = page.get(page.size() - 1).productId();
			}
		}
		while (page.size() == PAGE);
		index.refresh();
		position = head;
		log.info("Alternatives index: {} products, following the catalog from position {}", listings.size(), head);
		ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
			Thread thread = new Thread(runnable, "alternatives-index");
			thread.setDaemon(true);
			return thread;
		});
		long every = properties.pollInterval().toMillis();
		scheduler.scheduleWithFixedDelay(this::follow, every, every, TimeUnit.MILLISECONDS);
		ticks = scheduler;
	}

	/** Takes in the changes committed since the last read, on any node. */
	synchronized void follow() {
		try {
			List<CatalogChange> changes;
			do {
				changes = feed.changesAfter(position, PAGE);
				if (changes.isEmpty()) {
					break;
				}
				Set<String> changed = new LinkedHashSet<>();
				for (CatalogChange change : changes) {
					if (change.productId() != null) {
						changed.add(change.productId());
					}
					else {
						changed.addAll(feed.productIdsOf(change.merchantId()));
					}
				}
				putAll(changed);
				index.refresh();
				position = changes.get(changes.size() - 1).position();
			}
			while (changes.size() == PAGE);
			if (failing) {
				log.info("Alternatives index: following the catalog again");
				failing = false;
			}
		}
		catch (RuntimeException e) {
			if (!failing) {
				log.warn("Alternatives index: cannot read the catalog's changes, retrying: {}", e.toString());
				failing = true;
			}
		}
	}

	private void putAll(Collection<String> productIds) {
		List<String> ids = List.copyOf(productIds);
		for (int from = 0; from < ids.size(); from += PAGE) {
			feed.listings(ids.subList(from, Math.min(ids.size(), from + PAGE))).forEach(this::put);
		}
	}

	private void put(Listing listing) {
		listings.put(listing.productId(), listing);
		index.put(entry(listing));
	}

	static ListingIndex.Entry entry(Listing listing) {
		StringBuilder attributes = new StringBuilder();
		listing.skus().forEach(sku -> attributes.append(sku.spec()).append(' '));
		attributes.append(listing.description());
		return new ListingIndex.Entry(listing.productId(), listing.merchantId(), listing.title(), listing.category(),
				attributes.toString(), listing.onSale());
	}

	@Override
	public void stop() {
		ScheduledExecutorService scheduler = ticks;
		if (scheduler != null) {
			scheduler.shutdownNow();
			ticks = null;
		}
	}

	@Override
	public boolean isRunning() {
		return ticks != null;
	}

	@Override
	public int getPhase() {
		// after the database is migrated, before the web server takes requests
		return Integer.MAX_VALUE / 2;
	}
}
