package com.orderkeep.shared;

/**
 * The names of what a request can point at, in both languages, for messages such as "no such order".
 */
public final class Things {

	public static final LocalizedText ORDER = new LocalizedText("订单", "order");
	public static final LocalizedText PRODUCT = new LocalizedText("商品", "product");
	public static final LocalizedText SKU = new LocalizedText("商品规格（SKU）", "SKU");
	public static final LocalizedText MERCHANT = new LocalizedText("商家", "merchant");
	public static final LocalizedText SHOP_OF_USER = new LocalizedText("该用户的店铺", "shop of user");
	public static final LocalizedText FLASH_SALE = new LocalizedText("限时抢购", "flash sale");
	public static final LocalizedText USER = new LocalizedText("用户", "user");
	public static final LocalizedText GROUP = new LocalizedText("拼团", "group");

	private Things() {
	}

	/** "No such thing": nothing of that kind with that id, or nothing the caller may see. */
	public static LocalizedText noSuch(LocalizedText what, String id) {
		return new LocalizedText("未找到" + what.zh() + "：" + id, "No " + what.en() + " " + id);
	}
}
