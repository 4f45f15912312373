package com.orderkeep.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.orderkeep.support.Api;
import com.orderkeep.support.Browser;
import com.orderkeep.support.OrderkeepHttpTest;

import tools.jackson.databind.JsonNode;

/**
 * The notification inbox in a real browser: the header's unread badge and an open order page follow the inbox live,
 * the inbox page lists the reader's notifications only and marks them read, and the page stream needs a session.
 */
@OrderkeepHttpTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InboxPagesTests {

	@LocalServerPort
	int port;

	private Browser browser;
	private Api api;
	private Api.Merchant merchant;

	@BeforeAll
	void start() {
		browser = Browser.on(port);
		api = Api.onPort(port);
		merchant = api.createMerchant("消息果园");
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
	void theBuyersOpenOrderPageShowsTheDelistingNoticeWithoutAReload() {
		String productId = product("丹东草莓");
		browser.signUp();
		String orderPath = browser.orderAndPay(productId);
		browser.await("#nav-inbox[data-live=open]");
		assertThat(browser.text("#unread-badge")).isEqualTo("0");
		js("window.sameDocument = true;");

		delist(productId, "产地连日降雨");

		browser.until(Duration.ofSeconds(20), ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#live-notices .live-notice")));
		assertThat(browser.text("#live-notices .live-notice")).contains("商品已下架，您的订单仍然有效")
			.contains("产地连日降雨");
		assertThat(browser.find("#live-notices .live-notice").getAttribute("data-type")).isEqualTo("PRODUCT_DELISTED");
		browser.until(Duration.ofSeconds(10), ExpectedConditions.textToBe(By.cssSelector("#unread-badge"), "1"));
		assertThat(browser.path()).isEqualTo(orderPath);
		assertThat(js("return window.sameDocument === true;")).isEqualTo(true);
	}

	@Test
	void theInboxListsOnlyTheReadersNotificationsAndMarkingThemReadLowersTheBadge() {
		String productId = product("烟台大樱桃");
		String skuId = api.get("/api/products/" + productId, null).body().path("skus").get(0).path("skuId").asString();
		String otherToken = api.registerBuyer().text("token");
		String otherOrder = Api.expect(api.placeOrder(otherToken, skuId, 1, UUID.randomUUID().toString()), 201)
			.text("orderId");
		browser.signUp();
		String paid = browser.orderAndPay(productId).substring("/orders/".length());
		browser.open("/products/" + productId);
		browser.find("#order-button").click();
		browser.await("#order-status");
		String unpaid = browser.path().substring("/orders/".length());

		delist(productId, "");
		String othersNotification = othersNotificationId(otherToken);

		browser.open("/notifications");
		browser.awaitOnReload(() -> browser.driver().findElements(By.cssSelector(".notification")).size() == 2);
		String delisted = ".notification[data-order-id='" + paid + "'][data-type=PRODUCT_DELISTED]";
		String cancelled = ".notification[data-order-id='" + unpaid + "'][data-type=ORDER_CANCELLED]";
		assertThat(browser.text(delisted)).contains("商品已下架，您的订单仍然有效").contains("未读");
		assertThat(browser.find(delisted + " .order-link").getAttribute("href")).endsWith("/orders/" + paid);
		assertThat(browser.text(cancelled)).contains("您的订单已取消");
		assertThat(browser.has(".notification[data-id='" + othersNotification + "']")).isFalse();
		assertThat(browser.has(".notification[data-order-id='" + otherOrder + "']")).isFalse();
		assertThat(browser.text("#inbox-counts")).isEqualTo("共 2 条，2 条未读");
		assertThat(browser.text("#unread-badge")).isEqualTo("2");

		browser.find(delisted + " .mark-read button").click();
		assertThat(browser.await(delisted).getAttribute("data-read")).isEqualTo("true");
		assertThat(browser.text("#unread-badge")).isEqualTo("1");
		assertThat(browser.has(delisted + " .mark-read")).isFalse();

		// someone else's notification cannot be marked from this session, even with a valid form
		js("""
				const form = document.querySelector('#mark-all-read');
				const id = form.querySelector('input[name=id]');
				id.value = arguments[0];
				form.submit();
				""", othersNotification);
		assertThat(browser.await("#error-404 h1").getText()).isEqualTo("页面不存在");
		assertThat(othersInbox(otherToken).path("unread").asLong()).isEqualTo(1);

		browser.open("/notifications");
		browser.await("#mark-all-read button").click();
		assertThat(browser.await("#unread-badge").getText()).isEqualTo("0");
		assertThat(browser.has(".notification.unread")).isFalse();
		assertThat(browser.text("#inbox-counts")).isEqualTo("共 2 条，0 条未读");
	}

	@Test
	void thePageStreamWithoutASessionIsRefused() throws Exception {
		HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder()
			.uri(URI.create(browser.base() + "/notifications/stream"))
			.header("Accept", "text/event-stream")
			.timeout(Duration.ofSeconds(10))
			.build(), HttpResponse.BodyHandlers.ofString());

		assertThat(response.statusCode()).isEqualTo(401);
		assertThat(response.headers().firstValue("Content-Type").orElse("")).doesNotContain("text/event-stream");

		// a new user's inbox page is empty, with a badge of nought
		browser.signUp();
		browser.open("/notifications");
		assertThat(browser.await("#inbox h1").getText()).isEqualTo("消息");
		assertThat(browser.text("#unread-badge")).isEqualTo("0");
		assertThat(browser.text("#inbox .empty")).isEqualTo("还没有消息");
	}

	private String product(String title) {
		return api.createProduct(merchant, title, 3990, 20).text("productId");
	}

	private void delist(String productId, String note) {
		Api.expect(api.post("/api/merchant/products/" + productId + "/delist", merchant.token(),
				Map.of("reasonCode", "OUT_OF_STOCK", "note", note)), 200);
	}

	private JsonNode othersInbox(String token) {
		return Api.expect(api.get("/api/me/notifications", token), 200).body();
	}

	/** The other buyer's first notification, once the delisting has reached it. */
	private String othersNotificationId(String token) {
		Instant giveUp = Instant.now().plusSeconds(30);
		while (othersInbox(token).path("items").isEmpty()) {
			if (Instant.now().isAfter(giveUp)) {
				throw new AssertionError("The other buyer was told nothing in 30 s");
			}
			pause();
		}
		return othersInbox(token).path("items").get(0).path("id").asString();
	}

	private Object js(String script, Object... arguments) {
		return ((JavascriptExecutor) browser.driver()).executeScript(script, arguments);
	}


	private static void pause() {
		try {
			Thread.sleep(500);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}
}
