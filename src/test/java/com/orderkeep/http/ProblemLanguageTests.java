package com.orderkeep.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.orderkeep.support.Api;
import com.orderkeep.support.OrderkeepHttpTest;

import tools.jackson.databind.JsonNode;

/**
 * Problems speak one language at a time: Chinese unless the caller asks for English, the same Chinese for a language
 * orderkeep does not speak as for none, whichever layer refused the request; Chinese text holds no English nouns;
 * and the field errors of one request come in the same order every time.
 */
@OrderkeepHttpTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProblemLanguageTests {

	/** A request refused at each layer: a handler, the security chain, the argument validation, the container. */
	private static final List<Request> REFUSED = List.of(
			new Request("GET", "/api/orders/nope", "{buyer}", null),
			new Request("GET", "/api/products/nope", null, null),
			new Request("GET", "/api/orders", null, null),
			new Request("POST", "/api/merchant/products", "{buyer}", "{}"),
			new Request("POST", "/api/auth/register", null, "{\"username\":\"x\",\"password\":\"\"}"),
			new Request("GET", "/api/products?=x", null, null),
			new Request("GET", "/api/no-such-thing", "{buyer}", null));

	record Request(String method, String path, @Nullable String who, @Nullable String body) {
	}

	@LocalServerPort
	int port;

	private String buyer;

	@BeforeAll
	void signUp() {
		buyer = Api.onPort(port).registerBuyer().text("token");
	}

	@Test
	void answersALanguageItDoesNotSpeakInChineseAsItAnswersNone() {
		for (Request request : REFUSED) {
			JsonNode none = send(request, null);
			for (String language : List.of("fr", "de-DE", "fr-CA;q=0.9, ja;q=0.8", "*", "x-klingon", "zh-TW")) {
				JsonNode unspoken = send(request, language);
				assertThat(unspoken.path("detail").asString()).as("%s in %s", request, language)
					.isEqualTo(none.path("detail").asString());
			}
			assertThat(none.path("detail").asString()).as("%s", request).containsPattern("\\p{IsHan}");
		}
	}

	@Test
	void answersEnglishWhenAskedFirstAndChineseWhenChineseComesFirst() {
		for (Request request : REFUSED) {
			assertThat(send(request, "en-US,zh;q=0.5").path("detail").asString()).as("%s", request)
				.doesNotContainPattern("\\p{IsHan}");
			assertThat(send(request, "zh-CN,en;q=0.5").path("detail").asString()).as("%s", request)
				.isEqualTo(send(request, null).path("detail").asString());
		}
	}

	@Test
	void keepsEnglishNounsOutOfChineseText() {
		String unknown = "nope";
		for (Request request : REFUSED) {
			String detail = send(request, "zh-CN").path("detail").asString().replace(unknown, "");
			assertThat(detail).as("%s", request).doesNotContainPattern("[A-Za-z]{3,}");
		}
	}

	@Test
	void listsFieldErrorsInTheSameOrderEveryTime() {
		Request manyErrors = new Request("POST", "/api/merchant/products", "{merchant}",
				"{\"title\":\"\",\"category\":\"\",\"description\":\"" + "d".repeat(5000)
						+ "\",\"skus\":[{\"spec\":\"\",\"priceFen\":0,\"stock\":-1},{\"spec\":\"\",\"priceFen\":-5,\"stock\":-2}]}");
		Api.Merchant merchant = Api.onPort(port).createMerchant(HttpTestKit.unique("错误顺序"));
		List<String> first = null;
		for (int i = 0; i < 10; i++) {
			JsonNode problem = send(manyErrors, "en", Map.of("{merchant}", merchant.token()));
			List<String> errors = new ArrayList<>();
			problem.path("errors").forEach(e -> errors.add(e.path("field").asString() + ": " + e.path("message").asString()));
			assertThat(errors).hasSizeGreaterThan(5);
			if (first == null) {
				first = errors;
				assertThat(errors).isSortedAccordingTo(String::compareTo);
			}
			assertThat(errors).isEqualTo(first);
		}
	}

	private JsonNode send(Request request, @Nullable String language) {
		return send(request, language, Map.of());
	}

	private JsonNode send(Request request, @Nullable String language, Map<String, String> tokens) {
		Map<String, String> headers = new HashMap<>();
		if (language != null) {
			headers.put("Accept-Language", language);
		}
		if (request.body() != null) {
			headers.put("Content-Type", "application/json");
		}
		if (request.who() != null) {
			headers.put("Authorization", "Bearer " + tokens.getOrDefault(request.who(), buyer));
		}
		Api.Response response = HttpTestKit.raw(port, request.method(), request.path(), request.body(), headers);
		assertThat(response.status()).as("%s: %s", request, response.raw()).isBetween(400, 499);
		assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
		return response.body();
	}
}
