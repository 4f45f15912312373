package com.orderkeep.account.internal;

import java.time.Duration;
import java.util.function.Supplier;

import org.springframework.dao.DataAccessException;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.JwtValidationException;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * Decodes bearer tokens. A token's signature is verified and its claims parsed the first time it is seen, and the
 * result kept (the most recently used {@value #KEPT} tokens, each for at most {@link #KEPT_FOR}): a buyer's token
 * arrives with every request, and verifying it each time was a sixth of an order's CPU. Whether the token is still
 * good (its expiry, its issuer, and the standing of its account, {@link AccountStanding}) is checked at every
 * request, so a disabled or changed account is refused at once, on every node. A token that fails verification is
 * not kept.
 */
class VerifiedTokens implements JwtDecoder {

	static final int KEPT = 100_000;
	static final Duration KEPT_FOR = Duration.ofMinutes(15);

	private final Supplier<JwtDecoder> signature;
	private final OAuth2TokenValidator<Jwt> validity;
	private final Cache<String, Jwt> verified = Caffeine.newBuilder().maximumSize(KEPT).expireAfterWrite(KEPT_FOR).build();

	/**
	 * @param signature verifies a token's signature and parses it, without judging its validity
	 * @param validity judges a verified token at every request
	 */
	VerifiedTokens(Supplier<JwtDecoder> signature, OAuth2TokenValidator<Jwt> validity) {
		this.signature = signature;
		this.validity = validity;
	}

	@Override
	public Jwt decode(String token) throws JwtException {
		Jwt jwt = verified.get(token, unseen -> signature.get().decode(unseen));
		OAuth2TokenValidatorResult result;
		try {
			result = validity.validate(jwt);
		}
		catch (DataAccessException e) {
			throw new JwtException(ProblemResponses.STANDING_UNKNOWN, e);
		}
		if (result.hasErrors()) {
			throw new JwtValidationException(result.getErrors().iterator().next().getDescription(), result.getErrors());
		}
		return jwt;
	}
}
