package com.orderkeep.demo;

import java.util.List;

import com.orderkeep.catalog.CatalogManagement.NewProduct;
import com.orderkeep.catalog.CatalogManagement.NewSku;

/**
 * The demo shops and what they sell.
 */
final class DemoCatalog {

	private DemoCatalog() {
	}

	record DemoShop(String username, String shopName, List<NewProduct> products) {
	}

	static final String PASSWORD = "demo1234";

	/** Each demo shop's deposit (保证金), which the platform's compensations are paid from: ¥2,000. */
	static final long DEPOSIT_FEN = 200_000;

	static final List<String> BUYERS = List.of("xiaoming", "lili", "wangfang", "zhangwei", "chenjing", "liuyang");

	static final List<DemoShop> SHOPS = List.of(
			new DemoShop("guoyuan", "果园直发旗舰店", List.of(
					product("烟台红富士苹果 脆甜多汁 产地直发", "水果", groupSku("5斤装 单果75-80mm", 1990, 500, 2, 1590), sku("10斤装 单果80-85mm", 3690, 300)),
					product("海南贵妃芒果 新鲜当季", "水果", sku("3斤装", 2590, 200), sku("5斤装", 3990, 150)),
					product("赣南脐橙 现摘现发", "水果", groupSku("5斤装", 2290, 400, 3, 1690)),
					product("四川爱媛38号果冻橙", "水果", sku("5斤装 中果", 2790, 250), sku("9斤装 大果", 4590, 120)),
					product("云南高山蓝莓 鲜果", "水果", sku("4盒 125g/盒", 3990, 180)),
					product("新疆阿克苏冰糖心苹果", "水果", sku("8斤装", 4490, 160)),
					product("丹东99草莓 大果", "水果", sku("3斤装", 5990, 90)),
					product("陕西徐香猕猴桃", "水果", sku("30枚 单果80-100g", 2990, 220)))),
			new DemoShop("shanye", "山野农家土特产", List.of(
					product("东北五常大米 稻花香2号", "粮油", sku("5kg", 5990, 300), sku("10kg", 10990, 150)),
					product("云南小粒咖啡豆 中度烘焙", "冲饮", sku("500g", 6800, 100)),
					product("福建安溪铁观音 浓香型", "茶叶", sku("250g 罐装", 8800, 80)),
					product("内蒙古风干牛肉干 手撕", "零食", sku("500g 原味", 7900, 140), sku("500g 香辣", 7900, 140)),
					product("新疆和田大枣 一级", "干果", sku("1kg", 3590, 260)),
					product("长白山野生黑木耳", "干货", sku("250g", 3290, 180)),
					product("宁夏中宁枸杞 头茬", "滋补", sku("500g", 4990, 200)))),
			new DemoShop("youpin", "优品数码专营店", List.of(
					product("20000毫安 快充移动电源", "数码配件", sku("白色", 8900, 120), sku("黑色", 8900, 120)),
					product("蓝牙耳机 主动降噪 长续航", "数码配件", sku("标准版", 12900, 90)),
					product("65W 氮化镓充电器 三口", "数码配件", sku("单头", 9900, 150)),
					product("Type-C 编织数据线 1.5米", "数码配件", sku("2条装", 1990, 500)),
					product("机械键盘 青轴 87键", "电脑外设", sku("青轴", 15900, 60), sku("红轴", 16900, 60)),
					product("无线鼠标 静音办公", "电脑外设", sku("灰色", 4900, 200)),
					product("手机支架 桌面折叠", "数码配件", sku("银色", 1590, 400)))),
			new DemoShop("jujia", "居家日用百货", List.of(
					product("抽纸 原木浆 4层加厚", "日用", groupSku("24包整箱", 3990, 600, 2, 2990)),
					product("洗衣凝珠 持久留香", "日用", sku("52颗", 4590, 300)),
					product("不锈钢保温杯 500ml", "厨具", sku("星空蓝", 5900, 150), sku("樱花粉", 5900, 150)),
					product("纯棉毛巾 加厚吸水", "家纺", sku("4条装", 2990, 350)),
					product("厨房垃圾袋 加厚 抽绳款", "日用", sku("150只", 1690, 500)),
					product("硅胶锅铲 耐高温 套装", "厨具", sku("5件套", 3590, 200)),
					product("懒人沙发 单人", "家居", sku("浅灰", 19900, 30)),
					product("LED 护眼台灯 可调光", "家居", sku("白色", 8900, 80)))));

	private static NewProduct product(String title, String category, NewSku... skus) {
		return new NewProduct(title, category, title + "。平台保障：下单即锁定库存，商家取消全额退款并按规则补偿。", List.of(skus));
	}

	private static NewSku sku(String spec, long priceFen, long stock) {
		return new NewSku(spec, priceFen, stock);
	}

	/** A SKU that also sells in groups (拼团) of {@code groupSize} buyers at {@code groupPriceFen}. */
	private static NewSku groupSku(String spec, long priceFen, long stock, int groupSize, long groupPriceFen) {
		return new NewSku(spec, priceFen, stock, groupSize, groupPriceFen);
	}
}
