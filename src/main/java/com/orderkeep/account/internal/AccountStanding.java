package com.orderkeep.account.internal;

import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * Refuses a token whose account was deleted, disabled, given another role or another password since the token was
 * issued: each of those raises the account's revision, and a token is good only while it carries the current one.
 * The answer comes from the database at every request, so a refusal holds on every node at once. It costs one lookup
 * by primary key. A revision only ever grows, so a token once refused is refused for good.
 */
class AccountStanding implements OAuth2TokenValidator<Jwt> {

	private static final OAuth2TokenValidatorResult REVOKED = OAuth2TokenValidatorResult.failure(new OAuth2Error(
			OAuth2ErrorCodes.INVALID_TOKEN, "The account was disabled or changed after this token was issued", null));

	private final Users users;

	AccountStanding(Users users) {
		this.users = users;
	}

	@Override
	public OAuth2TokenValidatorResult validate(Jwt token) {
		Object revision = token.getClaims().get(TokenIssuer.REVISION);
		if (!(revision instanceof Number number) || token.getSubject() == null) {
			return REVOKED;
		}
		return users.standing(token.getSubject())
			.filter(standing -> standing.enabled() && standing.revision() == number.longValue())
			.map(standing -> OAuth2TokenValidatorResult.success())
			.orElse(REVOKED);
	}
}
