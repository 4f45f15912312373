package com.orderkeep.inventory.internal;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import com.orderkeep.inventory.StockManagement;
import com.orderkeep.inventory.StockRefused;

@Service
@Transactional
class StockManagementImpl implements StockManagement {

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
			throw StockRefused.noSuchSku(skuId);
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

	/** One statement: a transaction of its own would add only its begin and its commit to a product page. */
	@Override
	@Transactional(propagation = Propagation.SUPPORTS)
	public Map<String, Long> available(Collection<String> skuIds) {
		return stocks.available(skuIds);
	}

	@Override
	public Map<String, Long> shown(Collection<String> skuIds) {
		return stocks.shown(skuIds);
	}

	@Override
	@Transactional(propagation = Propagation.MANDATORY)
	public List<Boolean> reserve(String skuId, List<Integer> quantities) {
		return BatchTake.take(new BatchTake.Source() {

			@Override
			public boolean take(long units) {
				return stocks.take(skuId, units);
			}

			@Override
			public long available() {
				return stocks.level(skuId).map(StockLevel::available).orElse(0L);
			}
		}, quantities);
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
		return stocks.level(skuId).orElseThrow(() -> StockRefused.noSuchSku(skuId));
	}
}
