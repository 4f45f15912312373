package com.orderkeep.http;

import static com.orderkeep.http.HttpTestKit.assertProblem;
import static com.orderkeep.support.Api.expect;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.orderkeep.support.Api;
import com.orderkeep.support.OrderkeepHttpTest;

/**
 * A name that reads the same is the same name: upper case, full-width letters and extra spaces cannot make a second
 * {@code admin} or a second shop of the same name, and names cannot hide control or invisible characters.
 */
@OrderkeepHttpTest
class LookAlikeNamesTests {

	@LocalServerPort
	int port;

	@Autowired
	DataSource dataSource;

	private Api api;

	@BeforeEach
	void connect() {
		api = Api.onPort(port);
	}

	@Test
	void refusesUsernamesThatReadAsTheAdmin() {
		String admin = api.adminToken();
		for (String lookAlike : new String[] { "ADMIN", "Admin", "ａｄｍｉｎ", "ＡＤＭＩＮ" }) {
			assertProblem(api.post("/api/auth/register", null, Map.of("username", lookAlike, "password", "secret-1")), 409,
					"USERNAME_TAKEN");
			assertProblem(api.post("/api/admin/agents", admin, Map.of("username", lookAlike, "password", "secret-1")), 409,
					"USERNAME_TAKEN");
		}
	}

	@Test
	void findsAnAccountByAnyFormOfItsName() {
		String tag = UUID.randomUUID().toString().substring(0, 8);
		String name = "Pear" + tag;
		String userId = expect(api.post("/api/auth/register", null, Map.of("username", name, "password", "secret-1")), 201)
			.text("userId");
		String fullWidth = toFullWidth(name.toUpperCase(java.util.Locale.ROOT));
		for (String form : new String[] { name, name.toLowerCase(java.util.Locale.ROOT), fullWidth }) {
			assertProblem(api.post("/api/auth/register", null, Map.of("username", form, "password", "secret-2")), 409,
					"USERNAME_TAKEN");
			Api.Response signedIn = expect(api.post("/api/auth/token", null, Map.of("username", form, "password", "secret-1")), 200);
			assertThat(signedIn.text("userId")).isEqualTo(userId);
		}
	}

	@Test
	void refusesUsernamesWithControlOrInvisibleCharacters() {
		long users = HttpTestKit.rowCounts(dataSource).get("users");
		String tag = UUID.randomUUID().toString().substring(0, 8);
		for (String bad : new String[] { "bob\u202Eevil" + tag, "zero\u200Bwidth" + tag, "tab\tname" + tag,
				"nul\u0000name" + tag, "bom\uFEFFname" + tag, "\u2474\u2475\u2476" + tag, "\uFDFA\uFDFA\uFDFA" }) {
			assertProblem(api.post("/api/auth/register", null, Map.of("username", bad, "password", "secret-1")), 400,
					"VALIDATION_FAILED");
		}
		assertThat(HttpTestKit.rowCounts(dataSource).get("users")).isEqualTo(users);
	}

	@Test
	void refusesAShopNameThatReadsAsATakenOne() {
		String admin = api.adminToken();
		String tag = UUID.randomUUID().toString().substring(0, 8);
		expect(openShop(admin, "鲜果 铺 Fresh" + tag), 201);
		Map<String, Long> before = HttpTestKit.rowCounts(dataSource);
		for (String lookAlike : new String[] { "鲜果 铺 Fresh" + tag, "  鲜果   铺 FRESH" + tag + " ",
				"鲜果\u3000铺 ｆｒｅｓｈ" + toFullWidth(tag) }) {
			assertProblem(openShop(admin, lookAlike), 409, "SHOP_NAME_TAKEN");
		}
		assertThat(HttpTestKit.rowCounts(dataSource)).as("neither shop nor account written").isEqualTo(before);
		expect(openShop(admin, "鲜果铺 Fresh" + tag), 201);
	}

	private Api.Response openShop(String admin, String shopName) {
		String name = HttpTestKit.unique("shop");
		return api.post("/api/admin/merchants", admin, Map.of("username", name, "password", "secret-1", "shopName", shopName));
	}

	private static String toFullWidth(String text) {
		StringBuilder out = new StringBuilder();
		text.chars().forEach(c -> out.append(c > 0x20 && c < 0x7F ? (char) (c - 0x21 + 0xFF01) : (char) c));
		return out.toString();
	}
}
