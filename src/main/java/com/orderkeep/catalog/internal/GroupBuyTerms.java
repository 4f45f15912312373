package com.orderkeep.catalog.internal;

import org.jspecify.annotations.Nullable;

import com.orderkeep.catalog.CatalogManagement;
import com.orderkeep.catalog.CatalogRefused;
import com.orderkeep.catalog.SkuForSale.GroupBuy;
import com.orderkeep.shared.Fen;
import com.orderkeep.shared.LocalizedText;

/**
 * The rules of a SKU's group-buy terms: a group needs 2 to 10 buyers, and its price is below the SKU's price, or a
 * group would cost its members more than buying alone.
 */
final class GroupBuyTerms {

	private GroupBuyTerms() {
	}

	/**
	 * The terms a SKU at {@code priceFen} gets from the fields given, each falling back on {@code current}; none
	 * when neither is given and there are none yet.
	 */
	static @Nullable GroupBuy of(long priceFen, @Nullable Integer size, @Nullable Long groupPriceFen,
			@Nullable GroupBuy current) {
		Integer newSize = size != null ? size : current == null ? null : current.size();
		Long newPrice = groupPriceFen != null ? groupPriceFen : current == null ? null : current.priceFen();
		if (newSize == null && newPrice == null) {
			return null;
		}
		if (newSize == null || newPrice == null) {
			throw refused("拼团人数（groupSize）和拼团价（groupPriceFen）须同时设置",
					"groupSize and groupPriceFen go together: give both");
		}
		if (newSize < CatalogManagement.MIN_GROUP_SIZE || newSize > CatalogManagement.MAX_GROUP_SIZE) {
			throw refused("拼团人数须在 2 到 10 人之间", "groupSize must be from 2 to 10");
		}
		return stillBelow(priceFen, new GroupBuy(newSize, newPrice));
	}

	/** The current terms, refused when the price would no longer be above the group price. */
	static @Nullable GroupBuy stillBelow(long priceFen, @Nullable GroupBuy terms) {
		if (terms != null && (terms.priceFen() < 1 || terms.priceFen() >= priceFen)) {
			throw refused("拼团价须低于商品价格 " + Fen.yuan(priceFen) + "，且至少 1 分",
					"groupPriceFen must be at least 1 fen and below the price of " + Fen.yuan(priceFen));
		}
		return terms;
	}

	private static CatalogRefused refused(String zh, String en) {
		return new CatalogRefused(CatalogRefused.Reason.NOT_ALLOWED, new LocalizedText(zh, en));
	}
}
