package com.orderkeep.ordering.internal;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

/**
 * The SKUs whose stock was too short, on this node's last try, to take a whole batch's units at once. A batch
 * normally takes a SKU's stock after writing its orders, so that the stock row is locked only for the update and the
 * commit and several batches of a hot SKU can be written at the same time; when that update finds too few units, the
 * batch rolls back and is written again taking the stock first, request by request. Remembering the SKU spares a
 * sold-out SKU that second attempt on every batch; a batch that gets all the units it asked for lifts the hint. The
 * hint only chooses the order of the statements: the conditional update decides who gets stock either way.
 */
@Component
class ShortStock {

	private final Set<String> skus = ConcurrentHashMap.newKeySet();

	boolean isShort(String skuId) {
		return skus.contains(skuId);
	}

	void ranShort(String skuId) {
		skus.add(skuId);
	}

	void sufficed(String skuId) {
		skus.remove(skuId);
	}
}
