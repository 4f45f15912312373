package com.orderkeep.shared.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Enumeration;

import org.jspecify.annotations.Nullable;
import org.springframework.web.filter.OncePerRequestFilter;

import com.orderkeep.shared.LocalizedText;
import com.orderkeep.shared.ProblemCode;
import com.orderkeep.shared.Problems;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Refuses, first of all, a request whose bytes no part of the service should have to read: a query string or form
 * body that does not decode (a stray {@code %}, truncated or overlong UTF-8, a parameter without a name), or a header
 * value with control characters. Read later, either would fail deep inside a handler; here it is a plain 400.
 */
class MalformedRequestFilter extends OncePerRequestFilter {

	private static final LocalizedText BAD_PARAMETERS = new LocalizedText("请求参数无法解析（编码错误或格式错误）",
			"The query string or form body cannot be decoded");
	private static final LocalizedText BAD_HEADER = new LocalizedText("请求头包含不允许的字符",
			"A request header holds characters that are not allowed");

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (!parametersDecode(request)) {
			refuse(request, response, BAD_PARAMETERS);
			return;
		}
		if (!headersClean(request)) {
			refuse(request, response, BAD_HEADER);
			return;
		}
		chain.doFilter(request, response);
	}

	/**
	 * Tomcat parses parameters once, on first use, and throws on undecodable ones; make that use happen here. That
	 * first use also fixes the charset of a form body, so it is set first: a form that does not say otherwise is
	 * UTF-8, as the pages send it (this filter runs before Spring's character encoding filter would).
	 */
	private static boolean parametersDecode(HttpServletRequest request) throws java.io.UnsupportedEncodingException {
		if (request.getCharacterEncoding() == null) {
			request.setCharacterEncoding(StandardCharsets.UTF_8.name());
		}
		try {
			request.getParameterMap();
			return true;
		}
		catch (IllegalStateException | IllegalArgumentException undecodable) {
			return false;
		}
	}

	/** The rule of Spring Security's firewall, applied to every header rather than to those someone reads. */
	private static boolean headersClean(HttpServletRequest request) {
		Enumeration<String> names = request.getHeaderNames();
		while (names.hasMoreElements()) {
			Enumeration<String> values = request.getHeaders(names.nextElement());
			while (values.hasMoreElements()) {
				if (!printable(values.nextElement())) {
					return false;
				}
			}
		}
		return true;
	}

	private static boolean printable(String value) {
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			if (c != '\t' && (Character.isISOControl(c) || !Character.isDefined(c))) {
				return false;
			}
		}
		return true;
	}

	private static void refuse(HttpServletRequest request, HttpServletResponse response, LocalizedText text)
			throws IOException {
		Problems.write(response, ProblemCode.VALIDATION_FAILED, text, Languages.of(firstLanguage(request)));
	}

	private static @Nullable String firstLanguage(HttpServletRequest request) {
		String header = request.getHeader("Accept-Language");
		return header != null && printable(header) ? header : null;
	}
}
