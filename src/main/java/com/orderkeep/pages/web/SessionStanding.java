package com.orderkeep.pages.web;

import java.io.IOException;

import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

/**
 * Checks a page session's token at every request, as the API checks a bearer token: once the token has expired, or
 * its account was disabled or given another role, the session is signed out.
 */
class SessionStanding extends OncePerRequestFilter {

	private final JwtDecoder tokens;
	private final SecurityContextHolderStrategy contexts;

	SessionStanding(JwtDecoder tokens, SecurityContextHolderStrategy contexts) {
		this.tokens = tokens;
		this.contexts = contexts;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (contexts.getContext().getAuthentication() instanceof PageSession session) {
			try {
				tokens.decode(session.getPrincipal().getTokenValue());
			}
			catch (JwtException notInStanding) {
				contexts.clearContext();
				HttpSession http = request.getSession(false);
				if (http != null) {
					http.invalidate();
				}
			}
		}
		chain.doFilter(request, response);
	}
}
