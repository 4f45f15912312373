package com.orderkeep.catalog.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import com.orderkeep.account.AccountManagement;
import com.orderkeep.catalog.CatalogManagement;
import com.orderkeep.catalog.CatalogRefused;
import com.orderkeep.catalog.DelistReason;
import com.orderkeep.catalog.ProductBanned;
import com.orderkeep.catalog.ProductDelisted;
import com.orderkeep.catalog.ProductRelisted;
import com.orderkeep.catalog.ProductStatus;
import com.orderkeep.catalog.ProductView;
import com.orderkeep.catalog.ProductView.SkuView;
import com.orderkeep.catalog.SkuForSale;
import com.orderkeep.catalog.SkuRepriced;
import com.orderkeep.inventory.StockManagement;
import com.orderkeep.shared.Actor;
import com.orderkeep.shared.Ids;
import com.orderkeep.shared.LocalizedText;
import com.orderkeep.shared.Names;
import com.orderkeep.shared.Things;
import com.orderkeep.shared.Role;

@Service
@Transactional
class CatalogManagementImpl implements CatalogManagement {

	private final Products products;
	private final RecentCatalog recent;
	private final CatalogChanges feed;
	private final StockManagement stock;
	private final AccountManagement accounts;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	CatalogManagementImpl(Products products, RecentCatalog recent, CatalogChanges feed, StockManagement stock, AccountManagement accounts,
			ApplicationEventPublisher events, Clock clock) {
		this.products = products;
		this.recent = recent;
		this.feed = feed;
		this.stock = stock;
		this.accounts = accounts;
		this.events = events;
		this.clock = clock;
	}

	@Override
	public Shop openShop(String username, String password, String shopName) {
		String merchantId = Ids.next();
		String userId = accounts.createUser(username, password, Role.MERCHANT, merchantId);
		String key = Names.shopNameKey(shopName);
		if (products.shopNameTaken(key)) {
			throw shopNameTaken(shopName);
		}
		try {
			products.insertMerchant(merchantId, shopName, key, clock.instant());
		}
		catch (DuplicateKeyException e) {
			throw shopNameTaken(shopName);
		}
		return new Shop(merchantId, userId);
	}

	@Override
	public ProductView createProduct(String merchantId, NewProduct product) {
		if (!products.merchantExists(merchantId)) {
			throw CatalogRefused.noSuch(Things.MERCHANT, merchantId);
		}
		Instant now = clock.instant();
		String productId = Ids.next();
		products.insertProduct(new Products.ProductRow(productId, merchantId, "", false, product.title(), product.category(),
				product.description(), ProductStatus.LISTED), now);
		for (int i = 0; i < product.skus().size(); i++) {
			NewSku sku = product.skus().get(i);
			String skuId = Ids.next();
			SkuForSale.GroupBuy groupBuy = GroupBuyTerms.of(sku.priceFen(), sku.groupSize(), sku.groupPriceFen(), null);
			products.insertSku(productId, i, new Products.SkuRow(skuId, sku.spec(), sku.priceFen(), groupBuy), now);
			stock.open(skuId, merchantId, sku.stock());
		}
		products.recordStatus(productId, ProductStatus.LISTED, null, null, Actor.merchant(merchantId).asText(), now);
		feed.append(productId, merchantId, "LISTED", now);
		return product(productId);
	}

	@Override
	@Transactional(propagation = Propagation.SUPPORTS)
	public ProductView product(String productId) {
		// Inside a transaction (a change answering with the changed product) the listing and the stock are read
		// afresh and not kept, so nothing uncommitted is shown to others; alone, a hot page costs no query at all.
		boolean inChange = TransactionSynchronizationManager.isActualTransactionActive();
		RecentCatalog.Listing listing = (inChange ? listing(productId) : recent.listing(productId, this::listing))
			.orElseThrow(() -> CatalogRefused.noSuchProduct(productId));
		Map<String, Long> available = inChange ? stock.available(listing.skuIds()) : stock.shown(listing.skuIds());
		Products.ProductRow row = listing.product();
		List<SkuView> skuViews = listing.skus().stream()
			.map(s -> view(s.id(), s.spec(), s.priceFen(), s.groupBuy(), available.getOrDefault(s.id(), 0L)))
			.toList();
		return new ProductView(row.id(), row.merchantId(), row.shopName(), row.shopSuspended(), row.title(), row.category(),
				row.description(), row.status(), skuViews, listing.history());
	}

	private Optional<RecentCatalog.Listing> listing(String productId) {
		return products.product(productId)
			.map(row -> new RecentCatalog.Listing(row, products.skus(productId), products.history(productId)));
	}

	@Override
	@Transactional(readOnly = true)
	public List<ProductView> productsOf(String merchantId, int limit) {
		return products.ofMerchant(merchantId, limit).stream().map(this::product).toList();
	}

	@Override
	@Transactional(readOnly = true)
	public List<ProductView> search(String text, int limit) {
		return products.search(text, limit).stream().map(this::product).toList();
	}

	@Override
	public ProductView delist(String merchantId, String productId, DelistReason reason, String note, Actor actor) {
		ownedBy(merchantId, productId);
		if (!products.changeStatus(productId, ProductStatus.LISTED, ProductStatus.DELISTED)) {
			throw notInStatus(productId, ProductStatus.LISTED);
		}
		Instant now = clock.instant();
		products.recordStatus(productId, ProductStatus.DELISTED, reason.name(), note, actor.asText(), now);
		events.publishEvent(new ProductDelisted(productId, merchantId, reason, note, now));
		feed.append(productId, merchantId, "DELISTED", now);
		recent.forgetProduct(productId);
		return product(productId);
	}

	@Override
	public ProductView relist(String merchantId, String productId, List<SkuChange> changes, Actor actor) {
		ownedBy(merchantId, productId);
		List<Products.SkuRow> skus = products.skus(productId);
		List<String> skuIds = skus.stream().map(Products.SkuRow::id).toList();
		for (SkuChange change : changes) {
			if (!skuIds.contains(change.skuId())) {
				throw new CatalogRefused(CatalogRefused.Reason.NOT_ALLOWED, new LocalizedText("SKU 不属于该商品：" + change.skuId(),
						"SKU " + change.skuId() + " is not part of this product"));
			}
			if (change.priceFen() != null) {
				GroupBuyTerms.stillBelow(change.priceFen(), skus.get(skuIds.indexOf(change.skuId())).groupBuy());
			}
		}
		if (!products.changeStatus(productId, ProductStatus.DELISTED, ProductStatus.LISTED)) {
			throw notInStatus(productId, ProductStatus.DELISTED);
		}
		Instant now = clock.instant();
		Map<String, Long> prices = new LinkedHashMap<>();
		skus.forEach(sku -> prices.put(sku.id(), sku.priceFen()));
		for (SkuChange change : changes) {
			if (change.priceFen() != null) {
				setPrice(productId, merchantId, change.skuId(), prices.get(change.skuId()), change.priceFen(), now);
				prices.put(change.skuId(), change.priceFen());
			}
			if (change.stock() != null) {
				stock.adjustTo(change.skuId(), change.stock());
			}
		}
		@Nullable DelistReason delistedFor = lastDelisting(productId);
		products.recordStatus(productId, ProductStatus.LISTED, null, null, actor.asText(), now);
		events.publishEvent(new ProductRelisted(productId, merchantId, delistedFor, prices.entrySet().stream()
			.map(price -> new ProductRelisted.SkuPrice(price.getKey(), price.getValue())).toList(), now));
		feed.append(productId, merchantId, "RELISTED", now);
		recent.forgetProduct(productId);
		return product(productId);
	}

	private @Nullable DelistReason lastDelisting(String productId) {
		List<ProductView.StatusChange> history = products.history(productId);
		ProductView.StatusChange last = history.get(history.size() - 1);
		return last.reasonCode() == null ? null : DelistReason.valueOf(last.reasonCode());
	}

	@Override
	public SkuView changeSku(String merchantId, String skuId, SkuTerms terms) {
		SkuForSale sku = products.skuForSale(skuId)
			.filter(s -> s.merchantId().equals(merchantId))
			.orElseThrow(() -> CatalogRefused.noSuch(Things.SKU, skuId));
		if (sku.status() == ProductStatus.BANNED) {
			throw notInStatus(sku.productId(), ProductStatus.LISTED);
		}
		long priceFen = terms.priceFen() == null ? sku.priceFen() : terms.priceFen();
		SkuForSale.GroupBuy groupBuy = terms.groupSize() == null && terms.groupPriceFen() == null
				? GroupBuyTerms.stillBelow(priceFen, sku.groupBuy())
				: GroupBuyTerms.of(priceFen, terms.groupSize(), terms.groupPriceFen(), sku.groupBuy());
		Instant now = clock.instant();
		boolean cheaper = priceFen < sku.priceFen();
		if (groupBuy != null && cheaper) {
			products.setGroupBuy(skuId, groupBuy);
		}
		if (sku.priceFen() != priceFen) {
			setPrice(sku.productId(), merchantId, skuId, sku.priceFen(), priceFen, now);
			feed.append(sku.productId(), merchantId, "REPRICED", now);
		}
		if (groupBuy != null && !cheaper) {
			products.setGroupBuy(skuId, groupBuy);
		}
		recent.forgetProduct(sku.productId());
		return view(skuId, sku.spec(), priceFen, groupBuy, stock.available(List.of(skuId)).getOrDefault(skuId, 0L));
	}

	private static SkuView view(String skuId, String spec, long priceFen, SkuForSale.@Nullable GroupBuy groupBuy,
			long available) {
		return new SkuView(skuId, spec, priceFen, available, groupBuy == null ? null : groupBuy.size(),
				groupBuy == null ? null : groupBuy.priceFen());
	}

	private void setPrice(String productId, String merchantId, String skuId, long previousFen, long priceFen, Instant at) {
		products.setPrice(skuId, priceFen, at);
		if (previousFen != priceFen) {
			events.publishEvent(new SkuRepriced(productId, skuId, merchantId, previousFen, priceFen, at));
		}
	}

	@Override
	public ProductView ban(String productId, String violation, Actor platform) {
		Products.ProductRow row = products.product(productId).orElseThrow(() -> CatalogRefused.noSuchProduct(productId));
		if (row.status() == ProductStatus.BANNED || !products.changeStatus(productId, row.status(), ProductStatus.BANNED)) {
			throw new CatalogRefused(CatalogRefused.Reason.NOT_IN_THIS_STATUS, new LocalizedText("商品已被平台下架",
					"The product is banned already"));
		}
		Instant now = clock.instant();
		products.recordStatus(productId, ProductStatus.BANNED, "BANNED", violation, platform.asText(), now);
		events.publishEvent(new ProductBanned(productId, row.merchantId(), violation, now));
		feed.append(productId, row.merchantId(), "BANNED", now);
		recent.forgetProduct(productId);
		return product(productId);
	}

	@Override
	@Transactional(readOnly = true)
	public List<PricePeriod> priceHistory(String productId) {
		if (products.product(productId).isEmpty()) {
			throw CatalogRefused.noSuchProduct(productId);
		}
		List<Products.PriceChange> changes = products.priceChanges(productId);
		List<PricePeriod> periods = new ArrayList<>();
		for (int i = 0; i < changes.size(); i++) {
			Products.PriceChange change = changes.get(i);
			boolean lastOfSku = i + 1 == changes.size() || !changes.get(i + 1).skuId().equals(change.skuId());
			periods.add(new PricePeriod(change.skuId(), change.priceFen(), change.at(),
					lastOfSku ? null : changes.get(i + 1).at()));
		}
		return periods;
	}

	@Override
	public SkuView restock(String merchantId, String skuId, long quantity) {
		SkuForSale sku = products.skuForSale(skuId)
			.filter(s -> s.merchantId().equals(merchantId))
			.orElseThrow(() -> CatalogRefused.noSuch(Things.SKU, skuId));
		long available = stock.restock(skuId, quantity);
		return view(sku.skuId(), sku.spec(), sku.priceFen(), sku.groupBuy(), available);
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<SkuForSale> skuForSale(String skuId) {
		return products.skuForSale(skuId);
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<SkuForSale> recentSkuForSale(String skuId) {
		return recent.sku(skuId, products::skuForSale);
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<String> shopName(String merchantId) {
		return products.shopName(merchantId);
	}

	private void ownedBy(String merchantId, String productId) {
		products.product(productId)
			.filter(p -> p.merchantId().equals(merchantId))
			.orElseThrow(() -> CatalogRefused.noSuchProduct(productId));
	}

	private static CatalogRefused shopNameTaken(String shopName) {
		return new CatalogRefused(CatalogRefused.Reason.SHOP_NAME_TAKEN,
				new LocalizedText("店铺名称已被占用：" + shopName, "Shop name is taken: " + shopName));
	}

	private static CatalogRefused notInStatus(String productId, ProductStatus expected) {
		return new CatalogRefused(CatalogRefused.Reason.NOT_IN_THIS_STATUS,
				new LocalizedText("商品 " + productId + " 当前不是" + (expected == ProductStatus.LISTED ? "在售" : "已下架") + "状态",
						"Product " + productId + " is not " + expected));
	}

}
