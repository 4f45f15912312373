package com.orderkeep.inventory.internal;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import org.springframework.stereotype.Component;

/**
 * Which sales this node saw sold out in the last second, so a stampede on a sold-out sale is refused without
 * touching the database. Units can come back (an unpaid order times out), so a hint expires quickly, and this node
 * forgets it at once when it gives units back itself.
 */
@Component
class SoldOutHints {

	private static final long TTL_NANOS = TimeUnit.SECONDS.toNanos(1);

	private final Map<String, Long> seenAt = new ConcurrentHashMap<>();

	void soldOut(String saleId) {
		seenAt.put(saleId, System.nanoTime());
	}

	void unitsReturned(String saleId) {
		seenAt.remove(saleId);
	}

	boolean isSoldOut(String saleId) {
		Long seen = seenAt.get(saleId);
		if (seen == null) {
			return false;
		}
		if (System.nanoTime() - seen > TTL_NANOS) {
			seenAt.remove(saleId, seen);
			return false;
		}
		return true;
	}
}
