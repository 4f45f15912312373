package com.orderkeep.account.internal;

import java.io.IOException;

import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
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
class ProblemResponses implements AuthenticationEntryPoint, AuthenticationFailureHandler, AccessDeniedHandler {

	private static final LocalizedText UNAUTHENTICATED = new LocalizedText("请先登录，或登录已过期",
			"Sign in first: the bearer token is missing, invalid or expired");
	private static final LocalizedText FORBIDDEN = new LocalizedText("无权执行此操作", "You may not do this");

	/** The message of a token that could not be checked because the database was out of reach. */
	static final String STANDING_UNKNOWN = "The account behind the token could not be checked";

	private static final LocalizedText UNAVAILABLE = new LocalizedText("服务暂时不可用，请稍后重试；您的请求未被执行",
			"The service is briefly unavailable; nothing was done, please retry");

	private final LocaleResolver locales;

	ProblemResponses(LocaleResolver locales) {
		this.locales = locales;
	}

	/** No token, or a bad or expired one. */
	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
			throws IOException {
		response.setHeader("WWW-Authenticate", "Bearer");
		write(request, response, ProblemCode.UNAUTHENTICATED, UNAUTHENTICATED);
	}

	/**
	 * A token the database could not check is not a bad token: the request is answered 503 like any other that
	 * needs the database while it is out of reach, and the client retries with the same token.
	 */
	@Override
	public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException e) throws IOException {
		if (e instanceof AuthenticationServiceException && e.getCause() instanceof JwtException jwt
				&& jwt.getCause() instanceof DataAccessException) {
			response.setHeader(HttpHeaders.RETRY_AFTER, Problems.RETRY_AFTER_SECONDS);
			write(request, response, ProblemCode.UNAVAILABLE, UNAVAILABLE);
		}
		else {
			commence(request, response, e);
		}
	}

	/** A valid token without the role the endpoint wants. */
	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
			throws IOException {
		write(request, response, ProblemCode.FORBIDDEN, FORBIDDEN);
	}

	private void write(HttpServletRequest request, HttpServletResponse response, ProblemCode code, LocalizedText text)
			throws IOException {
		Problems.write(response, code, text, locales.resolveLocale(request));
	}
}
