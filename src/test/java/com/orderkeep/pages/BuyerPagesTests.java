package com.orderkeep.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.interactions.Actions;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.orderkeep.support.Api;
import com.orderkeep.support.Browser;
import com.orderkeep.support.OrderkeepHttpTest;

/**
 * A buyer in a real browser: signing up, ordering, paying, the tabs of "my orders", the language, and what the pages
 * refuse (another buyer's order, a form posted without its CSRF token).
 */
@OrderkeepHttpTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BuyerPagesTests {

	@LocalServerPort
	int port;

	private Browser browser;
	private Api api;
	private Api.Merchant merchant;

	@BeforeAll
	void start() {
		browser = Browser.on(port);
		api = Api.onPort(port);
		merchant = api.createMerchant("页面果园");
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
	void buyerSignsUpOrdersPaysAndSeesTheOrderAwaitingShipment() {
		String productId = product("赣南脐橙", 2990, 20);
		browser.signUp();

		browser.open("/");
		browser.find("input[name=q]").sendKeys("赣南脐橙");
		browser.find("form.search button").click();
		browser.await("a[href='/products/" + productId + "']").click();
		assertThat(browser.text("#product-title")).isEqualTo("赣南脐橙");
		assertThat(browser.text("#product-status")).isEqualTo("在售");
		assertThat(browser.text("#price-history")).contains("¥29.90");

		browser.find("input[name=quantity]").clear();
		browser.find("input[name=quantity]").sendKeys("2");
		browser.find("#order-button").click();
		assertThat(browser.await("#order-status").getText()).isEqualTo("待付款");
		assertThat(browser.text("#order-total")).isEqualTo("¥59.80");
		assertThat(browser.text("#deadlines")).contains("付款截止");

		browser.find("#pay").click();
		assertThat(browser.await("#order-status").getText()).isEqualTo("待发货");
		assertThat(browser.text("#paid")).isEqualTo("¥59.80");
		assertThat(browser.text("#deadlines")).contains("最晚发货");

		browser.find("#nav-orders").click();
		assertThat(browser.await(".tab[data-status=TO_SHIP] .count").getText()).isEqualTo("1");
		assertThat(browser.text(".tab[data-status=ALL] .count")).isEqualTo("1");
		assertThat(browser.text(".tab[data-status=PENDING_PAYMENT] .count")).isEqualTo("0");
		assertThat(browser.text(".tab[data-status=ALL]")).contains("全部");
		browser.find(".tab[data-status=TO_SHIP]").click();
		assertThat(browser.await(".order-card .status").getText()).isEqualTo("待发货");
		assertThat(browser.text(".order-card")).contains("赣南脐橙");
	}

	@Test
	void aDoubleClickedOrderButtonPlacesOneOrder() {
		String productId = product("烟台苹果", 1590, 50);
		browser.signUp();
		browser.open("/products/" + productId);

		new Actions(browser.driver()).doubleClick(browser.find("#order-button")).perform();

		assertThat(browser.await("#order-status").getText()).isEqualTo("待付款");
		browser.open("/orders");
		assertThat(browser.await(".tab[data-status=ALL] .count").getText()).isEqualTo("1");
		assertThat(browser.driver().findElements(org.openqa.selenium.By.cssSelector(".order-card"))).hasSize(1);
	}

	@Test
	void theLanguageChosenIsRememberedFromPageToPage() {
		browser.open("/");
		assertThat(browser.text("#nav-login")).isEqualTo("登录");

		browser.find("#lang-switch").click();
		assertThat(browser.await("#nav-login").getText()).isEqualTo("Sign in");
		browser.open("/signup");
		assertThat(browser.text("h1")).isEqualTo("Sign up");
		browser.signUpHere();
		String productId = product("Dalian cherries", 9900, 5);
		browser.open("/products/" + productId);
		assertThat(browser.text("#product-status")).isEqualTo("On sale");
		browser.find("#order-button").click();
		assertThat(browser.await("#order-status").getText()).isEqualTo("Awaiting payment");
		assertThat(browser.text("#timeline")).contains("Timeline");

		browser.open("/orders?lang=zh");
		assertThat(browser.await("h1").getText()).isEqualTo("我的订单");
		browser.open("/");
		assertThat(browser.text("#nav-orders")).isEqualTo("我的订单");
	}

	@Test
	void anotherBuyersOrderIsNotFound() {
		String productId = product("五常大米", 6990, 10);
		String skuId = api.get("/api/products/" + productId, null).body().path("skus").get(0).path("skuId").asString();
		String someoneElse = api.registerBuyer().text("token");
		String theirOrder = Api.expect(api.placeOrder(someoneElse, skuId, 1, UUID.randomUUID().toString()), 201)
			.text("orderId");
		browser.signUp();

		browser.open("/orders/" + theirOrder);

		assertThat(browser.await("#error-404 h1").getText()).isEqualTo("页面不存在");
		assertThat(browser.has("#order-status")).isFalse();
		browser.open("/orders/no-such-order");
		assertThat(browser.await("#error-404 h1").getText()).isEqualTo("页面不存在");
	}

	@Test
	void aFormPostedWithoutItsCsrfTokenIsRefused() {
		String productId = product("库尔勒香梨", 3990, 10);
		browser.signUp();
		browser.open("/products/" + productId);
		browser.find("#order-button").click();
		browser.await("#order-status");
		String orderPath = browser.path();

		((JavascriptExecutor) browser.driver()).executeScript("""
				const form = document.createElement('form');
				form.method = 'post';
				form.action = arguments[0] + '/pay';
				document.body.appendChild(form);
				form.submit();
				""", orderPath);

		assertThat(browser.await("#error-403 h1").getText()).isEqualTo("无权操作");
		browser.open(orderPath);
		assertThat(browser.await("#order-status").getText()).isEqualTo("待付款");
		assertThat(browser.text("#payment-status")).isEqualTo("未支付");
	}

	@Test
	void aDisabledAccountIsSignedOutOfThePages() {
		String name = browser.signUp();
		browser.open("/orders");
		assertThat(browser.await("h1").getText()).isEqualTo("我的订单");
		String userId = Api.expect(api.post("/api/auth/token", null, Map.of("username", name, "password", "secret-" + name)),
				200).text("userId");

		Api.expect(api.post("/api/admin/users/" + userId + "/disable", api.adminToken(), null), 200);

		browser.open("/orders");
		assertThat(browser.await("#login-form").isDisplayed()).isTrue();
		assertThat(browser.has("#nav-logout")).isFalse();
	}

	/** A listed product of the test's shop; its id. */
	private String product(String title, long priceFen, int stock) {
		return api.createProduct(merchant, title, priceFen, stock).text("productId");
	}
}
