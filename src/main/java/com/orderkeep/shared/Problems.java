package com.orderkeep.shared;

import java.net.URI;
import java.util.Locale;

import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;

/**
 * Builds the problem details of the HTTP contract: {@code type, title, status, detail, code}.
 */
public final class Problems {

	/** Seconds a client should wait before retrying after a 503. */
	public static final String RETRY_AFTER_SECONDS = "2";

	private Problems() {
	}

	public static ProblemDetail of(ProblemCode code, LocalizedText text, Locale locale) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatusCode.valueOf(code.status()), text.in(locale));
		problem.setType(URI.create("https://orderkeep.dev/problems/" + code.name().toLowerCase(Locale.ROOT).replace('_', '-')));
		problem.setTitle(code.name());
		problem.setProperty("code", code.name());
		return problem;
	}
}
