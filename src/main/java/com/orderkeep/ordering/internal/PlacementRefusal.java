package com.orderkeep.ordering.internal;

import com.orderkeep.catalog.SkuForSale;
import com.orderkeep.ordering.Placement;
import com.orderkeep.shared.LocalizedText;

/**
 * Why an order was not placed, with the reason and the words the buyer gets: every refusal of placement, whether
 * decided before any lock or inside a batch, in one place.
 */
record PlacementRefusal(Placement.Reason reason, LocalizedText text) implements PlacementRequest.Outcome {

	static final PlacementRefusal SOLD_OUT = new PlacementRefusal(Placement.Reason.SOLD_OUT,
			new LocalizedText("库存不足，未能下单", "Not enough stock left for this order"));
	static final PlacementRefusal DELISTED = new PlacementRefusal(Placement.Reason.DELISTED,
			new LocalizedText("该商品已下架，暂时无法购买", "This product is delisted and cannot be ordered"));
	static final PlacementRefusal SHOP_SUSPENDED = new PlacementRefusal(Placement.Reason.SHOP_SUSPENDED,
			new LocalizedText("该商品所在店铺已被平台暂停营业，暂时无法购买",
					"This product's shop is suspended by the platform; it cannot be ordered"));
	static final PlacementRefusal KEY_REUSED = new PlacementRefusal(Placement.Reason.KEY_REUSED,
			new LocalizedText("该幂等键已用于另一个不同的请求", "This Idempotency-Key was already used for a different request"));
	static final PlacementRefusal NO_SUCH_SALE = new PlacementRefusal(Placement.Reason.NO_SUCH_FLASH_SALE,
			new LocalizedText("该限时抢购不存在，或不属于这个 SKU", "No such flash sale for this SKU"));
	static final PlacementRefusal SALE_NOT_OPEN = new PlacementRefusal(Placement.Reason.FLASH_SALE_NOT_OPEN,
			new LocalizedText("该抢购未开始或已结束", "This flash sale has not started or has ended"));
	static final PlacementRefusal OVER_LIMIT = new PlacementRefusal(Placement.Reason.OVER_FLASH_SALE_LIMIT,
			new LocalizedText("超过该抢购的每人限购数量", "More than this flash sale allows per buyer"));
	static final PlacementRefusal NO_SUCH_GROUP = new PlacementRefusal(Placement.Reason.NO_SUCH_GROUP,
			new LocalizedText("该拼团不存在", "No such group"));
	static final PlacementRefusal GROUP_BUY_NOT_OFFERED = new PlacementRefusal(Placement.Reason.GROUP_BUY_NOT_OFFERED,
			new LocalizedText("该商品不支持拼团，请直接购买", "Group buy is not offered for this SKU; order it on its own"));

	static final PlacementRefusal NO_GROUP_ON_FLASH_SALE = new PlacementRefusal(Placement.Reason.GROUP_BUY_NOT_OFFERED,
			new LocalizedText("限时抢购的订单不能开团或参团", "A flash-sale order cannot start or join a group"));

	static PlacementRefusal noSuchSku(String skuId) {
		return new PlacementRefusal(Placement.Reason.NO_SUCH_SKU, new LocalizedText("未找到 SKU " + skuId, "No SKU " + skuId));
	}

	/** Why a SKU that exists cannot be ordered. */
	static PlacementRefusal notForSale(SkuForSale sku) {
		return sku.shopSuspended() ? SHOP_SUSPENDED : DELISTED;
	}
}
