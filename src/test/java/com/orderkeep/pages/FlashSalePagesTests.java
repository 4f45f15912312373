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
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.orderkeep.support.Api;
import com.orderkeep.support.Browser;
import com.orderkeep.support.OrderkeepHttpTest;

import tools.jackson.databind.JsonNode;

/**
 * A merchant's flash sales in a real browser: one carved out of a SKU from the page, and its sold and available
 * units followed live while buyers take them.
 */
@OrderkeepHttpTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FlashSalePagesTests {

	@LocalServerPort
	int port;

	private Browser browser;
	private Api api;
	private String merchantName;
	private String merchantToken;

	@BeforeAll
	void start() {
		browser = Browser.on(port);
		api = Api.onPort(port);
		Api.Merchant merchant = api.createMerchant("秒杀小店");
		merchantName = merchant.username();
		merchantToken = merchant.token();
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
	void aMerchantStartsAFlashSaleAndWatchesItSellWithoutReloading() {
		JsonNode product = product("砀山酥梨 " + UUID.randomUUID().toString().substring(0, 6), 5_000, 20);
		String skuId = product.path("skus").get(0).path("skuId").asString();
		browser.signIn(merchantName, "secret-" + merchantName);
		browser.open("/merchant");
		browser.find("#nav-flash-sales").click();
		browser.await("#new-sale select[name=skuId] option[value='" + skuId + "']").click();
		browser.find("#new-sale input[name=price]").sendKeys("29.90");
		browser.find("#new-sale input[name=stock]").sendKeys("5");
		browser.find("#new-sale input[name=perBuyerLimit]").clear();
		browser.find("#new-sale input[name=perBuyerLimit]").sendKeys("2");
		browser.find("#new-sale button").click();

		String sale = ".flash-sale[data-state=ON]";
		assertThat(browser.await(sale).getText()).contains("¥29.90").contains("抢购中");
		String saleId = browser.find(sale).getAttribute("data-sale-id");
		assertThat(browser.text(sale + " .sold")).isEqualTo("0");
		assertThat(browser.text(sale + " .available")).isEqualTo("5");
		assertThat(Api.expect(api.get("/api/products/" + product.path("productId").asString(), null), 200).body()
			.path("skus").get(0).path("available").asLong()).as("the sale's units left the SKU").isEqualTo(15);

		buy(skuId, saleId, 1);
		buy(skuId, saleId, 2);
		String shown = ".flash-sale[data-sale-id='" + saleId + "']";
		browser.until(Duration.ofSeconds(15), driver -> "3".equals(driver.findElement(By.cssSelector(shown + " .sold")).getText()));
		assertThat(browser.text(shown + " .available")).isEqualTo("2");
		assertThat(browser.find(shown + " .meter-sold").getAttribute("style")).contains("60%");
	}

	@Test
	void aSaleThatCannotBeIsRefusedWithItsReasonAndABadFormSaysWhatIsWrong() {
		JsonNode product = product("烟台苹果 " + UUID.randomUUID().toString().substring(0, 6), 3_000, 10);
		String skuId = product.path("skus").get(0).path("skuId").asString();
		browser.signIn(merchantName, "secret-" + merchantName);
		browser.open("/merchant/flash-sales?lang=en");
		browser.await("#new-sale select[name=skuId] option[value='" + skuId + "']").click();
		browser.find("#new-sale input[name=price]").sendKeys("99.00");
		browser.find("#new-sale input[name=stock]").sendKeys("5");
		browser.find("#new-sale button").click();
		assertThat(browser.await("#refusal").getText()).contains("cannot cost more than the SKU's own price of ¥30.00");

		browser.open("/merchant/flash-sales");
		((JavascriptExecutor) browser.driver()).executeScript(
				"const f = document.querySelector('#new-sale form'); f.noValidate = true;"
						+ "f.querySelector('[name=price]').value = '1.999'; f.querySelector('[name=stock]').value = '0';"
						+ "f.submit();");
		assertThat(browser.await("#problems [data-field=price]").getText()).contains("Price");
		assertThat(browser.text("#problems [data-field=stock]")).contains("Stock").contains("greater than or equal to 1");
		browser.open("/merchant/flash-sales");
		((JavascriptExecutor) browser.driver()).executeScript(
				"const f = document.querySelector('#new-sale form'); f.noValidate = true;"
						+ "f.querySelector('[name=price]').value = '9.90'; f.querySelector('[name=stock]').value = '2';"
						+ "f.querySelector('[name=startsAt]').type = 'text'; f.querySelector('[name=startsAt]').value = 'soon';"
						+ "f.submit();");
		assertThat(browser.await("#problems [data-field=startsAt]").getText()).isEqualTo("Starts at is not in the expected form");
		browser.open("/merchant/flash-sales");
		assertThat(browser.driver().findElements(By.cssSelector(".flash-sale"))).isEmpty();
	}

	private void buy(String skuId, String saleId, int quantity) {
		String buyer = Api.expect(api.registerBuyer(), 201).text("token");
		Api.expect(api.send("POST", "/api/orders", buyer, Map.of("skuId", skuId, "quantity", quantity,
				"flashSaleId", saleId), Map.of("Idempotency-Key", UUID.randomUUID().toString())), 201);
	}

	private JsonNode product(String title, long priceFen, int stock) {
		return Api.expect(api.post("/api/merchant/products", merchantToken, Map.of("title", title, "category", "水果",
				"description", title, "skus", List.of(Map.of("spec", "5斤装", "priceFen", priceFen, "stock", stock)))), 201)
			.body();
	}
}
