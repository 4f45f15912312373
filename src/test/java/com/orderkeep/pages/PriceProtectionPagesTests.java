package com.orderkeep.pages;

import static org.assertj.core.api.Assertions.assertThat;

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
 * Price protection (价保) on the buyer's order page: the claim button appears where a claim would be granted, says
 * what it brings back, and goes once the difference is paid.
 */
@OrderkeepHttpTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PriceProtectionPagesTests {

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
	void aBuyerClaimsTheDifferenceOnceThePriceDropsAndTheButtonGoes() {
		TestShop market = TestShop.open(api, "价保小店", 10_000, 10);
		browser.signUp();
		String orderPath = browser.orderAndPay(market.productId);
		assertThat(browser.has("#claim")).as("no lower price yet: nothing to claim").isFalse();

		market.reprice(8_000);
		browser.open(orderPath);
		assertThat(browser.await("#claim").getText()).isEqualTo("申请价保，可退 ¥20.00");
		browser.find("#claim").click();

		assertThat(browser.await("#claim-decision").getAttribute("data-status")).isEqualTo("GRANTED");
		assertThat(browser.text("#claim-decision")).contains("价保成功").contains("¥20.00");
		assertThat(browser.text("#compensations [data-rule=PRICE_PROTECTION]")).contains("¥20.00");
		assertThat(browser.has("#claim")).as("the difference is paid").isFalse();

		browser.open(orderPath + "?lang=en");
		assertThat(browser.await("#compensations").getText()).contains("¥20.00");
		market.reprice(7_000);
		browser.open(orderPath);
		assertThat(browser.await("#claim").getText()).as("only the new difference").isEqualTo("Claim price protection: ¥10.00 back");
	}

	@Test
	void anOrderAwaitingPaymentOffersNoClaim() {
		TestShop market = TestShop.open(api, "价保小店", 10_000, 10);
		browser.signUp();
		browser.open("/products/" + market.productId);
		browser.find("#order-button").click();
		browser.await("#pay");
		market.reprice(8_000);
		browser.driver().navigate().refresh();
		assertThat(browser.await("#order-status").getText()).isEqualTo("待付款");
		assertThat(browser.has("#claim")).isFalse();
	}
}
