package com.orderkeep.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.orderkeep.support.Api;
import com.orderkeep.support.Browser;
import com.orderkeep.support.OrderkeepHttpTest;

/**
 * Two buyers in two browsers form a group: one starts it from the product's page and pays, shares its link, the
 * other opens the link, joins and pays, and both see the group complete and their orders awaiting shipment, the
 * first without reloading; the merchant sees the group and its members' orders.
 */
@OrderkeepHttpTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GroupPagesTests {

	@LocalServerPort
	int port;

	private Browser leader;
	private Browser friend;
	private Api api;

	@BeforeAll
	void start() {
		leader = Browser.on(port);
		friend = Browser.on(port);
		api = Api.onPort(port);
	}

	@AfterAll
	void stop() {
		try {
			leader.close();
		}
		finally {
			friend.close();
		}
	}

	@Test
	void twoBuyersFormAGroupAndBothSeeItComplete() {
		Api.Merchant merchant = api.createMerchant("拼团果园");
		String merchantName = merchant.username();
		String merchantToken = merchant.token();
		String productId = Api.expect(api.post("/api/merchant/products", merchantToken, Map.of("title", "阳山水蜜桃",
				"category", "水果", "description", "拼团更便宜", "skus", List.of(Map.of("spec", "5斤装", "priceFen", 5990,
						"stock", 20, "groupSize", 2, "groupPriceFen", 3990)))), 201).text("productId");

		long formedBefore = groupsFormedOnTheDashboard();
		leader.signUp();
		leader.open("/products/" + productId);
		assertThat(leader.text("#groups")).contains("¥39.90", "2 人团");
		leader.find(".start-group").click();
		assertThat(leader.await("#order-status").getText()).isEqualTo("待付款");
		assertThat(leader.text("#order-total")).isEqualTo("¥39.90");
		leader.find("#pay").click();
		assertThat(leader.await("#order-status").getText()).isEqualTo("待分享");
		assertThat(leader.text("#group-status")).isEqualTo("拼团中");
		String shareLink = leader.find("#share-link").getAttribute("href");

		friend.signUp();
		friend.driver().get(shareLink);
		assertThat(friend.await("#group-members").getText()).contains("*", "已付款");
		assertThat(friend.text("#group-paid")).isEqualTo("1");
		friend.find("#join-button").click();
		assertThat(friend.await("#order-status").getText()).isEqualTo("待付款");
		friend.find("#pay").click();

		String status = friend.until(Duration.ofSeconds(15), driver -> friend.find("#order-status").getText());
		assertThat(status).isIn("待分享", "待发货");
		friend.until(Duration.ofSeconds(30), driver -> "待发货".equals(friend.find("#order-status").getText()));
		assertThat(friend.text("#group-status")).isEqualTo("已成团");
		leader.until(Duration.ofSeconds(30), driver -> "待发货".equals(leader.find("#order-status").getText()));
		assertThat(leader.text("#group-status")).isEqualTo("已成团");
		assertThat(leader.text("#deadlines")).contains("最晚发货");

		friend.driver().get(shareLink);
		assertThat(friend.await("#group-status").getText()).isEqualTo("已成团");
		assertThat(friend.text("#group-paid")).isEqualTo("2");

		leader.forget();
		leader.signIn(merchantName, "secret-" + merchantName);
		leader.open("/merchant/groups");
		assertThat(leader.await(".merchant-group").getAttribute("data-status")).isEqualTo("COMPLETE");
		assertThat(leader.driver().findElements(org.openqa.selenium.By.cssSelector(".merchant-group li"))).hasSize(2);
		assertThat(groupsFormedOnTheDashboard()).isGreaterThan(formedBefore);
	}

	private long groupsFormedOnTheDashboard() {
		try (Browser admin = Browser.on(port)) {
			admin.signIn("admin", "admin-test-password");
			admin.open("/admin");
			return Long.parseLong(admin.await("#groups-formed").getText());
		}
	}
}
