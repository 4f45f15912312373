package com.orderkeep.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.orderkeep.support.Api;
import com.orderkeep.support.Browser;
import com.orderkeep.support.OrderkeepHttpTest;
import com.orderkeep.support.TestShop;

/**
 * Buyers see a shop's reputation on the product, order and shop pages, alternatives from other shops, and a warning
 * before paying a shop whose reputation is below the platform's standard; in Chinese and English.
 */
@OrderkeepHttpTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReputationPagesTests {

	@LocalServerPort
	int port;

	private Browser browser;
	private Api api;

	@BeforeAll
	void start() {
		browser = Browser.on(port);
		api = Api.onPort(port);
	}

	@AfterAll
	void stop() {
		browser.close();
	}

	@BeforeEach
	void newVisitor() {
		browser.forget();
	}

	@Test
	void theProductPageShowsTheShopsReputationAndAlternativesAndTheShopPageItsBreakdown() {
		String category = "猫粮" + UUID.randomUUID().toString().substring(0, 8);
		Api.Merchant a = api.createMerchant("页面猫粮店A");
		Api.Merchant b = api.createMerchant("页面猫粮店B");
		String productId = product(a, "皇家 猫粮 成猫 全价 鸡肉味", category, 9_900);
		String other = product(b, "渴望 猫粮 成猫 全价 三文鱼", category, 8_800);
		awaitAlternative(productId, other);

		browser.open("/products/" + productId);
		assertThat(browser.text("#reputation")).contains("店铺信誉");
		assertThat(browser.find("#reputation").getAttribute("data-score")).matches("\\d+");
		assertThat(browser.has("#alternatives li[data-product-id='" + other + "']")).isTrue();
		assertThat(browser.text("#alternatives")).contains("价格更低");

		browser.open("/shops/" + a.merchantId() + "?lang=en");
		assertThat(browser.text("#reputation-breakdown")).contains("Buyers' ratings", "Cancelled after payment");
		assertThat(browser.has("#reputation-breakdown tr[data-code=LATE_SHIPMENT]")).isTrue();
		browser.open("/shops/" + a.merchantId() + "?lang=zh");
		assertThat(browser.text("#reputation-breakdown")).contains("买家评分", "付款后取消");
	}

	@Test
	void aBuyerIsWarnedBeforePayingAShopBelowTheStandard() {
		TestShop shop = TestShop.open(api, "页面取消店", 5_000, 40);
		for (int i = 0; i < 8; i++) {
			shop.merchantCancel(shop.paidOrder(1), "OUT_OF_STOCK");
		}
		long giveUp = System.nanoTime() + Duration.ofSeconds(20).toNanos();
		while (!api.get("/api/merchants/" + shop.merchantId + "/reputation", null).raw().contains("BELOW_THRESHOLD")
				&& System.nanoTime() < giveUp) {
			pause();
		}
		browser.signUp();
		browser.open("/products/" + shop.productId + "?lang=en");
		browser.find("#order-button").click();
		assertThat(browser.await("#pay").isDisplayed()).isTrue();
		assertThat(browser.find("#reputation-warning li").getAttribute("data-code")).isEqualTo("BELOW_THRESHOLD");
		assertThat(browser.text("#reputation-warning")).contains("below the platform's standard");
	}

	private String product(Api.Merchant merchant, String title, String category, long priceFen) {
		return Api.expect(api.post("/api/merchant/products", merchant.token(), Map.of("title", title, "category", category,
				"description", "", "skus", List.of(Map.of("spec", "2kg", "priceFen", priceFen, "stock", 20)))), 201)
			.text("productId");
	}

	private void awaitAlternative(String productId, String expected) {
		long giveUp = System.nanoTime() + Duration.ofSeconds(15).toNanos();
		while (!api.get("/api/products/" + productId + "/alternatives", null).raw().contains(expected)) {
			assertThat(System.nanoTime()).as("alternative %s of %s", expected, productId).isLessThan(giveUp);
			pause();
		}
	}

	private static void pause() {
		try {
			Thread.sleep(100);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}
}
