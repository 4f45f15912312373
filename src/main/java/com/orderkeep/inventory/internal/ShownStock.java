package com.orderkeep.inventory.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The stock that product pages show, read at most {@code orderkeep.inventory.shown-stock-age} ago (a second by
 * default), so a hot product's page costs no query for its stock. This node's own changes show at once: a SKU is
 * forgotten when a change to its stock commits, and a read that was under way meanwhile is not kept. Another node's
 * changes show within that age. Orders never rely on it: they take stock with the conditional update.
 */
@Component
class ShownStock {

	private static final int MOST = 100_000;

	private record Shown(long available, Instant readAt, long generation) {
	}

	private final Map<String, Shown> shown = new ConcurrentHashMap<>();
	private final Map<String, Long> changedIn = new ConcurrentHashMap<>();
	private final AtomicLong generations = new AtomicLong();
	private final Clock clock;
	private final Duration age;

	ShownStock(Clock clock, @Value("${orderkeep.inventory.shown-stock-age:1s}") Duration age) {
		this.clock = clock;
		this.age = age;
	}

	/** The SKUs' stock as recently read, reading those not known or too old with {@code read} in one go. */
	Map<String, Long> of(Collection<String> skuIds, Function<Collection<String>, Map<String, Long>> read) {
		Instant now = clock.instant();
		Map<String, Long> available = new HashMap<>();
		List<String> unknown = new ArrayList<>();
		for (String skuId : skuIds) {
			Shown entry = shown.get(skuId);
			if (entry != null && isCurrent(skuId, entry, now)) {
				available.put(skuId, entry.available());
			}
			else {
				unknown.add(skuId);
			}
		}
		if (!unknown.isEmpty()) {
			long generation = generations.get();
			Map<String, Long> fresh = read.apply(unknown);
			if (shown.size() > MOST) {
				shown.clear();
			}
			fresh.forEach((skuId, units) -> shown.put(skuId, new Shown(units, now, generation)));
			available.putAll(fresh);
		}
		return available;
	}

	/** The SKU's stock changes in the current transaction (if any): it is forgotten when that commits. */
	void changes(String skuId) {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			forget(Set.of(skuId));
			return;
		}
		changedInThisTransaction().add(skuId);
	}

	private boolean isCurrent(String skuId, Shown entry, Instant now) {
		return !now.isAfter(entry.readAt().plus(age)) && entry.generation() >= changedIn.getOrDefault(skuId, -1L);
	}

	private void forget(Set<String> skuIds) {
		long generation = generations.incrementAndGet();
		if (changedIn.size() > MOST) {
			changedIn.clear();
			shown.clear();
		}
		for (String skuId : skuIds) {
			changedIn.put(skuId, generation);
			shown.remove(skuId);
		}
	}

	@SuppressWarnings("unchecked")
	private Set<String> changedInThisTransaction() {
		Set<String> changed = (Set<String>) TransactionSynchronizationManager.getResource(this);
		if (changed == null) {
			Set<String> skuIds = new HashSet<>();
			TransactionSynchronizationManager.bindResource(this, skuIds);
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {

				@Override
				public void afterCompletion(int status) {
					TransactionSynchronizationManager.unbindResourceIfPossible(ShownStock.this);
					if (status == STATUS_COMMITTED) {
						forget(skuIds);
					}
				}
			});
			changed = skuIds;
		}
		return changed;
	}
}
