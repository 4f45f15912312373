package com.orderkeep.pages.web;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

import com.orderkeep.account.AccountManagement;
import com.orderkeep.account.AccountManagement.SignedIn;
import com.orderkeep.account.AccountRefused;

/**
 * Signs a page user in through the account module, as the API's token endpoint does (same limits on failures), and
 * keeps the token it issues in the session: a page request then has the same signed-in caller an API request has.
 */
@Component
class PageSignIn implements AuthenticationProvider {

	private final AccountManagement accounts;
	private final JwtDecoder tokens;

	PageSignIn(AccountManagement accounts, JwtDecoder tokens) {
		this.accounts = accounts;
		this.tokens = tokens;
	}

	@Override
	public Authentication authenticate(Authentication authentication) throws AuthenticationException {
		String address = authentication.getDetails() instanceof WebAuthenticationDetails details
				? details.getRemoteAddress() : "unknown";
		try {
			return signedIn(accounts.signIn(authentication.getName(), String.valueOf(authentication.getCredentials()),
					address));
		}
		catch (AccountRefused refused) {
			throw new BadCredentialsException(refused.getMessage(), refused);
		}
	}

	/** The session's authentication for a user the account module signed in. */
	Authentication signedIn(SignedIn user) {
		return new PageSession(tokens.decode(user.token()), user.role());
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}
}
