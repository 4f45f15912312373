package com.orderkeep.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.orderkeep.support.Api;
import com.orderkeep.support.Browser;
import com.orderkeep.support.OrderkeepHttpTest;

/**
 * The pages in English, where every word on them comes from the English bundle or from the English half of a
 * bilingual text (so, with English product data, no Chinese character is left), and the error pages: a missing file
 * under the pages' paths and a template that fails are pages, never a stack trace, while the API's errors stay
 * problem details.
 */
@OrderkeepHttpTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EnglishAndErrorPagesTests {

	private static final Pattern HAN = Pattern.compile("\\p{IsHan}");

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
		Api.Merchant merchant = api.createMerchant("Orchard");
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
	void theOrderTheInboxAndTheMerchantsDeskSpeakEnglishThroughout() {
		String productId = product("Navel oranges", 2_990);
		browser.signUp();
		browser.open("/products/" + productId + "?lang=en");
		browser.find("#order-button").click();
		browser.await("#pay").click();
		assertThat(browser.await("#order-status").getText()).isEqualTo("Paid, to be shipped");
		assertThat(browser.text("#deadlines")).contains("Ships by");
		assertThat(browser.text("#timeline")).contains("Awaiting payment");
		assertEnglishOnly();
		String orderPath = browser.path();

		Api.expect(api.post("/api/merchant/products/" + productId + "/delist", merchantToken,
				Map.of("reasonCode", "OUT_OF_STOCK", "note", "sold out at the farm")), 200);
		assertThat(browser.await("#live-notices .notice").getText()).doesNotContainPattern(HAN);
		browser.open(orderPath);
		assertThat(browser.await("#affected").getText()).isNotBlank();
		assertEnglishOnly();

		browser.find("#nav-inbox").click();
		assertThat(browser.await("h1").getText()).isEqualTo("Notifications");
		assertThat(browser.text(".notification")).isNotBlank();
		assertEnglishOnly();

		browser.forget();
		browser.signIn(merchantName, "secret-" + merchantName);
		browser.open("/merchant?lang=en");
		assertThat(browser.await("#affected-orders").getText()).contains("Navel oranges").contains("Ships by");
		assertThat(browser.text("#shop-orders")).contains("Paid, to be shipped");
		assertEnglishOnly();
		browser.find("#nav-flash-sales").click();
		assertThat(browser.await("h1").getText()).isEqualTo("Flash sales");
		assertEnglishOnly();
		browser.find("#nav-inbox").click();
		assertThat(browser.await("h1").getText()).isEqualTo("Notifications");
		assertEnglishOnly();
	}

	@Test
	void thePlatformsDeskSpeaksEnglishThroughout() {
		browser.signIn("admin", "admin-test-password");
		browser.open("/admin?lang=en");
		assertThat(browser.await("#rules").getText()).contains("Late shipment");
		assertEnglishOnly();
	}

	@Test
	void aMissingFileUnderThePagesIsTheNotFoundPage() throws Exception {
		browser.open("/css/no-such-sheet.css?lang=en");
		assertThat(browser.await("#error-404 h1").getText()).isEqualTo("Not found");
		browser.open("/js/no-such-script.js");
		assertThat(browser.await("#error-404 h1").getText()).isEqualTo("Not found");

		HttpResponse<String> file = get("/webjars/no-such-library/x.js", Map.of());
		assertThat(file.statusCode()).isEqualTo(404);
		assertThat(file.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
		assertThat(file.body()).contains("error-404").doesNotContain("Exception");

		HttpResponse<String> api = get("/api/no-such-endpoint", Map.of("Authorization", "Bearer " + this.api.adminToken()));
		assertThat(api.statusCode()).isEqualTo(404);
		assertThat(api.headers().firstValue("Content-Type")).hasValue("application/problem+json");
	}

	@Test
	void aTemplateThatFailsIsTheErrorPageWithNothingOfTheFailedPage() throws Exception {
		browser.signUp();
		browser.open("/notifications/broken-template-for-tests?lang=en");
		assertThat(browser.await("#error-error h1").getText()).isEqualTo("Something went wrong");
		assertThat(browser.has("#nav-logout")).as("the page keeps its header").isTrue();
		String source = browser.driver().getPageSource();
		assertThat(source).doesNotContain("must never reach").doesNotContain("Exception").doesNotContain("at org.");

		String cookie = browser.driver().manage().getCookieNamed("JSESSIONID").getValue();
		HttpResponse<String> page = get("/notifications/broken-template-for-tests", Map.of("Cookie", "JSESSIONID=" + cookie));
		assertThat(page.statusCode()).isEqualTo(500);
		assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
		assertThat(page.body()).contains("error-error").doesNotContain("must never reach");
	}

	/** Every text on the page, the language switch (which names the other language in it) left out. */
	private void assertEnglishOnly() {
		String text = (String) ((JavascriptExecutor) browser.driver()).executeScript(
				"var body = document.body.cloneNode(true); var other = body.querySelector('#lang-switch');"
						+ "if (other) { other.remove(); } return body.textContent;");
		assertThat(text).as("the words of %s", browser.path()).doesNotContainPattern(HAN);
	}

	private HttpResponse<String> get(String path, Map<String, String> headers) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(browser.base() + path)).GET();
		headers.forEach(request::header);
		return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private String product(String title, long priceFen) {
		return Api.expect(api.post("/api/merchant/products", merchantToken, Map.of("title", title + " " + UUID.randomUUID()
			.toString().substring(0, 6), "category", "fruit", "description", title, "skus",
				List.of(Map.of("spec", "5 kg", "priceFen", priceFen, "stock", 10)))), 201).text("productId");
	}
}
