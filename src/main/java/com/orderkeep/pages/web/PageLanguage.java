package com.orderkeep.pages.web;

import java.io.IOException;
import java.time.Duration;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A page's language: the one {@code ?lang=zh|en} chose, remembered in a cookie, else Chinese. The page request is
 * then handled as one whose {@code Accept-Language} asks for that language, so the pages' texts, the modules'
 * bilingual texts and the validator's speak the one language. The API's requests are left alone: they follow their
 * own {@code Accept-Language}.
 */
@Component
class PageLanguage extends OncePerRequestFilter {

	static final String COOKIE = "orderkeep-lang";

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return path.startsWith("/api/") || path.startsWith("/actuator") || path.startsWith("/v3/")
				|| path.startsWith("/swagger-ui") || path.equals("/error");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String chosen = language(request.getParameter("lang"));
		if (chosen != null) {
			response.addHeader(HttpHeaders.SET_COOKIE, ResponseCookie.from(COOKIE, chosen).path("/")
				.maxAge(Duration.ofDays(365)).sameSite("Lax").httpOnly(true).build().toString());
		}
		else {
			chosen = remembered(request);
		}
		chain.doFilter(new InLanguage(request, chosen == null ? "zh" : chosen), response);
	}

	private static @Nullable String remembered(HttpServletRequest request) {
		Cookie[] cookies = request.getCookies();
		if (cookies != null) {
			for (Cookie cookie : cookies) {
				if (COOKIE.equals(cookie.getName())) {
					return language(cookie.getValue());
				}
			}
		}
		return null;
	}

	private static @Nullable String language(@Nullable String value) {
		return "en".equals(value) || "zh".equals(value) ? value : null;
	}

	private static final class InLanguage extends HttpServletRequestWrapper {

		private final String header;
		private final Locale locale;

		InLanguage(HttpServletRequest request, String language) {
			super(request);
			this.header = language.equals("en") ? "en" : "zh-CN";
			this.locale = language.equals("en") ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
		}

		@Override
		public @Nullable String getHeader(String name) {
			return HttpHeaders.ACCEPT_LANGUAGE.equalsIgnoreCase(name) ? header : super.getHeader(name);
		}

		@Override
		public Enumeration<String> getHeaders(String name) {
			return HttpHeaders.ACCEPT_LANGUAGE.equalsIgnoreCase(name) ? Collections.enumeration(java.util.List.of(header))
					: super.getHeaders(name);
		}

		@Override
		public Locale getLocale() {
			return locale;
		}

		@Override
		public Enumeration<Locale> getLocales() {
			return Collections.enumeration(java.util.List.of(locale));
		}
	}
}
