package com.orderkeep.shared;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

/**
 * Builds the problem details of the HTTP contract: {@code type, title, status, detail, code}.
 */
public final class Problems {

	/** Seconds a client should wait before retrying after a 503. */
	public static final String RETRY_AFTER_SECONDS = "2";

	private static final JsonMapper json = JsonMapper.builder().build();

	private Problems() {
	}

	public static ProblemDetail of(ProblemCode code, LocalizedText text, Locale locale) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatusCode.valueOf(code.status()), text.in(locale));
		problem.setType(type(code));
		problem.setTitle(code.name());
		problem.setProperty("code", code.name());
		return problem;
	}

	/**
	 * The answer to a refusal in Spring MVC, in the request's language, with {@code Retry-After} when the client may
	 * retry (always for a 503).
	 */
	public static ResponseEntity<ProblemDetail> response(ProblemCode code, LocalizedText text, @Nullable Duration retryAfter) {
		HttpHeaders headers = new HttpHeaders();
		if (retryAfter != null) {
			headers.set(HttpHeaders.RETRY_AFTER, Long.toString(Math.max(1, (retryAfter.toMillis() + 999) / 1000)));
		}
		else if (code == ProblemCode.UNAVAILABLE) {
			headers.set(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
		}
		headers.setContentType(MediaType.APPLICATION_PROBLEM_JSON);
		return ResponseEntity.status(code.status()).headers(headers).body(of(code, text, LocaleContextHolder.getLocale()));
	}

	/** The problem as JSON text, for answers written outside Spring MVC. */
	public static String json(ProblemCode code, LocalizedText text, Locale locale) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("type", type(code).toString());
		body.put("title", code.name());
		body.put("status", code.status());
		body.put("detail", text.in(locale));
		body.put("code", code.name());
		return json.writeValueAsString(body);
	}

	/**
	 * Answers with the problem straight on the servlet response, for refusals made before Spring MVC sees the
	 * request (filters, the security firewall).
	 */
	public static void write(HttpServletResponse response, ProblemCode code, LocalizedText text, Locale locale)
			throws IOException {
		response.resetBuffer();
		response.setStatus(code.status());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		response.getWriter().write(json(code, text, locale));
		response.flushBuffer();
	}

	private static URI type(ProblemCode code) {
		return URI.create("https://orderkeep.dev/problems/" + code.name().toLowerCase(Locale.ROOT).replace('_', '-'));
	}
}
