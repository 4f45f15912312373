package com.orderkeep.alternatives.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * A generated marketplace for the offline evaluation: Chinese listings of many kinds, each labelled by its kind,
 * written the way merchants write titles. Kinds come in families that share a category and words (保温杯 and
 * 保温饭盒, 手机壳 and 钢化膜, 猫粮 and 狗粮), so a family member is a hard negative of its siblings; 苹果 is both a
 * fruit and a phone; titles are stuffed with the category's attributes, shop words and, now and then, a sibling
 * kind's word ("送钢化膜"). The same seed gives the same catalog.
 */
final class GeneratedCatalog {

	record Listing(String productId, String merchantId, String kind, String title, String category, String attributes) {
	}

	private record Kind(String name, List<String> words) {
	}

	private record Category(String name, List<Kind> kinds, List<String> attributes, List<String> brands) {
	}

	private static final List<String> STUFFING = List.of("2024新款", "爆款", "包邮", "正品", "热卖", "特价", "官方",
			"旗舰店", "限时秒杀", "百亿补贴", "工厂直销", "顺丰", "好评如潮", "网红同款", "品质保证", "厂家直发", "优选", "精选");

	private static final List<Category> CATEGORIES = List.of(
			category("杯壶", List.of("316不锈钢", "304不锈钢", "大容量", "便携", "学生", "男女", "办公室", "户外", "儿童", "500ml", "1L",
					"带盖", "防漏", "长效保温", "保温"), List.of("象印", "膳魔师", "富光", "哈尔斯", "乐扣"),
					kind("保温杯", "保温杯", "真空杯", "保温水杯", "不锈钢杯"), kind("保温饭盒", "保温饭盒", "饭盒", "便当盒", "保温餐盒"),
					kind("玻璃杯", "玻璃杯", "泡茶杯", "双层玻璃杯", "茶水分离杯"), kind("保温壶", "保温壶", "暖水壶", "热水瓶", "暖壶")),
			category("手机配件", List.of("适用苹果15", "iPhone15", "华为Mate60", "小米14", "全包", "防摔", "高清", "磨砂", "透明", "超薄",
					"快充", "20W", "Type-C", "苹果", "手机"), List.of("倍思", "绿联", "品胜", "图拉斯", "公牛"),
					kind("手机壳", "手机壳", "保护套", "硅胶软壳", "防摔壳"), kind("钢化膜", "钢化膜", "手机膜", "保护膜", "防窥膜"),
					kind("充电器", "充电器", "充电头", "快充头", "电源适配器"), kind("数据线", "数据线", "充电线", "快充线", "编织线")),
			category("宠物食品", List.of("全价", "通用型", "鸡肉味", "三文鱼", "牛肉味", "10斤", "2.5kg", "无谷", "营养", "美毛", "增肥",
					"成年", "幼年", "宠物"), List.of("皇家", "渴望", "麦富迪", "比瑞吉", "伯纳天纯"),
					kind("猫粮", "猫粮", "成猫粮", "幼猫粮", "猫咪主粮"), kind("狗粮", "狗粮", "成犬粮", "幼犬粮", "犬粮"),
					kind("猫罐头", "猫罐头", "猫湿粮", "猫主食罐", "猫咪罐头"), kind("狗零食", "狗零食", "磨牙棒", "洁齿骨", "狗狗肉干")),
			category("水果", List.of("新鲜", "当季", "5斤", "10斤", "整箱", "现摘", "产地直发", "脆甜", "大果", "孕妇", "水果", "应季"),
					List.of("佳沛", "都乐", "百果园", "褚橙", "农家"),
					kind("苹果", "苹果", "红富士", "烟台苹果", "冰糖心苹果"), kind("梨", "梨", "雪花梨", "库尔勒香梨", "皇冠梨"),
					kind("橙子", "橙子", "赣南脐橙", "脐橙", "冰糖橙"), kind("猕猴桃", "猕猴桃", "奇异果", "徐香猕猴桃", "红心猕猴桃")),
			category("手机", List.of("5G", "全网通", "256GB", "128GB", "512GB", "官方正品", "国行", "拍照", "游戏", "长续航", "新品", "智能手机",
					"手机"), List.of("京东自营", "官方旗舰", "授权店", "国行正品", "数码"),
					kind("苹果手机", "苹果手机", "Apple iPhone 15", "苹果15", "iPhone15Pro"), kind("华为手机", "华为手机", "华为Mate60Pro",
							"Mate60", "鸿蒙手机"),
					kind("小米手机", "小米手机", "小米14", "Xiaomi14", "徕卡影像手机"), kind("老人机", "老人机", "老年手机", "按键手机", "大字大声")),
			category("纸品", List.of("家用", "整箱", "母婴", "原木浆", "加厚", "24包", "实惠装", "柔韧", "无香", "可湿水", "纸"),
					List.of("维达", "清风", "心相印", "洁柔", "得宝"),
					kind("抽纸", "抽纸", "面巾纸", "纸巾", "餐巾纸"), kind("卷纸", "卷纸", "卫生纸", "厕纸", "卷筒纸"),
					kind("湿巾", "湿巾", "湿纸巾", "婴儿湿巾", "手口湿巾"), kind("厨房纸", "厨房纸", "厨房用纸", "吸油纸", "擦手纸")),
			category("粮油", List.of("10kg", "5kg", "5L", "新米", "家用", "非转基因", "压榨", "农家", "东北", "山东", "粮油"),
					List.of("金龙鱼", "福临门", "鲁花", "十月稻田", "中粮"),
					kind("大米", "大米", "五常大米", "东北大米", "稻花香"), kind("食用油", "食用油", "花生油", "菜籽油", "大豆油"),
					kind("面粉", "面粉", "高筋面粉", "小麦粉", "饺子粉"), kind("挂面", "挂面", "面条", "鸡蛋面", "龙须面")),
			category("洗护", List.of("控油", "去屑", "蓬松", "持久留香", "男士", "女士", "500ml", "氨基酸", "补水", "清爽", "滋润"),
					List.of("海飞丝", "清扬", "多芬", "潘婷", "舒肤佳"),
					kind("洗发水", "洗发水", "洗发露", "去屑洗发水", "洗头膏"), kind("护发素", "护发素", "发膜", "润发乳", "护发精油"),
					kind("沐浴露", "沐浴露", "沐浴乳", "香氛沐浴露", "沐浴液"), kind("洗面奶", "洗面奶", "洁面乳", "洁面泡沫", "洁面膏")),
			category("服饰", List.of("男", "女", "宽松", "潮牌", "纯棉", "秋冬", "夏季", "学生", "大码", "韩版", "ins", "百搭"),
					List.of("优衣库", "森马", "李宁", "安踏", "太平鸟"),
					kind("T恤", "T恤", "短袖", "短袖T恤", "半袖"), kind("卫衣", "卫衣", "连帽卫衣", "套头衫", "加绒卫衣"),
					kind("牛仔裤", "牛仔裤", "直筒牛仔裤", "阔腿牛仔裤", "破洞牛仔裤"), kind("羽绒服", "羽绒服", "白鸭绒", "羽绒外套", "面包服")),
			category("厨具", List.of("家用", "不锈钢", "304不锈钢", "加厚", "燃气灶适用", "电磁炉通用", "无涂层", "麦饭石", "锅", "厨房"),
					List.of("苏泊尔", "爱仕达", "双立人", "张小泉", "炊大皇"),
					kind("炒锅", "炒锅", "不粘锅", "铁锅", "炒菜锅"), kind("汤锅", "汤锅", "奶锅", "煮锅", "炖锅"),
					kind("菜刀", "菜刀", "切片刀", "厨师刀", "斩骨刀"), kind("砧板", "砧板", "菜板", "切菜板", "案板")));

	private GeneratedCatalog() {
	}

	private static Kind kind(String name, String... words) {
		return new Kind(name, List.of(words));
	}

	private static Category category(String name, List<String> attributes, List<String> brands, Kind... kinds) {
		return new Category(name, List.of(kinds), attributes, brands);
	}

	/** {@code size} listings from {@code merchants} merchants. */
	static List<Listing> generate(int size, int merchants, long seed) {
		Random random = new Random(seed);
		List<Listing> listings = new ArrayList<>(size);
		for (int i = 0; i < size; i++) {
			Category category = CATEGORIES.get(random.nextInt(CATEGORIES.size()));
			int kindIndex = random.nextInt(category.kinds().size());
			Kind kind = category.kinds().get(kindIndex);
			List<String> parts = new ArrayList<>();
			parts.add(pick(kind.words(), random, 0.5));
			for (int s = random.nextInt(3); s > 0; s--) {
				parts.add(pick(kind.words(), random, 0));
			}
			for (int a = 2 + random.nextInt(4); a > 0; a--) {
				parts.add(pick(category.attributes(), random, 0));
			}
			for (int s = 1 + random.nextInt(3); s > 0; s--) {
				parts.add(pick(STUFFING, random, 0));
			}
			if (random.nextDouble() < 0.08) {
				Kind sibling = category.kinds().get((kindIndex + 1 + random.nextInt(category.kinds().size() - 1))
						% category.kinds().size());
				parts.add((random.nextBoolean() ? "送" : "配") + sibling.words().get(0));
			}
			Collections.shuffle(parts, random);
			String title = pick(category.brands(), random, 0) + " " + String.join(" ", parts);
			String attributes = pick(category.attributes(), random, 0) + " " + pick(category.attributes(), random, 0);
			listings.add(new Listing("p" + i, "m" + random.nextInt(merchants), kind.name(),
					title.length() > 120 ? title.substring(0, 120) : title, category.name(), attributes));
		}
		return listings;
	}

	/** The first word with probability {@code first}, otherwise any word. */
	private static String pick(List<String> words, Random random, double first) {
		return random.nextDouble() < first ? words.get(0) : words.get(random.nextInt(words.size()));
	}

	static int kinds() {
		return CATEGORIES.stream().mapToInt(c -> c.kinds().size()).sum();
	}
}
