package com.orderkeep.inventory.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import com.orderkeep.inventory.StockManagement;
import com.orderkeep.shared.ProblemException;
import com.orderkeep.shared.Things;

@Service
@Transactional
class StockManagementImpl implements StockManagement {

	/** Reads of the level between attempts to take a partial batch, before going request by request. */
	private static final int PARTIAL_ATTEMPTS = 3;

	private final Stocks stocks;
	private final Clock clock;

	StockManagementImpl(Stocks stocks, Clock clock) {
		this.stocks = stocks;
		this.clock = clock;
	}

	@Override
	public void open(String skuId, String merchantId, long quantity) {
		stocks.open(skuId, merchantId, quantity);
		stocks.recordAdjustment(skuId, quantity, "INITIAL", clock.instant());
	}

	@Override
	public long restock(String skuId, long quantity) {
		if (!stocks.add(skuId, quantity)) {
			throw ProblemException.notFound(Things.SKU, skuId);
		}
		stocks.recordAdjustment(skuId, quantity, "RESTOCK", clock.instant());
		return level(skuId).available();
	}

	@Override
	public long adjustTo(String skuId, long target) {
		while (true) {
			long current = level(skuId).available();
			if (current == target) {
				return target;
			}
			if (stocks.setIfUnchanged(skuId, current, target)) {
				stocks.recordAdjustment(skuId, target - current, "ADJUSTMENT", clock.instant());
				return target;
			}
		}
	}

	@Override
	@Transactional(readOnly = true)
	public Map<String, Long> available(Collection<String> skuIds) {
		return stocks.available(skuIds);
	}

	@Override
	@Transactional(propagation = Propagation.MANDATORY)
	public List<Boolean> reserve(String skuId, List<Integer> quantities) {
		long total = quantities.stream().mapToLong(Integer::longValue).sum();
		if (stocks.take(skuId, total)) {
			return Collections.nCopies(quantities.size(), true);
		}
		for (int attempt = 0; attempt < PARTIAL_ATTEMPTS; attempt++) {
			long available = stocks.level(skuId).map(StockLevel::available).orElse(0L);
			List<Boolean> granted = firstComeFirstServed(quantities, available);
			long subtotal = grantedTotal(quantities, granted);
			if (subtotal == 0 || stocks.take(skuId, subtotal)) {
				return granted;
			}
		}
		List<Boolean> granted = new ArrayList<>(quantities.size());
		for (int quantity : quantities) {
			granted.add(stocks.take(skuId, quantity));
		}
		return granted;
	}

	@Override
	@Transactional(propagation = Propagation.MANDATORY)
	public boolean take(String skuId, long quantity) {
		return stocks.take(skuId, quantity);
	}

	@Override
	@Transactional(propagation = Propagation.MANDATORY)
	public void release(String skuId, int quantity) {
		stocks.giveBack(skuId, quantity);
	}

	@Override
	@Transactional(readOnly = true)
	public StockLevel level(String skuId) {
		return stocks.level(skuId).orElseThrow(() -> ProblemException.notFound(Things.SKU, skuId));
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
