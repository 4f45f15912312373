package com.orderkeep.account.internal;

import java.io.IOException;

import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.web.servlet.LocaleResolver;

import com.orderkeep.shared.LocalizedText;
import com.orderkeep.shared.ProblemCode;
import com.orderkeep.shared.Problems;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Answers requests refused by the security filters (no token, a bad or expired token, a missing role) with the same
 * problem details as every other refusal.
 */
class ProblemResponses {

	private static final LocalizedText UNAUTHENTICATED = new LocalizedText("请先登录，或登录已过期",
			"Sign in first: the bearer token is missing, invalid or expired");
	private static final LocalizedText FORBIDDEN = new LocalizedText("无权执行此操作", "You may not do this");

	private final LocaleResolver locales;

	ProblemResponses(LocaleResolver locales) {
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
		Problems.write(response, code, text, locales.resolveLocale(request));
	}
}
