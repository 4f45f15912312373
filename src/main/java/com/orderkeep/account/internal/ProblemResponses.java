package com.orderkeep.account.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.web.servlet.LocaleResolver;

import com.orderkeep.shared.LocalizedText;
import com.orderkeep.shared.ProblemCode;
import com.orderkeep.shared.Problems;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

/**
 * Answers requests refused by the security filters (no token, a bad or expired token, a missing role) with the same
 * problem details as every other refusal.
 */
class ProblemResponses {

	private static final LocalizedText UNAUTHENTICATED = new LocalizedText("请先登录，或登录已过期",
			"Sign in first: the bearer token is missing, invalid or expired");
	private static final LocalizedText FORBIDDEN = new LocalizedText("无权执行此操作", "You may not do this");

	private final JsonMapper json;
	private final LocaleResolver locales;

	ProblemResponses(JsonMapper json, LocaleResolver locales) {
		this.json = json;
		this.locales = locales;
	}

	AuthenticationEntryPoint unauthenticated() {
		return (request, response, e) -> {
			response.setHeader("WWW-Authenticate", "Bearer");
			write(request, response, ProblemCode.UNAUTHENTICATED, UNAUTHENTICATED);
		};
	}

	AccessDeniedHandler forbidden() {
		return (request, response, e) -> write(request, response, ProblemCode.FORBIDDEN, FORBIDDEN);
	}

	private void write(HttpServletRequest request, HttpServletResponse response, ProblemCode code, LocalizedText text)
			throws IOException {
		ProblemDetail problem = Problems.of(code, text, locales.resolveLocale(request));
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("type", String.valueOf(problem.getType()));
		body.put("title", problem.getTitle());
		body.put("status", problem.getStatus());
		body.put("detail", problem.getDetail());
		body.put("code", code.name());
		response.setStatus(code.status());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		response.getWriter().write(json.writeValueAsString(body));
	}
}
