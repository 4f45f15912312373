package com.orderkeep.pages.web;

import java.util.List;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;

import com.orderkeep.shared.Role;

/**
 * A page user's sign-in, kept in the session: the verified token the account module issued, as an API request's
 * would be. (Spring Security's own bearer-token authentication is never kept in a session.)
 */
final class PageSession extends AbstractAuthenticationToken {

	private final Jwt token;

	PageSession(Jwt token, Role role) {
		super(List.of(new SimpleGrantedAuthority("ROLE_" + role.name())));
		this.token = token;
		setAuthenticated(true);
	}

	@Override
	public Jwt getPrincipal() {
		return token;
	}

	@Override
	public String getName() {
		return String.valueOf(token.getClaimAsString("username"));
	}

	@Override
	public Object getCredentials() {
		return "";
	}
}
