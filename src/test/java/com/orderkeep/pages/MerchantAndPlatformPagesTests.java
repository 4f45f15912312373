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
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.orderkeep.support.Api;
import com.orderkeep.support.Browser;
import com.orderkeep.support.MutableClock;
import com.orderkeep.support.OrderkeepHttpTest;
import com.orderkeep.support.TestShop;

import tools.jackson.databind.JsonNode;

/**
 * The merchant's and the platform's desks in a real browser, and what a buyer's order page shows when a merchant lets
 * the buyer down.
 */
@OrderkeepHttpTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MerchantAndPlatformPagesTests {

	@LocalServerPort
	int port;

	@Autowired
	MutableClock clock;

	private Browser browser;
	private Api api;
	private String merchantName;
	private String merchantToken;

	@BeforeAll
	void start() {
		browser = Browser.on(port);
		api = Api.onPort(port);
		Api.Merchant merchant = api.createMerchant("页面专营店");
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
	void merchantMissesShipByAndTheBuyersOrderPageShowsTheRefundAndTheCompensation() {
		String productId = product("阳澄湖大闸蟹", 19900);
		String buyer = browser.signUp();
		String orderPath = browser.orderAndPay(productId);
		Api.expect(api.post("/api/merchant/products/" + productId + "/delist", merchantToken,
				Map.of("reasonCode", "OUT_OF_STOCK", "note", "产地断货")), 200);

		browser.forget();
		signIn(merchantName);
		browser.open("/merchant");
		String orderId = orderPath.substring("/orders/".length());
		assertThat(browser.await("#affected-orders [data-order-id='" + orderId + "']").getText()).contains("最晚发货");

		clock.advance(Duration.ofHours(49));

		browser.forget();
		signIn(buyer);
		browser.open(orderPath);
		// a promise broken on a delisted product is compensated twice: for the late shipment and for the stock-out
		browser.awaitOnReload(() -> browser.has("#refunded") && browser.has("#compensations [data-rule=LATE_SHIPMENT]")
				&& browser.has("#compensations [data-rule=STOCK_OUT_CANCEL]"));
		assertThat(browser.text("#order-status")).isEqualTo("已取消");
		assertThat(browser.text("#cancellation")).contains("商家未在承诺的发货期限内发货");
		assertThat(browser.text("#refunded")).isEqualTo("¥199.00");
		assertThat(browser.text("#compensations [data-rule=LATE_SHIPMENT]")).contains("¥");
		// the shop has no deposit yet: the platform advances the compensation, and the merchant owes it
		assertThat(browser.text("#compensations")).contains("由平台先行垫付");
	}

	@Test
	void merchantShipsFromTheDeskAndTheBuyerSeesItShipped() {
		String productId = product("赣南脐橙礼盒", 8800);
		String buyer = browser.signUp();
		String orderPath = browser.orderAndPay(productId);
		String orderId = orderPath.substring("/orders/".length());

		browser.forget();
		signIn(merchantName);
		browser.open("/merchant");
		var order = browser.await(".merchant-order[data-order-id='" + orderId + "']");
		order.findElement(By.name("carrier")).sendKeys("顺丰");
		order.findElement(By.name("trackingNo")).sendKeys("SF123456789");
		order.findElement(By.cssSelector(".ship-form button")).click();
		assertThat(browser.await(".merchant-order[data-order-id='" + orderId + "']").getAttribute("data-status"))
			.isEqualTo("SHIPPED");

		browser.forget();
		signIn(buyer);
		browser.open(orderPath);
		assertThat(browser.await("#order-status").getText()).isEqualTo("待收货");
		assertThat(browser.text("#shipment")).contains("SF123456789");
	}

	@Test
	void merchantFiltersTheShopsOrdersByStatus() {
		String productId = product("库尔勒香梨", 4500);
		browser.signUp();
		String paid = browser.orderAndPay(productId).substring("/orders/".length());
		browser.open("/products/" + productId);
		browser.find("#order-button").click();
		browser.await("#order-status");
		String unpaid = browser.find("main").getAttribute("data-order-id");

		browser.forget();
		signIn(merchantName);
		browser.open("/merchant");
		browser.find("#order-filter .tab[data-status='TO_SHIP']").click();
		assertThat(browser.await("#order-filter .tab.active").getAttribute("data-status")).isEqualTo("TO_SHIP");
		List<String> shown = browser.driver().findElements(By.cssSelector(".merchant-order")).stream()
			.map(order -> order.getAttribute("data-status")).distinct().toList();
		assertThat(shown).containsExactly("TO_SHIP");
		assertThat(browser.has(".merchant-order[data-order-id='" + paid + "']")).isTrue();
		assertThat(browser.has(".merchant-order[data-order-id='" + unpaid + "']")).isFalse();

		browser.open("/merchant?status=NOT_A_STATUS");
		assertThat(browser.driver().getPageSource()).doesNotContain("Exception");
		assertThat(browser.has("#shop-orders")).isFalse();
	}

	@Test
	void thePlatformPublishesARuleVersionFromItsDesk() {
		browser.signIn("admin", "admin-test-password");
		browser.open("/admin?lang=en");
		assertThat(browser.await("#figures").getText()).contains("Orders by status");
		int versions = browser.driver().findElements(By.cssSelector("#rules tr[data-rule=GOODWILL]")).size();

		browser.find("#publish-rule select[name=ruleCode] option[value=GOODWILL]").click();
		browser.find("#publish-rule input[name=percent]").sendKeys("5");
		browser.find("#publish-rule input[name=minFen]").sendKeys("100");
		browser.find("#publish-rule input[name=maxFen]").sendKeys("1000");
		browser.find("#publish-rule button").click();

		browser.await("#rules");
		assertThat(browser.driver().findElements(By.cssSelector("#rules tr[data-rule=GOODWILL]"))).hasSize(versions + 1);
		assertThat(browser.text("#rules tr[data-rule=GOODWILL]")).contains("Goodwill").contains("¥1.00").contains("¥10.00");
	}

	@Test
	void aMerchantListsRepricesRestocksDelistsAndRelistsFromTheDeskAndTopsUpItsDeposit() {
		signIn(merchantName);
		browser.open("/merchant");
		String title = "库尔勒香梨 " + UUID.randomUUID().toString().substring(0, 6);
		browser.find(".new-product input[name=title]").sendKeys(title);
		browser.find(".new-product input[name=category]").sendKeys("水果");
		browser.find(".new-product input[name=spec]").sendKeys("5斤装");
		browser.find(".new-product input[name=price]").sendKeys("39.90");
		browser.find(".new-product input[name=stock]").sendKeys("20");
		browser.find(".new-product button").click();

		String product = ".merchant-product[data-product-id='" + productOf(title) + "']";
		assertThat(browser.await(product).getAttribute("data-status")).isEqualTo("LISTED");
		assertThat(browser.text(product + " .sku .price")).isEqualTo("¥39.90");

		browser.find(product + " .price-form input[name=price]").sendKeys("35.50");
		browser.find(product + " .price-form button").click();
		awaitText(product + " .sku .price", "¥35.50");
		browser.find(product + " .restock-form input[name=quantity]").sendKeys("5");
		browser.find(product + " .restock-form button").click();
		awaitText(product + " .sku .available", "25");

		browser.find(product + " .delist-form option[value=PRICE_ADJUSTMENT]").click();
		browser.find(product + " .delist-form input[name=note]").sendKeys("调价");
		browser.find(product + " .delist-form button").click();
		awaitStatus(product, "DELISTED");
		browser.find(product + " .relist-form button").click();
		awaitStatus(product, "LISTED");

		JsonNode history = Api.expect(api.get("/api/products/" + productOf(title) + "/price-history", null), 200).body();
		assertThat(history.path("items")).extracting(p -> p.path("priceFen").asLong()).containsExactly(3_990L, 3_550L);

		JsonNode before = Api.expect(api.get("/api/merchant/deposit", TestShop.signIn(api, merchantName)), 200).body();
		browser.find(".top-up-form input[name=amount]").sendKeys("100");
		browser.find(".top-up-form button").click();
		// what the shop owes the platform from the other journeys is repaid first
		long expected = before.path("balanceFen").asLong() + 10_000 - Math.min(before.path("debtFen").asLong(), 10_000);
		assertThat(browser.await("#deposit-balance").getText()).isEqualTo(com.orderkeep.shared.Fen.yuan(expected));
	}

	@Test
	void aProductFormThatDoesNotHoldChangesNothing() {
		signIn(merchantName);
		browser.open("/merchant");
		int before = browser.driver().findElements(By.cssSelector(".merchant-product")).size();
		((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript(
				"const f = document.querySelector('.new-product'); f.noValidate = true;"
						+ "f.querySelector('[name=title]').value = 'x'; f.querySelector('[name=category]').value = '水果';"
						+ "f.querySelector('[name=spec]').value = '1'; f.querySelector('[name=price]').value = '1.999';"
						+ "f.querySelector('[name=stock]').value = '1'; f.submit();");
		browser.await("#error-invalid");
		browser.open("/merchant");
		assertThat(browser.driver().findElements(By.cssSelector(".merchant-product"))).hasSize(before);
	}

	/** Waits for the page the form led to: the page that sent it shows the old figures until then. */
	private void awaitText(String css, String expected) {
		browser.until(Duration.ofSeconds(15), ExpectedConditions.textToBe(By.cssSelector(css), expected));
	}

	private void awaitStatus(String css, String expected) {
		browser.until(Duration.ofSeconds(15), ExpectedConditions.attributeToBe(By.cssSelector(css), "data-status", expected));
	}

	/** The id of the shop's product of that title, as the desk lists it. */
	private String productOf(String title) {
		for (WebElement product : browser.driver().findElements(By.cssSelector(".merchant-product"))) {
			if (product.findElement(By.cssSelector("a")).getText().equals(title)) {
				return product.getAttribute("data-product-id");
			}
		}
		throw new AssertionError("the desk lists no " + title + ": " + browser.driver().getPageSource());
	}

	@Test
	void aBuyerCannotOpenTheMerchantsDesk() {
		browser.signUp();
		browser.open("/merchant");
		assertThat(browser.await("#error-403 h1").getText()).isEqualTo("无权操作");
	}

	private String product(String title, long priceFen) {
		return Api.expect(api.post("/api/merchant/products", merchantToken, Map.of("title", title, "category", "生鲜",
				"description", title, "skus", java.util.List.of(Map.of("spec", "标准装", "priceFen", priceFen, "stock", 10)))),
				201).text("productId");
	}

	private void signIn(String name) {
		browser.signIn(name, "secret-" + name);
	}

}
