package com.orderkeep.inventory.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import com.orderkeep.inventory.FlashSaleManagement;
import com.orderkeep.inventory.FlashSaleStanding;
import com.orderkeep.inventory.FlashSaleTerms;
import com.orderkeep.inventory.FlashSaleView;
import com.orderkeep.inventory.SkuPrices;
import com.orderkeep.inventory.StockRefused;
import com.orderkeep.shared.Fen;
import com.orderkeep.shared.Ids;
import com.orderkeep.shared.LocalizedText;

/**
 * A sale's units move between the SKU and the sale without entering or leaving the stock: carving takes them from the
 * SKU's available units, and closing (or cancelling a sale order after the close) gives them back. So for every SKU,
 * {@code stocked_total = available + units in its live ordinary orders + the stock of its sales}.
 */
@Service
@Transactional
class FlashSaleManagementImpl implements FlashSaleManagement {

	private final FlashSaleRows sales;
	private final Stocks stocks;
	private final SoldOutHints soldOut;
	private final SkuPrices prices;
	private final List<FlashSaleStanding> standing;
	private final Clock clock;
	private final Map<String, FlashSaleTerms> terms = new ConcurrentHashMap<>();

	FlashSaleManagementImpl(FlashSaleRows sales, Stocks stocks, SoldOutHints soldOut, SkuPrices prices,
			List<FlashSaleStanding> standing, Clock clock) {
		this.standing = standing;
		this.sales = sales;
		this.stocks = stocks;
		this.soldOut = soldOut;
		this.prices = prices;
		this.clock = clock;
	}

	@Override
	public FlashSaleView create(String merchantId, NewFlashSale sale) {
		if (!stocks.merchantOf(sale.skuId()).filter(merchantId::equals).isPresent()) {
			throw StockRefused.noSuchSku(sale.skuId());
		}
		for (FlashSaleStanding rule : standing) {
			rule.refusal(merchantId).ifPresent(why -> {
				throw new StockRefused(StockRefused.Reason.NOT_IN_GOOD_STANDING, why);
			});
		}
		Instant now = clock.instant();
		if (!sale.endsAt().isAfter(sale.startsAt()) || !sale.endsAt().isAfter(now)) {
			throw new StockRefused(StockRefused.Reason.NOT_ALLOWED,
					new LocalizedText("抢购结束时间须晚于开始时间且晚于现在", "endsAt must be after startsAt and in the future"));
		}
		long skuPrice = prices.currentPriceFen(sale.skuId()).orElseThrow(() -> StockRefused.noSuchSku(sale.skuId()));
		if (sale.priceFen() > skuPrice) {
			throw new StockRefused(StockRefused.Reason.NOT_ALLOWED, new LocalizedText("抢购价不能高于该商品规格的售价 " + Fen.yuan(skuPrice),
					"A flash sale cannot cost more than the SKU's own price of " + Fen.yuan(skuPrice)));
		}
		if (!stocks.take(sale.skuId(), sale.stock())) {
			throw new StockRefused(StockRefused.Reason.NOT_ENOUGH_STOCK, new LocalizedText("SKU 可用库存不足以开设该抢购",
					"The SKU has not that much stock available for the sale"));
		}
		String id = Ids.next();
		sales.insert(id, merchantId, sale, now);
		return sale(id);
	}

	@Override
	@Transactional(readOnly = true)
	public FlashSaleView sale(String flashSaleId) {
		return sales.find(flashSaleId).orElseThrow(() -> StockRefused.noSuchSale(flashSaleId));
	}

	@Override
	@Transactional(readOnly = true)
	public List<FlashSaleView> salesOf(String skuId) {
		return sales.ofSku(skuId);
	}

	@Override
	@Transactional(readOnly = true)
	public List<FlashSaleView> salesOfMerchant(String merchantId, int limit) {
		return sales.ofMerchant(merchantId, Math.max(1, Math.min(limit, 200)));
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<FlashSaleTerms> terms(String flashSaleId) {
		FlashSaleTerms known = terms.get(flashSaleId);
		if (known != null) {
			return Optional.of(known);
		}
		Optional<FlashSaleTerms> read = sales.find(flashSaleId).map(s -> new FlashSaleTerms(s.flashSaleId(), s.skuId(),
				s.merchantId(), s.priceFen(), s.perBuyerLimit(), s.startsAt(), s.endsAt()));
		read.ifPresent(t -> terms.put(flashSaleId, t));
		return read;
	}

	@Override
	public boolean knownSoldOut(String flashSaleId) {
		return soldOut.isSoldOut(flashSaleId);
	}

	@Override
	@Transactional(propagation = Propagation.MANDATORY)
	public List<ClaimResult> claim(String flashSaleId, List<Claim> claims, Instant at) {
		FlashSaleTerms sale = terms(flashSaleId).orElse(null);
		if (sale == null || !sale.openAt(at)) {
			return Collections.nCopies(claims.size(), ClaimResult.NOT_OPEN);
		}
		List<ClaimResult> results = withinLimits(flashSaleId, claims, sale.perBuyerLimit());
		List<Integer> candidates = new ArrayList<>();
		for (int i = 0; i < claims.size(); i++) {
			if (results.get(i) == ClaimResult.GRANTED) {
				candidates.add(i);
			}
		}
		List<Boolean> taken = take(flashSaleId, candidates.stream().map(i -> claims.get(i).quantity()).toList(), at);
		Map<String, Integer> bought = new LinkedHashMap<>();
		for (int n = 0; n < candidates.size(); n++) {
			int i = candidates.get(n);
			if (taken.get(n)) {
				bought.merge(claims.get(i).buyerId(), claims.get(i).quantity(), Integer::sum);
			}
			else {
				results.set(i, ClaimResult.SOLD_OUT);
			}
		}
		count(flashSaleId, bought, sale.perBuyerLimit());
		if (results.contains(ClaimResult.SOLD_OUT) || sales.find(flashSaleId).map(s -> s.available() == 0).orElse(false)) {
			soldOut.soldOut(flashSaleId);
		}
		return results;
	}

	/** Refuses claims that would take a buyer past the limit, counting what they bought before and in this batch. */
	private List<ClaimResult> withinLimits(String saleId, List<Claim> claims, int limit) {
		Map<String, Integer> bought = sales.purchases(saleId, claims.stream().map(Claim::buyerId).distinct().toList());
		List<ClaimResult> results = new ArrayList<>(claims.size());
		for (Claim claim : claims) {
			int already = bought.getOrDefault(claim.buyerId(), 0);
			if (already + claim.quantity() > limit) {
				results.add(ClaimResult.LIMIT_EXCEEDED);
			}
			else {
				bought.put(claim.buyerId(), already + claim.quantity());
				results.add(ClaimResult.GRANTED);
			}
		}
		return results;
	}

	/** Takes units for the claims from the sale, as a SKU's stock is taken ({@link BatchTake}). */
	private List<Boolean> take(String saleId, List<Integer> quantities, Instant at) {
		return BatchTake.take(new BatchTake.Source() {

			@Override
			public boolean take(long units) {
				return sales.take(saleId, units, at);
			}

			@Override
			public long available() {
				return sales.find(saleId).map(FlashSaleView::available).orElse(0L);
			}
		}, quantities);
	}

	/**
	 * Adds what buyers got to their counts. Another node may have counted for the same buyer since we read: then
	 * the whole batch is retried with fresh counts rather than let anyone past the limit.
	 */
	private void count(String saleId, Map<String, Integer> bought, int limit) {
		if (bought.isEmpty()) {
			return;
		}
		int[] updated = sales.addPurchases(saleId, bought, limit);
		Map<String, Integer> firstPurchases = new LinkedHashMap<>();
		int i = 0;
		for (Map.Entry<String, Integer> entry : bought.entrySet()) {
			if (updated[i++] == 0) {
				firstPurchases.put(entry.getKey(), entry.getValue());
			}
		}
		if (!firstPurchases.isEmpty()) {
			Map<String, Integer> existing = sales.purchases(saleId, firstPurchases.keySet());
			if (!existing.isEmpty()) {
				throw new ConcurrencyFailureException("buyers " + existing.keySet() + " bought on another node meanwhile");
			}
			sales.newPurchases(saleId, firstPurchases);
		}
	}

	@Override
	@Transactional(propagation = Propagation.MANDATORY)
	public void release(String flashSaleId, String buyerId, int quantity) {
		sales.returnPurchase(flashSaleId, buyerId, quantity);
		if (sales.giveBackToSale(flashSaleId, quantity)) {
			soldOut.unitsReturned(flashSaleId);
			return;
		}
		if (sales.giveUpSold(flashSaleId, quantity)) {
			FlashSaleView sale = sale(flashSaleId);
			stocks.giveBack(sale.skuId(), quantity);
		}
	}

	@Override
	public int closeEnded(Instant now) {
		int closed = 0;
		for (String id : sales.ended(now)) {
			FlashSaleView sale = sale(id);
			if (sales.close(id, sale.available(), now)) {
				stocks.giveBack(sale.skuId(), sale.available());
				closed++;
			}
		}
		return closed;
	}
}
