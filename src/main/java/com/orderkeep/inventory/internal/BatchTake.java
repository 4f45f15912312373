package com.orderkeep.inventory.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Takes units for a batch of requests from one source, a SKU's own stock or a flash sale, with the database's
 * conditional update as the only judge: all in one update when they fit; else first come first served by what is
 * available, in one update for all the requests that fit; else, when other writers keep moving the level between the
 * read and the update, one update per request.
 */
final class BatchTake {

	/**
	 * How often first come first served is tried before falling back to one update per request: each try is one
	 * read and one update and fails only when another writer took units in between, so a few tries settle all but
	 * a stampede, which the fallback then serves in order.
	 */
	static final int FIRST_COME_TRIES = 3;

	/** Where the units come from. */
	interface Source {

		/** Takes the units if that many are available (a conditional update); answers whether it did. */
		boolean take(long units);

		long available();
	}

	private BatchTake() {
	}

	/** Whether each request, in order, got its units. */
	static List<Boolean> take(Source source, List<Integer> quantities) {
		long total = quantities.stream().mapToLong(Integer::longValue).sum();
		if (total == 0 || source.take(total)) {
			return Collections.nCopies(quantities.size(), true);
		}
		for (int attempt = 0; attempt < FIRST_COME_TRIES; attempt++) {
			List<Boolean> granted = firstComeFirstServed(quantities, source.available());
			long subtotal = grantedTotal(quantities, granted);
			if (subtotal == 0 || source.take(subtotal)) {
				return granted;
			}
		}
		List<Boolean> granted = new ArrayList<>(quantities.size());
		for (int quantity : quantities) {
			granted.add(source.take(quantity));
		}
		return granted;
	}

	private static List<Boolean> firstComeFirstServed(List<Integer> quantities, long available) {
		List<Boolean> granted = new ArrayList<>(quantities.size());
		long left = available;
		for (int quantity : quantities) {
			boolean fits = quantity <= left;
			granted.add(fits);
			if (fits) {
				left -= quantity;
			}
		}
		return granted;
	}

	private static long grantedTotal(List<Integer> quantities, List<Boolean> granted) {
		long total = 0;
		for (int i = 0; i < quantities.size(); i++) {
			if (granted.get(i)) {
				total += quantities.get(i);
			}
		}
		return total;
	}
}
