package com.orderkeep.alternatives.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The same kind matches across different wordings; a different kind that shares words does not.
 */
class ListingIndexTests {

	private final ListingIndex index = new ListingIndex();

	@AfterEach
	void close() {
		index.close();
	}

	/** A marketplace around the listings under test, so the index has learnt which words name kinds. */
	private void marketplace() {
		for (GeneratedCatalog.Listing listing : GeneratedCatalog.generate(4_000, 300, 11)) {
			index.put(new ListingIndex.Entry(listing.productId(), listing.merchantId(), listing.title(),
					listing.category(), listing.attributes(), true));
		}
	}

	@Test
	void matchesTheSameKindAcrossWordingsAndRefusesLookAlikes() {
		marketplace();
		put("cup1", "m1", "保温杯 316不锈钢 大容量 男女 便携 2024新款", "杯壶");
		put("cup2", "m2", "真空杯 保温杯 学生 办公室 长效保温 包邮", "杯壶");
		put("box1", "m3", "保温饭盒 316不锈钢 大容量 男女 便携 2024新款", "杯壶");
		put("cat1", "m1", "猫粮 成猫 全价 鸡肉味 10斤 包邮", "宠物食品");
		put("cat2", "m4", "幼猫粮 无谷 全价 营养 猫粮", "宠物食品");
		put("dog1", "m5", "狗粮 成犬 全价 鸡肉味 10斤 包邮", "宠物食品");
		put("case1", "m1", "适用苹果15 手机壳 全包 防摔 透明 硅胶", "手机配件");
		put("case2", "m6", "iPhone15 保护套 手机壳 磨砂 超薄 男女", "手机配件");
		put("film1", "m7", "适用苹果15 钢化膜 全屏 防摔 透明 高清", "手机配件");
		put("apple1", "m1", "烟台 红富士 苹果 新鲜 水果 5斤 脆甜", "水果");
		put("apple2", "m8", "红富士 冰糖心苹果 当季 整箱 苹果", "水果");
		put("phone1", "m9", "苹果 Apple iPhone 15 128GB 5G 手机", "手机");
		index.refresh();

		assertThat(ids("cup1", "杯壶", "保温杯 316不锈钢 大容量 男女 便携 2024新款")).contains("cup2").doesNotContain("box1");
		assertThat(ids("case1", "手机配件", "适用苹果15 手机壳 全包 防摔 透明 硅胶")).contains("case2").doesNotContain("film1");
		assertThat(ids("apple1", "水果", "烟台 红富士 苹果 新鲜 水果 5斤 脆甜")).contains("apple2").doesNotContain("phone1");
	}

	@Test
	void aDelistedListingIsNoLongerFoundButStillFindsOthers() {
		put("cat1", "m1", "猫粮 成猫 全价 鸡肉味", "猫粮");
		put("cat2", "m2", "渴望 猫粮 成猫 全价 三文鱼", "猫粮");
		index.refresh();
		assertThat(ids("cat1", "猫粮", "猫粮 成猫 全价 鸡肉味")).containsExactly("cat2");
		index.put(new ListingIndex.Entry("cat2", "m2", "渴望 猫粮 成猫 全价 三文鱼", "猫粮", "", false));
		index.refresh();
		assertThat(ids("cat1", "猫粮", "猫粮 成猫 全价 鸡肉味")).isEmpty();
		index.put(new ListingIndex.Entry("cat1", "m1", "猫粮 成猫 全价 鸡肉味", "猫粮", "", false));
		index.put(new ListingIndex.Entry("cat2", "m2", "渴望 猫粮 成猫 全价 三文鱼", "猫粮", "", true));
		index.refresh();
		assertThat(ids("cat2", "猫粮", "渴望 猫粮 成猫 全价 三文鱼")).isEmpty();
	}

	@Test
	void aGiveawayWordDoesNotMakeAListingThatKind() {
		put("film1", "m1", "钢化膜 全屏 高清 送手机壳", "配件");
		put("case1", "m2", "手机壳 全包 防摔", "配件");
		index.refresh();
		assertThat(ids("case1", "配件", "手机壳 全包 防摔")).isEmpty();
	}

	@Test
	void learnsWhichWordsNameTheKindFromAGeneratedCatalog() {
		for (GeneratedCatalog.Listing listing : GeneratedCatalog.generate(3_000, 200, 7)) {
			index.put(new ListingIndex.Entry(listing.productId(), listing.merchantId(), listing.title(),
					listing.category(), listing.attributes(), true));
		}
		put("q", "mq", "富光 保温杯 大容量 316不锈钢 学生 包邮", "杯壶");
		index.refresh();
		List<ListingIndex.Hit> hits = index.similar(entry("q", "mq", "富光 保温杯 大容量 316不锈钢 学生 包邮", "杯壶"), "mq", 3);
		assertThat(hits).hasSize(3);
		java.util.Map<String, String> kinds = new java.util.HashMap<>();
		GeneratedCatalog.generate(3_000, 200, 7).forEach(l -> kinds.put(l.productId(), l.kind()));
		assertThat(hits).allSatisfy(hit -> assertThat(kinds.get(hit.productId())).isEqualTo("保温杯"));
	}

	private void put(String id, String merchant, String title, String category) {
		index.put(entry(id, merchant, title, category));
	}

	private static ListingIndex.Entry entry(String id, String merchant, String title, String category) {
		return new ListingIndex.Entry(id, merchant, title, category, "", true);
	}

	private List<String> ids(String id, String category, String title) {
		return index.similar(entry(id, "m-" + id, title, category), merchantOf(id), 2_000).stream()
			.map(ListingIndex.Hit::productId).toList();
	}

	private static String merchantOf(String id) {
		return switch (id) {
			case "cup1", "cat1", "case1", "apple1" -> "m1";
			default -> "m-none";
		};
	}
}
