package com.orderkeep.protection.internal;

import java.time.Duration;
import java.time.Instant;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import com.orderkeep.catalog.CatalogManagement;
import com.orderkeep.catalog.DelistReason;
import com.orderkeep.catalog.ProductRelisted;
import com.orderkeep.catalog.ProductStatus;
import com.orderkeep.catalog.SkuRepriced;
import com.orderkeep.protection.RuleCode;
import com.orderkeep.shared.Fen;
import com.orderkeep.shared.LocalizedText;

/**
 * What a SKU's price coming back tells the platform. Dearer, within 15 days of a paid order of it being cancelled for
 * a price adjustment, it is bad faith (恶意调价): the buyer gets the difference and more, and the merchant is flagged.
 * Cheaper, after a delisting for a price adjustment, the buyers who paid more in the last 7 days get the difference
 * (价保) without asking.
 */
@Component
class PriceRules {

	static final Duration BAD_FAITH_WINDOW = Duration.ofDays(15);
	static final String BAD_FAITH_RELIST = "BAD_FAITH_RELIST";

	private final RelistWatches watches;
	private final MerchantFlags flags;
	private final Grants grants;
	private final PriceProtection priceProtection;
	private final CatalogManagement catalog;

	PriceRules(RelistWatches watches, MerchantFlags flags, Grants grants, PriceProtection priceProtection,
			CatalogManagement catalog) {
		this.watches = watches;
		this.flags = flags;
		this.grants = grants;
		this.priceProtection = priceProtection;
		this.catalog = catalog;
	}

	/** A paid order was cancelled for a price adjustment: its SKU is watched for 15 days. */
	void watch(ShipPromises.Promise promise, Instant cancelledAt) {
		ShipPromises.Purchase bought = promise.purchase();
		watches.watch(new RelistWatches.Watch(promise.orderId(), promise.buyerId(), promise.merchantId(), bought.skuId(),
				bought.unitPriceFen(), bought.quantity(), promise.paidFen()), cancelledAt,
				cancelledAt.plus(BAD_FAITH_WINDOW));
	}

	@ApplicationModuleListener(id = "protection.judge-relisted-prices")
	void on(ProductRelisted relisted) {
		for (ProductRelisted.SkuPrice sku : relisted.skus()) {
			catchBadFaith(sku.skuId(), sku.priceFen(), relisted.occurredAt());
			if (relisted.delistedFor() == DelistReason.PRICE_ADJUSTMENT) {
				priceProtection.grantAfterRelisting(sku.skuId(), relisted.occurredAt());
			}
		}
	}

	/** A price raised while the product is on sale is a relisting at that price as well. */
	@ApplicationModuleListener(id = "protection.judge-raised-prices")
	void on(SkuRepriced repriced) {
		boolean onSale = catalog.skuForSale(repriced.skuId()).filter(sku -> sku.status() == ProductStatus.LISTED)
			.isPresent();
		if (onSale && repriced.priceFen() > repriced.previousPriceFen()) {
			catchBadFaith(repriced.skuId(), repriced.priceFen(), repriced.occurredAt());
		}
	}

	private void catchBadFaith(String skuId, long priceFen, Instant at) {
		for (RelistWatches.Watch watch : watches.exceededBy(skuId, priceFen, at)) {
			if (!watches.catchOnce(watch.orderId(), at)) {
				continue;
			}
			long difference = Math.multiplyExact(priceFen - watch.unitPriceFen(), (long) watch.quantity());
			LocalizedText why = new LocalizedText(
					"商家以调价为由取消了您的订单，却在 15 天内以更高的 " + Fen.yuan(priceFen) + " 重新上架，平台判定为恶意调价",
					"The merchant cancelled your order for a price adjustment and listed it again at a higher "
							+ Fen.yuan(priceFen) + " within 15 days: the platform judges it bad faith");
			grants.grant(new Grants.Due(RuleCode.BAD_FAITH_RELIST, watch.orderId(), watch.buyerId(), watch.merchantId(),
					watch.paidFen(), "RELIST", at, difference, why));
			flags.flag(watch.merchantId(), BAD_FAITH_RELIST, watch.orderId(),
					"SKU " + skuId + " relisted at " + Fen.yuan(priceFen) + " after the order was cancelled at "
							+ Fen.yuan(watch.unitPriceFen()),
					at);
		}
	}
}
