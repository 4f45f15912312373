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
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.orderkeep.support.Api;
import com.orderkeep.support.Browser;
import com.orderkeep.support.OrderkeepHttpTest;
import com.orderkeep.support.TestShop;

/**
 * The platform's desk in a real browser: the dashboard's figures and charts follow what the rules do.
 */
@OrderkeepHttpTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PlatformPagesTests {

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
	void theAdminPublishesARuleVersionAndTheDashboardCountsWhatItPays() {
		TestShop market = TestShop.open(api, "看板店", 39_900, 10);
		browser.signIn("admin", "admin-test-password");
		browser.open("/admin?lang=en");
		long countBefore = figure("#compensation-figures tr[data-rule=STOCK_OUT_CANCEL] .count");
		long refundsBefore = figure("#refunds .count");
		assertThat(browser.await("#chart-compensations[data-drawn=true]")).isNotNull();
		assertThat(browser.find("#orders-over-time h2").getText()).startsWith("Orders placed per day");

		browser.find("#publish-rule select[name=ruleCode] option[value=STOCK_OUT_CANCEL]").click();
		browser.find("#publish-rule input[name=percent]").sendKeys("20");
		browser.find("#publish-rule input[name=minFen]").sendKeys("500");
		browser.find("#publish-rule input[name=maxFen]").sendKeys("10000");
		submit("#publish-rule button");
		try {
			assertThat(browser.await("#rules tr[data-rule=STOCK_OUT_CANCEL]").getText()).contains("20").contains("¥100.00");

			market.merchantCancel(market.paidOrder(1), "PRICE_ADJUSTMENT");
			browser.awaitOnReload(() -> browser.has("#figures")
				&& figure("#compensation-figures tr[data-rule=STOCK_OUT_CANCEL] .count") == countBefore + 1);
			// the new version pays 20 % of ¥399, where the shipped one paid 10 %
			assertThat(market.order(firstOrder(market)).path("compensations").get(0).path("amountFen").asLong())
				.isEqualTo(7_980);
			assertThat(figure("#refunds .count")).isEqualTo(refundsBefore + 1);
			assertThat(browser.text("#compensation-figures tr[data-rule=STOCK_OUT_CANCEL] td:first-child"))
				.isEqualTo("Cancelled after payment");
			// the chart shows what the table shows
			assertThat(chartSeries("chart-compensations", 0))
				.contains(figure("#compensation-figures tr[data-rule=STOCK_OUT_CANCEL] .count"));
			List<Long> cancelledByDay = chartSeriesById("chart-orders-by-day", "CANCELLED");
			assertThat(cancelledByDay).hasSize(14);
			assertThat(cancelledByDay.get(13)).isPositive();
			assertThat(browser.driver().findElements(By.cssSelector("#chart-orders-by-day svg"))).isNotEmpty();
		}
		finally {
			// the rules are the run's shared data: the shipped version is in force again for whatever runs next
			Api.expect(api.post("/api/admin/compensation-rules", api.adminToken(), Map.of("ruleCode", "STOCK_OUT_CANCEL",
					"percent", 10, "minFen", 500, "maxFen", 10_000)), 201);
		}
	}

	@Test
	void aRuleVersionBelowItsFloorIsShownAsRefused() {
		browser.signIn("admin", "admin-test-password");
		browser.open("/admin");
		int versions = browser.driver().findElements(By.cssSelector("#rules tr[data-rule=COUNTERFEIT]")).size();
		browser.find("#publish-rule select[name=ruleCode] option[value=COUNTERFEIT]").click();
		browser.find("#publish-rule input[name=percent]").sendKeys("1");
		browser.find("#publish-rule input[name=minFen]").sendKeys("100");
		submit("#publish-rule button");
		assertThat(browser.await("#refusal").getText()).contains("不得低于下限");
		browser.open("/admin");
		assertThat(browser.driver().findElements(By.cssSelector("#rules tr[data-rule=COUNTERFEIT]"))).hasSize(versions);
	}

	@Test
	void theAdminOpensAShopCreatesAnAgentDisablesAndChangesRolesFromTheAccountsPage() {
		String suffix = UUID.randomUUID().toString().substring(0, 8);
		String buyer = "acct-buyer-" + suffix;
		String buyerToken = Api.expect(api.post("/api/auth/register", null,
				Map.of("username", buyer, "password", "secret-" + buyer)), 201).text("token");
		browser.signIn("admin", "admin-test-password");
		browser.open("/admin?lang=en");
		browser.find("#nav-accounts").click();
		assertThat(browser.await("h1").getText()).isEqualTo("Accounts");

		String merchant = "acct-shop-" + suffix;
		browser.find("#new-merchant input[name=username]").sendKeys(merchant);
		browser.find("#new-merchant input[name=password]").sendKeys("secret-" + merchant);
		browser.find("#new-merchant input[name=shopName]").sendKeys("账号页小店 " + suffix);
		browser.find("#new-merchant button").click();
		assertThat(browser.await("#account-done").getText()).contains(merchant);
		assertThat(browser.find(account(merchant)).getAttribute("data-role")).isEqualTo("MERCHANT");
		assertThat(browser.text(account(merchant) + " .role")).isEqualTo("Merchant");
		assertThat(browser.has(account(merchant) + " .role-form")).as("a merchant keeps its role").isFalse();
		String merchantToken = TestShop.signIn(api, merchant);
		Api.expect(api.get("/api/merchant/deposit", merchantToken), 200);

		String agent = "acct-agent-" + suffix;
		browser.find("#new-agent input[name=username]").sendKeys(agent);
		browser.find("#new-agent input[name=password]").sendKeys("secret-" + agent);
		browser.find("#new-agent button").click();
		assertThat(browser.await(account(agent)).getAttribute("data-role")).isEqualTo("AGENT");

		browser.find("#find-accounts input[name=q]").clear();
		browser.find("#find-accounts input[name=q]").sendKeys(merchant);
		browser.find("#find-accounts button").click();
		browser.await(account(merchant) + " .disable-form button");
		submit(account(merchant) + " .disable-form button");
		assertThat(browser.await(account(merchant)).getAttribute("data-enabled")).isEqualTo("false");
		assertThat(browser.text(account(merchant) + " .standing")).isEqualTo("Disabled");
		assertThat(api.get("/api/merchant/deposit", merchantToken).status()).isEqualTo(401);
		submit(account(merchant) + " .enable-form button");
		assertThat(browser.await(account(merchant)).getAttribute("data-enabled")).isEqualTo("true");
		Api.expect(api.get("/api/merchant/deposit", TestShop.signIn(api, merchant)), 200);

		browser.open("/admin/accounts?q=" + buyer + "&role=BUYER");
		browser.find(account(buyer) + " .role-form option[value=AGENT]").click();
		submit(account(buyer) + " .role-form button");
		assertThat(browser.await(account(buyer)).getAttribute("data-role")).isEqualTo("AGENT");
		assertThat(api.get("/api/orders", buyerToken).status()).as("a token issued before the change").isEqualTo(401);
	}

	@Test
	void anAccountFormThatDoesNotHoldSaysWhatIsWrongAndCreatesNothing() {
		browser.signIn("admin", "admin-test-password");
		browser.open("/admin/accounts?lang=en");
		((JavascriptExecutor) browser.driver()).executeScript(
				"const f = document.querySelector('#new-agent form'); f.noValidate = true;"
						+ "f.querySelector('[name=username]').value = 'a b'; f.querySelector('[name=password]').value = '123';"
						+ "f.submit();");
		assertThat(browser.await("#error-invalid h1").getText()).isEqualTo("Please check the form");
		assertThat(browser.text("#problems [data-field=username]")).contains("Username");
		assertThat(browser.text("#problems [data-field=password]")).contains("Password");
		browser.open("/admin/accounts?q=a%20b");
		assertThat(browser.has(".account")).isFalse();

		browser.open("/admin/accounts");
		((JavascriptExecutor) browser.driver()).executeScript(
				"const f = document.querySelector('.account .disable-form') || document.querySelector('.account .enable-form');"
						+ "f.action = f.action.replace(/accounts\\/[^/]+\\//, 'accounts/no-such-user/'); f.submit();");
		assertThat(browser.await("#error-404 h1").getText()).isEqualTo("Not found");
	}

	/** Sends the button's form and waits for the page it leads to, so that nothing is read off the page that sent it. */
	private void submit(String button) {
		WebElement sending = browser.find("html");
		browser.find(button).click();
		browser.until(Duration.ofSeconds(15), ExpectedConditions.stalenessOf(sending));
	}

	private static String account(String username) {
		return ".account[data-username='" + username + "']";
	}

	private String firstOrder(TestShop market) {
		return Api.expect(api.get("/api/orders", market.buyerToken()), 200).body().path("items").get(0).path("orderId")
			.asString();
	}

	private long figure(String css) {
		return browser.has(css) ? Long.parseLong(browser.text(css).trim()) : 0;
	}

	@SuppressWarnings("unchecked")
	private List<Long> chartSeries(String chart, int series) {
		return (List<Long>) ((JavascriptExecutor) browser.driver()).executeScript(
				"return echarts.getInstanceByDom(document.getElementById(arguments[0])).getOption().series[arguments[1]].data"
						+ ".map(function (v) { return Math.round(v); });", chart, series);
	}

	@SuppressWarnings("unchecked")
	private List<Long> chartSeriesById(String chart, String id) {
		return (List<Long>) ((JavascriptExecutor) browser.driver()).executeScript(
				"var id = arguments[1]; return echarts.getInstanceByDom(document.getElementById(arguments[0])).getOption()"
						+ ".series.filter(function (s) { return s.id === id; })[0].data;", chart, id);
	}

}
